/** What a tool call gives back to the agent: an output or an error, as a backend would answer. */
export type ToolOutcome =
  { readonly output: unknown; readonly error?: undefined } | { readonly error: string; readonly output?: undefined };
