/**
 * The runner's confirmation policy, built from the run's comparison plan
 * (the same references and per-comparison α compare uses), the gate and the
 * suite's `run.confirmation`. Per test, between batches of trials, it asks
 * src/verdict's decideTest: each key's drops (against its history or the
 * previous run; a candidate against the baseline of this run, whose extra
 * trials go to the baseline key) and, when the gate reads the test's verdict,
 * its threshold. Pure: the same outcomes give the same decisions (resume).
 *
 * Samples follow compare's reading (firstCounts): a comparison counts the
 * pass/fail trials among the first fullSample() trials of each side; the
 * threshold counts all of them.
 */
import type { GateSettings } from '../gate/index.js';
import type { Plan, Trial } from '../plan/types.js';
import type {
  ConfirmationPolicy,
  ConfirmationReason,
  GroupDecision,
  KeyRequest,
  KeySettlement,
  Outcomes,
} from '../runner/index.js';
import type { ConfirmationConfig } from '../suite/schema.js';
import {
  baselineReference,
  decideDrop,
  decideTest,
  decideThreshold,
  DEFAULT_CONFIRMATION,
  DEFAULT_THRESHOLD_SETTINGS,
  fullSample,
  sampleOf,
  settingsFor,
  type ConfirmationSettings,
  type Counts,
  type DropDecision,
  type DropInput,
  type ThresholdInput,
} from '../verdict/index.js';
import { dropText } from '../report/evidence.js';
import {
  comparisonPlan,
  plannedKeysOfTrials,
  variantsComparedIn,
  type ComparisonPlan,
  type EarlierRuns,
} from './comparison-plan.js';

export interface ConfirmationPolicyRequest {
  readonly plan: Plan;
  readonly earlier?: EarlierRuns;
  /** The gate the run is judged with: its α, and which verdicts it reads. */
  readonly gate: GateSettings;
  /** The suite's `run.confirmation` (absent: the defaults). */
  readonly config?: ConfirmationConfig;
}

export interface BuiltPolicy {
  readonly policy: ConfirmationPolicy;
  readonly comparisons: ComparisonPlan;
  readonly settings: ConfirmationSettings;
}

interface KeyInfo {
  readonly key: string;
  readonly runs: number;
  readonly threshold?: number;
  readonly deterministic: boolean;
}

/** Counts of pass/fail among the first `limit` trials of `outcomes` (errors and invalid trials left out). */
export function countsOf(outcomes: Outcomes, limit = Infinity): Counts {
  let passes = 0;
  let trials = 0;
  for (const letter of outcomes.slice(0, limit)) {
    if (letter === 'p') passes += 1;
    if (letter === 'p' || letter === 'f') trials += 1;
  }
  return { passes, trials };
}

export function settingsOf(config: ConfirmationConfig | undefined): ConfirmationSettings {
  return {
    ...DEFAULT_CONFIRMATION,
    ...(config ? { maxExtra: config.max_extra, maxExtraPaired: config.max_extra_paired } : {}),
  };
}

/** Whether the gate reads this test's pass/fail verdict (else confirming its threshold costs trials for nothing). */
function gateReadsVerdict(gate: GateSettings, trial: Trial): boolean {
  if (gate.failOn.includes('never')) return false;
  return (
    gate.failOn.includes('any-failure') ||
    (gate.failOn.includes('critical') && trial.priority === 'critical') ||
    gate.minPassRate > 0
  );
}

export function buildConfirmationPolicy(request: ConfirmationPolicyRequest): BuiltPolicy {
  const { plan, gate } = request;
  const settings = settingsOf(request.config);
  const earlier: EarlierRuns = { ...request.earlier, ...historyOf(request.earlier) };
  const comparisons = comparisonPlan({
    // A shard counts the comparisons of the whole run: the merged run is judged at that level.
    keys: plannedKeysOfTrials([...plan.trials, ...(plan.otherShards ?? [])], (trial) => trial.deterministic === true),
    earlier,
    ...variantsComparedIn(plan),
    runAlpha: gate.alpha,
    ...(plan.baseSide ? { baseSide: true } : {}),
  });
  // Drops are confirmed whatever fail_on says, so every output tells the same story about them; fail_on only decides
  // whether a confirmed one fails the gate. `never` switches the gate, and its trials, off.
  const dropsGated = !gate.failOn.includes('never');
  const infos = new Map<string, KeyInfo>();
  for (const trial of plan.trials) {
    if (infos.has(trial.key)) continue;
    const θ = trial.minPassRate;
    // A new or changed test has nothing to be compared with: it is held to its own threshold, under any fail_on.
    const unreferenced = comparisons.unreferenced(trial.key) !== undefined && !gate.failOn.includes('never');
    const threshold = θ > 0 && θ < 1 && (unreferenced || gateReadsVerdict(gate, trial)) ? θ : undefined;
    infos.set(trial.key, {
      key: trial.key,
      runs: trial.runs,
      deterministic: trial.deterministic === true,
      ...(threshold !== undefined ? { threshold } : {}),
    });
  }
  const most = Math.max(settings.maxExtra, settings.maxExtraPaired, DEFAULT_THRESHOLD_SETTINGS.maxExtra);
  const context: Context = { comparisons, settings, infos, dropsGated, cap: (info) => info.runs + most };
  return { policy: { decide: (_testId, outcomes) => decideGroup(context, outcomes) }, comparisons, settings };
}

function historyOf(earlier: EarlierRuns | undefined): Pick<EarlierRuns, 'history'> {
  const history = earlier?.history ?? earlier?.previous?.history;
  return history ? { history } : {};
}

interface Context {
  readonly comparisons: ComparisonPlan;
  readonly settings: ConfirmationSettings;
  readonly infos: ReadonlyMap<string, KeyInfo>;
  readonly dropsGated: boolean;
  /** At most this many trials of a key: errored trials cannot make a sample grow forever. */
  readonly cap: (info: KeyInfo) => number;
}

interface KeyParts {
  readonly drops: DropInput[];
  readonly threshold?: ThresholdInput;
}

/**
 * Errored and invalid trials are not evidence (docs/statistics.md, "Infrastructure is not evidence"): they are
 * not replaced, and a key that has any gets no trials beyond its plan. Its verdicts are read from the pass/fail
 * trials among its planned ones: a fixed sample, so the exact test keeps its level. compare reads a results file
 * the same way (sampleOf in src/verdict/sample.ts).
 */
function partsOf(context: Context, info: KeyInfo, outcomes: Readonly<Record<string, Outcomes>>): KeyParts {
  const { comparisons, settings } = context;
  const own = sampleOf(outcomes[info.key] ?? '', info.runs, settings);
  const drops: DropInput[] = [];
  if (own.planned === 0) return { drops };
  const baselineKey = comparisons.baselineFor(info.key);
  const baseline = baselineKey ? context.infos.get(baselineKey) : undefined;
  const baselineSample = baseline ? sampleOf(outcomes[baseline.key] ?? '', baseline.runs, settings) : undefined;
  // A pair is confirmed only while neither side has errored: the baseline's extra trials serve the candidate.
  const paired = settingsFor(settings, own.broken || (baselineSample?.broken ?? false));
  const common = {
    planned: own.planned,
    alpha: comparisons.level.alpha,
    ...(info.deterministic ? { deterministic: true } : {}),
  };
  if (context.dropsGated) {
    const reference = comparisons.referenceFor(info.key);
    if (reference)
      drops.push({
        ...common,
        settings: own.settings,
        reference,
        current: own.counts(fullSample({ planned: own.planned, settings: own.settings }).current),
      });
    if (baseline && baselineSample && baselineSample.planned > 0) {
      const full = fullSample({
        planned: own.planned,
        reference: baselineReference({ passes: 0, trials: 0 }, baselineSample.planned),
        settings: paired,
      });
      drops.push({
        ...common,
        settings: paired,
        reference: baselineReference(baselineSample.counts(full.reference), baselineSample.planned),
        current: own.counts(full.current),
      });
    }
  }
  const threshold =
    info.threshold === undefined
      ? undefined
      : {
          current: own.counts(),
          planned: own.planned,
          threshold: info.threshold,
          ...(own.broken ? { settings: { ...DEFAULT_THRESHOLD_SETTINGS, maxExtra: 0 } } : {}),
        };
  return { drops, ...(threshold ? { threshold } : {}) };
}

function decideGroup(context: Context, outcomes: Readonly<Record<string, Outcomes>>): GroupDecision {
  const wanted = new Map<string, { trials: number; reasons: Set<ConfirmationReason> }>();
  const want = (key: string, trials: number, reasons: readonly ConfirmationReason[]) => {
    const entry = wanted.get(key) ?? { trials: 0, reasons: new Set<ConfirmationReason>() };
    entry.trials = Math.max(entry.trials, trials);
    for (const reason of reasons) entry.reasons.add(reason);
    wanted.set(key, entry);
  };
  const parts = new Map<string, KeyParts>();
  for (const key of Object.keys(outcomes)) {
    const info = context.infos.get(key);
    if (!info) continue;
    const own = outcomes[key] ?? '';
    const keyParts = partsOf(context, info, outcomes);
    parts.set(key, keyParts);
    if (own.length === 0) {
      want(key, firstBatch(context, info, outcomes), []);
      continue;
    }
    if (keyParts.drops.length === 0 && !keyParts.threshold) {
      want(key, info.runs - own.length, []);
      continue;
    }
    const decision = decideTest(keyParts);
    if (decision.status === 'settled') continue;
    const reasons = reasonsOf(keyParts, info);
    want(key, decision.current, reasons);
    const baselineKey = context.comparisons.baselineFor(key);
    if (baselineKey && decision.reference > 0) want(baselineKey, decision.reference, reasons);
  }
  const requests: Record<string, KeyRequest> = {};
  for (const [key, entry] of wanted) {
    const info = context.infos.get(key);
    const done = (outcomes[key] ?? '').length;
    const trials = info ? Math.min(entry.trials, context.cap(info) - done) : 0;
    // Reasons are recorded for trials beyond the plan only.
    if (trials > 0) requests[key] = { trials, reasons: info && done + trials > info.runs ? [...entry.reasons] : [] };
  }
  if (Object.keys(requests).length > 0) return { status: 'more', requests };
  const keys: Record<string, KeySettlement> = {};
  for (const [key, keyParts] of parts) {
    const settlement = settlementOf(keyParts, outcomes[key] ?? '', context.infos.get(key)!);
    if (settlement) keys[key] = settlement;
  }
  return { status: 'settled', keys };
}

/**
 * The planned trials, or half of them first when their outcome may already settle the test (curtailment,
 * docs/statistics.md "Early stopping"): only then is splitting worth a round of waiting.
 */
function firstBatch(context: Context, info: KeyInfo, outcomes: Readonly<Record<string, Outcomes>>): number {
  if (info.runs < 3) return info.runs;
  const half = Math.ceil(info.runs / 2);
  for (const letter of ['p', 'f']) {
    const trial = { ...outcomes, [info.key]: letter.repeat(half) };
    const parts = partsOf(context, info, trial);
    if (parts.drops.length === 0 && !parts.threshold) return info.runs;
    if (parts.drops.some((drop) => drop.reference?.extendablePlanned !== undefined)) return info.runs;
    if (decideTest(parts).status === 'settled') return half;
  }
  return info.runs;
}

function reasonsOf(parts: KeyParts, info: KeyInfo): ConfirmationReason[] {
  const reasons: ConfirmationReason[] = [];
  if (parts.drops.some((drop) => decideDrop(drop).status === 'more')) reasons.push(info.runs === 1 ? 'flip' : 'drop');
  if (parts.threshold && decideThreshold(parts.threshold).status === 'more') reasons.push('threshold');
  return reasons;
}

function settlementOf(parts: KeyParts, own: Outcomes, info: KeyInfo): KeySettlement | undefined {
  const settled = parts.drops.map((drop) => ({ drop, decision: decideDrop(drop) }));
  const confirmed = settled.find((part) => isOutcome(part.decision, 'regression-confirmed'));
  // A drop still pending here ran out of trials (errored ones): it is not confirmed.
  const unconfirmed = settled.find(
    (part) => isOutcome(part.decision, 'not-confirmed') || part.decision.status === 'more',
  );
  const chosen = confirmed ?? (own.length > info.runs ? unconfirmed : undefined);
  const evidence: string[] = [];
  if (chosen) evidence.push(dropEvidence(chosen.drop, own, info.runs));
  if (parts.threshold && own.length > info.runs) {
    const decision = decideThreshold(parts.threshold);
    const { passes, trials } = parts.threshold.current;
    const verdict = decision.status === 'settled' ? decision.outcome : 'undecided';
    evidence.push(
      `${passes}/${trials} against a ${Math.round(parts.threshold.threshold * 100)}% threshold: ${verdict}`,
    );
  }
  if (!chosen && evidence.length === 0) return undefined;
  return {
    ...(chosen ? { drop: confirmed ? ('confirmed' as const) : ('not-confirmed' as const) } : {}),
    ...(evidence.length > 0 ? { evidence: evidence.join('; ') } : {}),
  };
}

function isOutcome(decision: DropDecision, outcome: string): boolean {
  return decision.status === 'settled' && decision.outcome === outcome;
}

/** "48/50 over the last runs → 1/5 now, 6/25 after confirmation", phrased as the reports phrase it. */
function dropEvidence(drop: DropInput, own: Outcomes, planned: number): string {
  const reference = drop.reference!;
  const first = countsOf(own, planned);
  return dropText({
    reference: { ...reference.counts, source: reference.source },
    planned: first,
    ...(drop.current.trials > first.trials ? { confirmed: drop.current } : {}),
  });
}
