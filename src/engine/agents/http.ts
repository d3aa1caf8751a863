/** `http` agents: each protocol message is POSTed as JSON to the agent's URL; the response body is the answer. */
import type { HttpAgent } from '../../suite/schema.js';
import { throughTap } from '../exchange.js';
import { postRetrying, type RetryTally } from '../post-retrying.js';
import { interpolateEnv, interpolateRecord } from '../interpolate.js';
import { protocolContext, protocolTurn, type Exchange, type ExchangeResult } from './protocol.js';
import type { AgentDeps, AgentSession } from './types.js';

export function createHttpAgent(agent: HttpAgent, deps: AgentDeps): AgentSession {
  let turnIndex = 0;
  const context = protocolContext(deps.start);
  return {
    async turn(messages, signal) {
      const tally: RetryTally = { retries: 0, waitedMs: 0 };
      // The URL and headers are filled in only when a message goes live: a replay needs neither the agent nor its key.
      const live = (body: unknown, turnSignal: AbortSignal): Promise<ExchangeResult> => {
        let url: string;
        let headers: Record<string, string>;
        try {
          url = interpolateEnv(agent.url, deps.env);
          headers = interpolateRecord(agent.headers, deps.env);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return Promise.resolve({ ok: false, category: 'infrastructure', message });
        }
        const post = { url, headers, body, timeoutMs: agent.timeout_ms, signal: turnSignal };
        const notices = { label: `agent ${agent.id}`, onRetry: deps.onRetry, onCallInFlight: deps.onCallInFlight };
        return postRetrying(post, { retries: deps.retries ?? 0, ...notices }, tally);
      };
      // Retries happen inside `live`: a cassette records only the final answer, and a replay never retries.
      const exchange: Exchange = (body, turnSignal) =>
        throughTap(deps.exchanges, { kind: 'http-agent', target: agent.id, body }, () => live(body, turnSignal));
      const profile = agent.profile_context ? deps.profile : null;
      const outcome = await protocolTurn(
        exchange,
        { maxToolRounds: agent.max_tool_rounds, turn: turnIndex++, messages, profile },
        context,
        deps,
        signal,
      );
      if (!outcome.ok || tally.retries === 0) return outcome;
      return { ...outcome, retries: tally.retries, retryWaitMs: tally.waitedMs };
    },
    async close() {},
  };
}
