/**
 * The port through which every call the engine makes outside the LLM client
 * passes: an http agent's POST, a command agent's stdin/stdout line, a
 * passthrough tool's POST. A cassette plugs in here to record those calls or
 * to answer them from a recording without calling out (a replayed command
 * agent is never spawned).
 */

export type ExchangeKind = 'http-agent' | 'command-agent' | 'passthrough-tool';

export interface ExchangeCall {
  readonly kind: ExchangeKind;
  /** The agent's or the tool's id: which target, without its URL or headers (secrets, machine-specific ports). */
  readonly target: string;
  /** The JSON sent. */
  readonly body: unknown;
}

/** What came back: a JSON value, or a categorised failure (never an exception). */
export type ExchangeOutcome =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly category: 'infrastructure' | 'timeout' | 'cancelled';
      readonly message: string;
      /** No HTTP answer came (refused, reset, unknown host, timeout, a body past the cap): the target is down. */
      readonly noAnswer?: true;
    };

export interface ExchangeTap {
  /** Answers `call`, by calling `live` or without it. Never throws. */
  through<T extends ExchangeOutcome>(call: ExchangeCall, live: () => Promise<T>): Promise<T>;
}

/** `live()` itself when no tap is plugged in. */
export function throughTap<T extends ExchangeOutcome>(
  tap: ExchangeTap | undefined,
  call: ExchangeCall,
  live: () => Promise<T>,
): Promise<T> {
  return tap ? tap.through(call, live) : live();
}
