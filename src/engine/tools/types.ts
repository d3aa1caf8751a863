/** What a tool call gives back to the agent: an output or an error, as a backend would answer. */
export type ToolOutcome =
  | { readonly output: unknown; readonly error?: undefined; readonly unavailable?: undefined }
  | {
      readonly error: string;
      readonly output?: undefined;
      /**
       * Set when a passthrough backend gave no answer at all (down, unreachable, timed out): the test rig failed,
       * not the agent, and its turn ends as that error instead of going on with it (see unavailableTool).
       */
      readonly unavailable?: 'infrastructure' | 'timeout';
    };

/** The turn's failure when a tool's backend gave no answer; undefined for any other outcome. */
export function unavailableTool(
  name: string,
  outcome: ToolOutcome,
): { ok: false; category: 'infrastructure' | 'timeout'; message: string; source: 'tool' } | undefined {
  if (outcome.unavailable === undefined) return undefined;
  return { ok: false, category: outcome.unavailable, message: `tool ${name}: ${outcome.error}`, source: 'tool' };
}
