/**
 * Where a test's reference (its pooled history on the base branch, else the previous run) is too small to catch the
 * drop the gate promises (REFERENCE_DROP with REQUIRED_POWER, src/verdict/power.ts) and no base side runs beside it,
 * every output says so: the smallest drop the reference can detect, and what would fix it. The one wording of that
 * note (referenceNote), shown where the earlier-runs note goes.
 */
import { referenceKeyOf } from '../model/base-side.js';
import { historyOf } from '../model/history.js';
import type { Plan } from '../plan/types.js';
import { plural } from '../util/plural.js';
import {
  detectability,
  referencePool,
  referenceTrialsNeeded,
  REFERENCE_DROP,
  type Detectability,
} from '../verdict/index.js';
import {
  comparisonPlan,
  planBaseline,
  plannedKeysOfTrials,
  variantsComparedIn,
  type EarlierRuns,
} from './comparison-plan.js';

export interface ReferenceGap {
  readonly testId: string;
  /** The key its earlier runs are recorded under. */
  readonly key: string;
  /** Pass/fail trials in its reference (0: none). */
  readonly referenceTrials: number;
  /** Base-branch runs pooled in it (the previous run counts as one). */
  readonly referenceRuns: number;
  readonly detect: Detectability;
  /** More base-branch runs (of this run's planned trials) that would make it enough; null when none would. */
  readonly moreRuns: number | null;
}

/**
 * The tests of `plan` whose reference cannot catch REFERENCE_DROP and that are not compared with a base side (or a
 * baseline variant) in the same run. Deterministic tests need no statistics (a flip is a regression) and are left
 * out, and so is a baseline variant: it is a reference, not what is under test.
 */
export function referenceGaps(plan: Plan, earlier: EarlierRuns, runAlpha: number): ReferenceGap[] {
  const baseSide = plan.baseSide !== undefined;
  const trials = [...plan.trials, ...(plan.otherShards ?? [])];
  const history = earlier.history ?? earlier.previous?.history;
  const comparisons = comparisonPlan({
    keys: plannedKeysOfTrials(trials, (trial) => trial.deterministic === true),
    earlier: history ? { ...earlier, history } : earlier,
    ...variantsComparedIn(plan),
    runAlpha,
    ...(baseSide ? { baseSide: true } : {}),
  });
  const alpha = comparisons.level.value;
  const gaps: ReferenceGap[] = [];
  const seen = new Set<string>();
  for (const trial of trials) {
    const key = referenceKeyOf(trial.key, baseSide);
    if (key === undefined || seen.has(trial.key)) continue;
    seen.add(trial.key);
    if (comparisons.deterministic(trial.key) || comparisons.baselineFor(trial.key) !== undefined) continue;
    // A suite's own baseline variant is the reference of its candidate, not what is under test.
    if (trial.variant === planBaseline(plan)) continue;
    const reference = comparisons.referenceFor(trial.key);
    const referenceTrials = reference?.counts.trials ?? 0;
    // Both figures are remembered by their inputs (power.ts): tests of one size ask once.
    const detect = detectability({ referenceTrials, planned: trial.runs, alpha });
    if (detect.sufficient) continue;
    // Only a reference too small asks how many trials would be enough (a search over reference sizes).
    const needed = referenceTrialsNeeded({ planned: trial.runs, alpha });
    const referenceRuns =
      reference?.source === 'history'
        ? referencePool(historyOf(history, key) ?? [], definitionOfTrial(trial)).runs
        : reference
          ? 1
          : 0;
    const moreRuns = needed === null ? null : Math.max(1, Math.ceil((needed - referenceTrials) / trial.runs));
    gaps.push({ testId: trial.testId, key, referenceTrials, referenceRuns, detect, moreRuns });
  }
  return gaps;
}

function definitionOfTrial(trial: Plan['trials'][number]) {
  return plannedKeysOfTrials([trial])[0]!.definition;
}

/** Why no base side runs beside the reference (what the note says would fix it). */
export type BaseSideBlock =
  /** `rehearse run` without `--base`. */
  | { readonly kind: 'not-asked' }
  /** The action's `base-side: never`. */
  | { readonly kind: 'disabled' }
  /** The tests' agent is an `http` agent: its one URL serves whatever is deployed, not the base revision. */
  | { readonly kind: 'http-agent' }
  /** The base commit is not in the checkout (a shallow clone). */
  | { readonly kind: 'shallow'; readonly sha: string }
  /** No git, an unknown ref, no suite or no such agent at the base revision: `why` says which. */
  | { readonly kind: 'unavailable'; readonly why: string };

function fixOf(block: BaseSideBlock): string {
  switch (block.kind) {
    case 'not-asked':
      return 'run with --base <ref> (e.g. --base main)';
    case 'disabled':
      return "set the action's input base-side: auto";
    case 'http-agent':
      return 'the base side cannot run an http agent (its one URL serves one revision)';
    case 'shallow':
      return `the base commit ${block.sha.slice(0, 7)} is not in the checkout: set fetch-depth: 0 on actions/checkout`;
    case 'unavailable':
      return `the base side could not run (${block.why})`;
  }
}

const rate = (value: number): string => String(Math.round(value * 100) / 100);

/**
 * One line: "Reference too small for 7 tests: the smallest drop it detects is 0.9 → 0.35 (1 base run); run with
 * --base <ref> (e.g. --base main) or let the base branch record 5 more runs." Undefined when every reference is enough.
 */
export function referenceNote(gaps: readonly ReferenceGap[], block: BaseSideBlock): string | undefined {
  if (gaps.length === 0) return undefined;
  // The weakest reference speaks for all: no detectable drop at all is the weakest.
  const weakest = [...gaps].sort(
    (a, b) => (b.detect.smallestDrop ?? 2) - (a.detect.smallestDrop ?? 2) || a.referenceTrials - b.referenceTrials,
  )[0]!;
  const from = REFERENCE_DROP.from;
  const size = weakest.referenceRuns === 0 ? 'no base run' : plural(weakest.referenceRuns, 'base run');
  const detects =
    weakest.detect.smallestDrop === null
      ? `it detects no drop, not even ${from} → 0 (${size})`
      : `the smallest drop it detects is ${from} → ${rate(Math.max(0, from - weakest.detect.smallestDrop))} (${size})`;
  const runs = gaps.map((gap) => gap.moreRuns);
  const more = runs.includes(null) ? undefined : Math.max(...(runs as number[]));
  const wait = more === undefined ? 'raise the run counts' : `let the base branch record ${plural(more, 'more run')}`;
  const fix = fixOf(block);
  const joined = block.kind === 'not-asked' || block.kind === 'disabled' ? `${fix} or ${wait}` : `${fix}: ${wait}`;
  return `Reference too small for ${plural(gaps.length, 'test')}: ${detects}; ${joined}.`;
}
