/**
 * An `http`/`command` agent session under the run's concurrency limit: each
 * turn holds one call slot, as an LLM call would, so the agent's own backend
 * never sees more conversations at once than the limit allows.
 */
import { errorMessage } from '../../util/errors.js';
import type { AgentSlot } from '../types.js';
import type { AgentSession } from './types.js';

export function slottedSession(session: AgentSession, slot: AgentSlot): AgentSession {
  return {
    async turn(messages, signal) {
      try {
        const { value, queuedMs } = await slot(() => session.turn(messages, signal), signal);
        // Waiting for the slot is the runner's time, not the agent's latency.
        return value.ok && queuedMs > 0 ? { ...value, queuedMs } : value;
      } catch (error) {
        // `turn` never throws: only a cancel while waiting for the slot gets here.
        return { ok: false, category: 'cancelled', message: errorMessage(error) };
      }
    },
    close: () => session.close(),
  };
}
