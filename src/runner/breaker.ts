/**
 * The circuit breaker: an agent, a shared endpoint or a test whose trials keep
 * erroring is stopped, so an outage costs a few trials instead of the whole
 * plan (and its confirmation trials) and the gate can name it as
 * infrastructure, not as the agent's behaviour.
 *
 * Each errored trial is laid at the door of the role whose failure ended it
 * (erroredRole): the agent, the simulator (the simulated user's LLM) or the
 * judge. A role trips after ROLE_TRIP errored trials in a row laid at its door
 * (finish order, over all the tests that use it) of at least two test keys,
 * with no passing or failing trial that used it in between; errors laid at
 * another role's door neither count nor reset its streak. The agent is one
 * role per agent; the simulator and the judge one per endpoint (model, base
 * URL and key): a persona may have its own simulator, and a simulator outage
 * stops only the tests whose conversations call that endpoint. A test key
 * trips after TEST_TRIP errored trials in a row of its own, whatever their
 * cause. Why these: an endpoint that is down errors every trial, so 5 cost at
 * most 5 trials beyond those already in flight, while one with 10% transient
 * errors trips once in ~10^5 windows of five (≈0.1% of 100-trial runs). A
 * single test is tripped sooner (4), because its own errors (a broken mock, a
 * passthrough backend down) repeat exactly and its trials are few; and one
 * broken test alone never trips a role (that is what "two keys" is for: its
 * trials already in flight keep erroring after it tripped). Invalid trials
 * (the simulator misbehaved) count neither way; cancelled and budget-stopped
 * trials are not errors of anyone's.
 */
import type { TraceEvent, TrialResult } from '../model/results.js';
import { usesLlm } from '../plan/criteria.js';
import { simulatorNeed } from '../plan/index.js';
import type { Trial } from '../plan/types.js';
import type { ModelEndpoint } from '../suite/schema.js';

/** Errored trials in a row that trip a role (an agent, a simulator or judge endpoint). */
export const ROLE_TRIP = 5;
/** The agent's trip, as it was named before the simulator and the judge had their own. */
export const AGENT_TRIP = ROLE_TRIP;
export const TEST_TRIP = 4;
/** The error shown in the gate's reason and the results: long enough to name the cause, short enough for one line. */
const MESSAGE_CHARS = 200;

/** Whose endpoint an errored trial's failure was: what the breaker stops, and the gate names. */
export type BreakerRole = 'agent' | 'simulator' | 'judge';

/**
 * A trial as the breaker sees it: its agent, its key, and the shared endpoints it actually calls (breakerView).
 * `calls` is required so that a plan's Trial, whose `simulator` and `judge` are set whether called or not, is never
 * passed by mistake.
 */
export interface BreakerTrial {
  readonly agent: { readonly id: string };
  readonly key: string;
  readonly calls: {
    /** The simulated user's endpoint, when its conversation calls the simulator LLM. */
    readonly simulator?: ModelEndpoint | undefined;
    /** The judge's endpoint, when one of its criteria is LLM-judged. */
    readonly judge?: ModelEndpoint | undefined;
  };
}

export interface Trip {
  /** What tripped: an agent, or a simulator or judge endpoint (all the tests using it stop); absent: one test key. */
  readonly role?: BreakerRole;
  /** role agent: the agent's id. */
  readonly agent?: string;
  /** role simulator or judge: the endpoint's model, which names it (never its URL or key). */
  readonly model?: string;
  /** The test key that tripped, or, for a role, the key of its last errored trial. */
  readonly key: string;
  /** Errored trials in a row that tripped it. */
  readonly erroredTrials: number;
  /** The most common error of those trials. */
  readonly message: string;
}

type ErroredResult = Pick<TrialResult, 'status' | 'failureCategory' | 'reason' | 'endReason' | 'transcript'>;

interface Streak {
  count: number;
  readonly reasons: Map<string, number>;
  /** The test keys of the errored trials in the streak. */
  readonly keys: Set<string>;
}

/** A role's streak and trip are kept per target: one agent, one simulator endpoint, one judge endpoint. */
interface Target {
  readonly role: BreakerRole;
  /** Identity, never shown: the agent's id, or an endpoint's model, base URL and key variable. */
  readonly id: string;
  readonly model?: string;
}

export class CircuitBreaker {
  private readonly targets = new Map<string, Streak>();
  private readonly keys = new Map<string, Streak>();
  private readonly trippedTargets = new Set<string>();
  private readonly trippedKeys = new Set<string>();
  /** Each role trip's target, for `stops`. */
  private readonly tripTargets = new Map<Trip, string>();

  constructor(
    private readonly roleTrip: number = ROLE_TRIP,
    private readonly testTrip: number = TEST_TRIP,
  ) {}

  /** Whether a trial must not start: its test key, its agent or an endpoint it calls tripped. */
  blocks(trial: BreakerTrial): boolean {
    return this.trippedKeys.has(trial.key) || targetsOf(trial).some((target) => this.trippedTargets.has(target.id));
  }

  /** Whether `trip` stops this trial: the same key, or the same agent or endpoint among those it calls. */
  stops(trip: Trip, trial: BreakerTrial): boolean {
    const target = this.tripTargets.get(trip);
    if (target === undefined) return trip.key === trial.key;
    return targetsOf(trial).some((candidate) => candidate.id === target);
  }

  /** Counts a finished trial; the trips it causes (none, its test, the role whose failure it was, or both). */
  record(trial: BreakerTrial, result: ErroredResult): Trip[] {
    if (result.status === 'invalid' || result.status === 'skipped') return [];
    if (result.failureCategory === 'cancelled' || result.failureCategory === 'budget') return [];
    const used = targetsOf(trial);
    const key = streak(this.keys, trial.key);
    if (!isErrored(result)) {
      // It went through every role it used: each of them worked.
      reset(key);
      for (const target of used) reset(streak(this.targets, target.id));
      return [];
    }
    const cause = erroredRole(result);
    const message = cause.message ?? result.reason ?? 'error';
    const blamed = used.find((target) => target.role === cause.role);
    const role = blamed ? streak(this.targets, blamed.id) : undefined;
    for (const current of role ? [key, role] : [key]) {
      current.count++;
      current.reasons.set(message, (current.reasons.get(message) ?? 0) + 1);
      current.keys.add(trial.key);
    }
    const trips: Trip[] = [];
    if (key.count >= this.testTrip && !this.blocks(trial)) {
      this.trippedKeys.add(trial.key);
      trips.push({ key: trial.key, erroredTrials: key.count, message: commonest(key.reasons) });
    }
    if (blamed && role && role.count >= this.roleTrip && role.keys.size >= 2 && !this.trippedTargets.has(blamed.id)) {
      this.trippedTargets.add(blamed.id);
      const trip: Trip = {
        role: blamed.role,
        ...(blamed.role === 'agent' ? { agent: trial.agent.id } : { model: blamed.model }),
        key: trial.key,
        erroredTrials: role.count,
        message: commonest(role.reasons),
      };
      this.tripTargets.set(trip, blamed.id);
      trips.push(trip);
    }
    return trips;
  }
}

/**
 * Whether a finished trial errored, as the breaker counts it and `--rerun-errored` runs it again (cli/resume.ts). A
 * cancelled or budget-stopped trial is not an error (nobody failed; a resume runs what they left anyway). An invalid
 * trial is not one either: the conversation happened and the simulated user misbehaved in it, twice; that can depend
 * on what the agent said, so running only those again would pick which outcomes to keep. An error says nothing about
 * the agent's behaviour (an endpoint down, a timeout): running it again loses no evidence.
 */
export function isErrored(trial: Pick<TrialResult, 'status' | 'failureCategory'>): boolean {
  return trial.status === 'error' && trial.failureCategory !== 'cancelled' && trial.failureCategory !== 'budget';
}

/** The plan's trial as the breaker sees it: the simulator and the judge only when it calls them. */
export function breakerView(trial: Trial): BreakerTrial {
  const simulator =
    trial.kind === 'conversation' && simulatorNeed(trial.scenario) !== undefined ? trial.simulator : undefined;
  const judge = trial.criteria.some(usesLlm) ? trial.judge : undefined;
  return { agent: trial.agent, key: trial.key, calls: { simulator, judge } };
}

/**
 * Whose failure ended an errored trial, from what it recorded: a conversation that ended in an error or a timeout
 * names its source in its last error event. The simulator's when the simulated user's call failed, or when the trial
 * timed out while that call was failing (an attempt or its wait to retry) or had run half the trial or more,
 * unanswered: a simulator that hangs uses up the trial's time in its calls (conversation.ts records such a timeout as
 * the simulator's; abort.ts HUNG_SHARE says why half). The agent's, a tool's or the runner's otherwise, all laid at
 * the agent's door as before: a tool is the agent's backend, a timeout during the agent's turn
 * (its own calls, tools and http retries) is the agent's, and a trial that crashed, or timed out with no call in
 * flight, does not say whose it was. A conversation that completed but could not be judged carries the judge's error
 * events when a judge call failed: the judge's, with that event's message (the trial's timeout does not run while it
 * is judged: a judge call that hangs fails by its call timeout and retries, never as the trial's timeout). Any other
 * metric error (a code scorer that throws, a criterion that does not apply) is the test's own: no role.
 */
export function erroredRole(result: Pick<TrialResult, 'endReason' | 'transcript'>): {
  role?: BreakerRole;
  message?: string;
} {
  const errors = result.transcript.filter(
    (event): event is Extract<TraceEvent, { type: 'error' }> => event.type === 'error',
  );
  const judge = errors.find((event) => event.source === 'judge');
  if (result.endReason === 'error' || result.endReason === 'timeout') {
    const last = errors.filter((event) => event.source !== 'judge').at(-1);
    return { role: last?.source === 'simulator' ? 'simulator' : 'agent' };
  }
  return judge ? { role: 'judge', message: judge.message } : {};
}

function targetsOf(trial: BreakerTrial): Target[] {
  const targets: Target[] = [{ role: 'agent', id: `agent ${trial.agent.id}` }];
  for (const role of ['simulator', 'judge'] as const) {
    const endpoint = trial.calls[role];
    if (endpoint)
      targets.push({
        role,
        id: `${role} ${endpoint.model} ${endpoint.base_url ?? ''} ${endpoint.api_key_env}`,
        model: endpoint.model,
      });
  }
  return targets;
}

function streak(streaks: Map<string, Streak>, id: string): Streak {
  let found = streaks.get(id);
  if (!found) {
    found = { count: 0, reasons: new Map(), keys: new Set() };
    streaks.set(id, found);
  }
  return found;
}

function reset(current: Streak): void {
  current.count = 0;
  current.reasons.clear();
  current.keys.clear();
}

/** The reason seen most often (the first seen among equals), on one line and clipped. */
function commonest(reasons: ReadonlyMap<string, number>): string {
  let best = '';
  let most = 0;
  for (const [reason, count] of reasons) {
    if (count > most) {
      best = reason;
      most = count;
    }
  }
  const line = best.replace(/\s+/g, ' ').trim();
  return line.length > MESSAGE_CHARS ? `${line.slice(0, MESSAGE_CHARS - 1)}…` : line;
}
