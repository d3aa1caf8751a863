/** `http` agents: each protocol message is POSTed as JSON to the agent's URL; the response body is the answer. */
import type { HttpAgent } from '../../suite/schema.js';
import { throughTap } from '../exchange.js';
import { postJson } from '../http.js';
import { interpolateEnv, interpolateRecord } from '../interpolate.js';
import { protocolTurn, type Exchange } from './protocol.js';
import type { AgentDeps, AgentSession } from './types.js';

export function createHttpAgent(agent: HttpAgent, deps: AgentDeps): AgentSession {
  let turnIndex = 0;
  return {
    async turn(messages, signal) {
      let url: string;
      let headers: Record<string, string>;
      try {
        url = interpolateEnv(agent.url, deps.env);
        headers = interpolateRecord(agent.headers, deps.env);
      } catch (error) {
        return { ok: false, category: 'infrastructure', message: error instanceof Error ? error.message : String(error) };
      }
      const exchange: Exchange = (body, turnSignal) =>
        throughTap(deps.exchanges, { kind: 'http-agent', target: agent.id, body }, () =>
          postJson({ url, headers, body, timeoutMs: agent.timeout_ms, signal: turnSignal }),
        );
      const profile = agent.profile_context ? deps.profile : null;
      return protocolTurn(exchange, { turn: turnIndex++, messages, profile }, deps, signal);
    },
    async close() {},
  };
}
