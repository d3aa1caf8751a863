/**
 * The circuit breaker: an agent or a test whose trials keep erroring is
 * stopped, so an outage costs a few trials instead of the whole plan (and its
 * confirmation trials) and the gate can name it as infrastructure, not as the
 * agent's behaviour.
 *
 * An agent trips after AGENT_TRIP errored trials in a row (finish order, over
 * all its tests) of at least two of its test keys, with no passing or failing
 * trial in between; a test key trips after TEST_TRIP in a row of its own. Why
 * these: an agent that is down errors every trial, so 5 cost at most 5 trials
 * beyond those already in flight, while an agent with 10% transient errors
 * trips once in ~10^5 windows of five (≈0.1% of 100-trial runs). A single test
 * is tripped sooner (4), because its own errors (a broken mock, a passthrough
 * backend down) repeat exactly and its trials are few; and one broken test
 * alone never trips its agent (that is what "two keys" is for: its trials
 * already in flight keep erroring after it tripped). Invalid trials (the
 * simulator misbehaved) count neither way; cancelled and budget-stopped trials
 * are not errors of the agent.
 */
import type { TrialResult } from '../model/results.js';
import type { Trial } from '../plan/types.js';

export const AGENT_TRIP = 5;
export const TEST_TRIP = 4;
/** The error shown in the gate's reason and the results: long enough to name the cause, short enough for one line. */
const MESSAGE_CHARS = 200;

export interface Trip {
  /** Set when the agent tripped (all its tests stop); absent when one test key did. */
  readonly agent?: string;
  /** The test key that tripped, or, for an agent, the first key of its last errored trial. */
  readonly key: string;
  /** Errored trials in a row that tripped it. */
  readonly erroredTrials: number;
  /** The most common error of those trials. */
  readonly message: string;
}

interface Streak {
  count: number;
  readonly reasons: Map<string, number>;
  /** The test keys of the errored trials in the streak. */
  readonly keys: Set<string>;
}

export class CircuitBreaker {
  private readonly agents = new Map<string, Streak>();
  private readonly keys = new Map<string, Streak>();
  private readonly trippedAgents = new Set<string>();
  private readonly trippedKeys = new Set<string>();

  constructor(
    private readonly agentTrip: number = AGENT_TRIP,
    private readonly testTrip: number = TEST_TRIP,
  ) {}

  /** Whether a trial must not start: its agent or its test key tripped. */
  blocks(trial: Pick<Trial, 'agent' | 'key'>): boolean {
    return this.trippedAgents.has(trial.agent.id) || this.trippedKeys.has(trial.key);
  }

  /** Counts a finished trial; the trips it causes (none, its test, its agent, or both). */
  record(
    trial: Pick<Trial, 'agent' | 'key'>,
    result: Pick<TrialResult, 'status' | 'failureCategory' | 'reason'>,
  ): Trip[] {
    if (result.status === 'invalid' || result.status === 'skipped') return [];
    if (result.failureCategory === 'cancelled' || result.failureCategory === 'budget') return [];
    const agent = streak(this.agents, trial.agent.id);
    const key = streak(this.keys, trial.key);
    if (result.status !== 'error') {
      reset(agent);
      reset(key);
      return [];
    }
    const reason = result.reason ?? 'error';
    for (const current of [agent, key]) {
      current.count++;
      current.reasons.set(reason, (current.reasons.get(reason) ?? 0) + 1);
      current.keys.add(trial.key);
    }
    const trips: Trip[] = [];
    if (key.count >= this.testTrip && !this.trippedKeys.has(trial.key) && !this.trippedAgents.has(trial.agent.id)) {
      this.trippedKeys.add(trial.key);
      trips.push({ key: trial.key, erroredTrials: key.count, message: commonest(key.reasons) });
    }
    if (agent.count >= this.agentTrip && agent.keys.size >= 2 && !this.trippedAgents.has(trial.agent.id)) {
      this.trippedAgents.add(trial.agent.id);
      trips.push({
        agent: trial.agent.id,
        key: trial.key,
        erroredTrials: agent.count,
        message: commonest(agent.reasons),
      });
    }
    return trips;
  }
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
