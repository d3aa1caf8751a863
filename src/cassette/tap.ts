/**
 * The cassette on the engine's exchange port: http and command agent turns
 * and passthrough tool calls, answered from the recording or made live and
 * stored. The session id in a message is the trial's, normalised so a
 * recording replays whatever the trial's attempt.
 */
import type { ExchangeCall, ExchangeOutcome, ExchangeTap } from '../engine/exchange.js';
import type { Cassette } from './cassette.js';
import type { TrialScopes } from './scope.js';

const SESSION_PLACEHOLDER = '<session>';

export function cassetteTap(cassette: Cassette, scopes: TrialScopes): ExchangeTap {
  return {
    async through<T extends ExchangeOutcome>(call: ExchangeCall, live: () => Promise<T>): Promise<T> {
      const scope = scopes.current;
      if (!scope || !cassette.handles(call.kind)) return live();
      const site = scope.site(call.kind, call.target, turnOf(call.body));
      const request = { target: call.target, body: normaliseSession(call.body) };
      const { key, canonical } = cassette.keyOf(site, request, (base) => scope.occurrence(base));
      const found = cassette.lookup(site, key, canonical, () => 0);
      if (found.found) return found.response as T;
      if (found.miss) return { ok: false, category: 'infrastructure', message: found.miss.message } as T;
      const outcome = await live();
      if (outcome.ok || outcome.category !== 'cancelled') cassette.store(site, key, canonical, outcome);
      return outcome;
    },
  };
}

function normaliseSession(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || !('session_id' in body)) return body;
  return { ...body, session_id: SESSION_PLACEHOLDER };
}

/** An agent's turn request carries its 0-based turn; tool results and tool calls belong to the last one. */
function turnOf(body: unknown): number | undefined {
  const turn = (body as { turn?: unknown } | null)?.turn;
  return typeof turn === 'number' ? turn + 1 : undefined;
}
