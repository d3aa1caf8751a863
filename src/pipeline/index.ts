/**
 * The pipeline: the stages wired together, once. Flow 1 turns a suite into
 * results (planSuiteRun, runSuite); flow 2 turns results and what is known of
 * earlier runs into comparisons, a gate decision and the report input
 * (evaluateRun). The action and every CLI command translate their inputs and
 * outputs and call these; see docs/architecture.md.
 */
export {
  planSuiteRun,
  createSuiteChatClient,
  runSuite,
  type ChatNotices,
  type SuiteRunRequest,
  type SuiteSelection,
} from './run-suite.js';
export { rejudgeRun, replanStoredTrials, storedTrace, type Rejudged, type RejudgeRequest } from './rejudge.js';
export {
  evaluateRun,
  type EarlierRuns,
  type Evaluation,
  type EvaluationRequest,
  type RunComparisons,
} from './evaluate.js';
export {
  resolveGateSettings,
  type GateOverrides,
  type GateSettingsOrigin,
  type GateSources,
  type ResolvedGate,
} from './gate-settings.js';
export {
  comparisonPlan,
  firstCounts,
  plannedCounts,
  plannedKeysOf,
  plannedKeysOfTrials,
  type ComparisonPlan,
  type ComparisonPlanRequest,
  type PlannedKey,
} from './comparison-plan.js';
export { historyEntriesOf } from './history-entries.js';
export {
  BASE_SIDE_MODES,
  prepareBaseSide,
  refuseDeclaredVariants,
  type BaseSideMode,
  type BaseSideRequest,
  type PreparedBaseSide,
} from './base-side.js';
export { referenceGaps, referenceNote, type BaseSideBlock, type ReferenceGap } from './reference-note.js';
