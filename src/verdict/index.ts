/**
 * The verdict core: exact drop tests, α spending over the gate's comparisons,
 * confirmation and early stopping as pure decisions, threshold verdicts,
 * Wilson intervals. No I/O; the runner, compare and gate call these.
 * Plain-words account: docs/statistics.md. Figures: bench/verdict.ts.
 */
export {
  comparisonLevel,
  countComparisons,
  DEFAULT_RUN_ALPHA,
  type ComparisonLevel,
  type TestComparisons,
} from './alpha.js';
export {
  decideDrop,
  fullSample,
  DEFAULT_CONFIRMATION,
  type ConfirmationSettings,
  type DropDecision,
  type DropInput,
  type DropOutcome,
  type MoreTrials,
  type Reference,
  type ReferenceSource,
  type SettledDrop,
} from './confirm-drop.js';
export {
  decideThreshold,
  DEFAULT_THRESHOLD_SETTINGS,
  indifferenceZone,
  logLikelihoodRatio,
  type SettledThreshold,
  type ThresholdDecision,
  type ThresholdInput,
  type ThresholdSettings,
} from './confirm-threshold.js';
export { decideTest, type TestDecision, type TestInput } from './decide.js';
export { dropPValue, observedDrop } from './drop.js';
export { EXACT_LIMIT, fisherDropPValue, type Counts } from './fisher-exact.js';
export { FLOAT_TOLERANCE, isBelow, type PValue } from './p-value.js';
export { fromDecimal, lessThan, rational, toNumber, type Rational } from './rational.js';
export { wilsonInterval, Z_95, type Interval } from './wilson.js';
export { baselineReference, chooseReference, type PreviousRun } from './reference.js';
export { firstCounts, plannedCounts, type ComparisonPlan, type Unreferenced } from './plan.js';
export {
  detectability,
  dropPower,
  referenceTrialsNeeded,
  REFERENCE_DROP,
  REQUIRED_POWER,
  type Detectability,
  type PowerInput,
} from './power.js';
export {
  drownedInInfrastructure,
  INFRASTRUCTURE_SHARE,
  OUTLIER_P,
  referencePool,
  SHIFT_RUNS,
  type LeftOutReason,
  type ReferencePool,
} from './history-hygiene.js';
export { sampleOf, settingsFor, type Sample } from './sample.js';
