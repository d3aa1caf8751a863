/**
 * What keeps a run out of the history the next runs compare with, whatever its branch: one rule for the CLI's local
 * history (cli/commands/run.ts, cli/local-history.ts) and the action's artifacts (github/action.ts writes,
 * github/previous.ts reads). A run that did not complete, or that the circuit breaker cut short (an endpoint outage:
 * its trials are mostly errors and trials never run), would make a baseline that is blind or wrong.
 */
import type { Results } from './results.js';

/** Why the run may not join the history, in a few words for a log line; undefined when it may. */
export function whyRunStaysOutOfHistory(results: Pick<Results, 'status' | 'infrastructure'>): string | undefined {
  if (results.status !== 'completed') return `the run is ${results.status}`;
  if (results.infrastructure?.length) return 'the circuit breaker stopped part of it';
  return undefined;
}
