/**
 * The sample a test's verdicts are read from, the same for the runner
 * (between batches) and compare (from a results file's `outcomes`).
 *
 * Errored and invalid trials are not evidence about the agent: an outage
 * must not buy confirmation trials, nor an errored planned trial be
 * replaced. So a key counts only its pass/fail trials, its planned sample is
 * the pass/fail trials among its first `runs`, and a key with any errored or
 * invalid trial (`broken`) gets no trials beyond its plan: its comparisons
 * and threshold are decided on that fixed sample, at the same level.
 */
import type { ConfirmationSettings } from './confirm-drop.js';
import type { Counts } from './fisher-exact.js';

export interface Sample {
  /** Planned trials that can still give a pass/fail outcome: the run count less the errored and invalid ones. */
  readonly planned: number;
  /** Some trial errored or was invalid: no confirmation trials for this key. */
  readonly broken: boolean;
  /** The confirmation allowance for this key (none when broken). */
  readonly settings: ConfirmationSettings;
  /** Passes among the first `limit` pass/fail outcomes (all of them by default). */
  counts(limit?: number): Counts;
}

const NOT_EVIDENCE = /[^pf]/;

export function settingsFor(settings: ConfirmationSettings, broken: boolean): ConfirmationSettings {
  return broken ? { ...settings, maxExtra: 0, maxExtraPaired: 0 } : settings;
}

/** `outcomes`: one letter per finished trial in trial order (p, f, e, i). */
export function sampleOf(outcomes: string, runs: number, settings: ConfirmationSettings): Sample {
  const plannedLetters = outcomes.slice(0, runs);
  let lost = 0;
  for (const letter of plannedLetters) if (letter !== 'p' && letter !== 'f') lost += 1;
  const broken = NOT_EVIDENCE.test(outcomes);
  const evidence = outcomes.replace(/[^pf]/g, '');
  return {
    planned: runs - lost,
    broken,
    settings: settingsFor(settings, broken),
    counts(limit = Infinity) {
      const taken = evidence.slice(0, limit);
      let passes = 0;
      for (const letter of taken) if (letter === 'p') passes += 1;
      return { passes, trials: taken.length };
    },
  };
}
