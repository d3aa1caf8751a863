/**
 * Which trial runs next. Trials are scheduled per test in batches: the
 * policy's first answer (the planned trials, or a first batch of them), then,
 * each time every trial of a test's batch has finished, its next answer: more
 * trials (the next planned ones, then confirmation trials with new indexes
 * after the planned ones) or settled. Planned trials start in plan order;
 * trials released by a decision go first, so a test's chain of batches is not
 * left waiting behind the rest of the plan while the pool stays busy.
 *
 * Resumed runs: finished trials (planned by position, confirmation trials by
 * id) are counted as done when scheduled, and the decisions are replayed from
 * them, so the run ends with the same trials as an uninterrupted one.
 */
import type { Confirmation, TrialResult } from '../model/results.js';
import type { Trial } from '../plan/types.js';
import {
  planOnlyPolicy,
  type ConfirmationPolicy,
  type ConfirmationReason,
  type KeySettlement,
  type Outcomes,
} from './confirmation.js';
import type { ResumedTrials } from './resume-counts.js';

const LETTER: Record<TrialResult['status'], string> = { pass: 'p', fail: 'f', error: 'e', invalid: 'i', skipped: 'i' };

interface KeyState {
  readonly key: string;
  readonly runs: number;
  /** Plan positions of the planned trials, by index. */
  readonly planned: number[];
  /** Positions of every scheduled trial, by index. */
  readonly scheduled: number[];
  readonly reasons: Set<ConfirmationReason>;
  settlement?: KeySettlement;
}

interface Group {
  readonly testId: string;
  readonly keys: KeyState[];
  /** Scheduled trials not finished yet: the next decision waits for them. */
  pending: number;
  settled: boolean;
  /** Stopped by the circuit breaker: settled without a decision; its unrun trials are not savings. */
  halted?: boolean;
}

export class Schedule {
  /** Every trial by position: the plan's, then confirmation trials in the order they were added. */
  readonly trials: Trial[];
  readonly plannedCount: number;
  private readonly groups = new Map<string, Group>();
  private readonly keyOf = new Map<number, KeyState>();
  private readonly keys = new Map<string, KeyState>();
  private initial: number[] = [];
  private initialAt = 0;
  private readonly urgent: number[] = [];
  private starting = true;

  constructor(
    plan: readonly Trial[],
    private readonly policy: ConfirmationPolicy | undefined,
    private readonly finished: Map<number, TrialResult>,
    private readonly resumedConfirmations: ReadonlyMap<string, TrialResult>,
  ) {
    this.trials = [...plan];
    this.plannedCount = plan.length;
    plan.forEach((trial, position) => {
      let state = this.keys.get(trial.key);
      if (!state) {
        state = { key: trial.key, runs: trial.runs, planned: [], scheduled: [], reasons: new Set() };
        this.keys.set(trial.key, state);
        const group = this.groups.get(trial.testId) ?? { testId: trial.testId, keys: [], pending: 0, settled: false };
        group.keys.push(state);
        this.groups.set(trial.testId, group);
      }
      state.planned[trial.index] = position;
      this.keyOf.set(position, state);
    });
  }

  /** Asks the policy for every test's first batch (replaying a resumed run's decisions). */
  start(): void {
    for (const group of this.groups.values()) this.advance(group);
    this.initial.sort((a, b) => a - b);
    this.starting = false;
  }

  /** The next position to run, or undefined when nothing is ready now. */
  next(): number | undefined {
    const urgent = this.urgent.shift();
    if (urgent !== undefined) return urgent;
    while (this.initialAt < this.initial.length) {
      const position = this.initial[this.initialAt++] as number;
      if (!this.finished.has(position)) return position;
    }
    return undefined;
  }

  /** Trials ready but not started yet. */
  readyCount(): number {
    return this.urgent.length + this.initial.length - this.initialAt;
  }

  /** Trials ready but not started: counted as not run when the run stops, and dropped. */
  drain(): number {
    const left = this.urgent.length + this.initial.length - this.initialAt;
    this.urgent.length = 0;
    this.initialAt = this.initial.length;
    return left;
  }

  /** A scheduled trial finished (or ended without a result): its test's next decision may be due. */
  done(position: number, stopping: boolean): void {
    const state = this.keyOf.get(position);
    const group = state ? this.groups.get(this.trials[position]!.testId) : undefined;
    if (!group) return;
    group.pending--;
    if (!stopping) this.advance(group);
  }

  /**
   * The circuit breaker stopped this test: nothing of it starts any more. Returns how many of its trials will
   * not run: those ready but not started, and the planned ones not scheduled yet. Trials in flight finish.
   */
  halt(testId: string): number {
    const group = this.groups.get(testId);
    if (!group || group.halted) return 0;
    const unscheduled = group.settled
      ? 0
      : group.keys.reduce((sum, state) => sum + Math.max(0, state.runs - state.scheduled.length), 0);
    group.settled = true;
    group.halted = true;
    const ofGroup = (position: number): boolean => this.trials[position]!.testId === testId;
    const ready = this.initial.slice(this.initialAt).filter((position) => !this.finished.has(position));
    const dropped = ready.filter(ofGroup).length + this.urgent.filter(ofGroup).length;
    this.initial = [...this.initial.slice(0, this.initialAt), ...ready.filter((position) => !ofGroup(position))];
    const keep = this.urgent.filter((position) => !ofGroup(position));
    this.urgent.splice(0, this.urgent.length, ...keep);
    group.pending -= dropped;
    return dropped + unscheduled;
  }

  isHalted(testId: string): boolean {
    return this.groups.get(testId)?.halted ?? false;
  }

  isConfirmation(position: number): boolean {
    return position >= this.plannedCount;
  }

  /** Settled keys whose verdict follows the sequential threshold rule so far. */
  hasReason(key: string, reason: ConfirmationReason): boolean {
    return this.keys.get(key)?.reasons.has(reason) ?? false;
  }

  isSettled(testId: string): boolean {
    return this.groups.get(testId)?.settled ?? true;
  }

  /** Planned trials of tests that settled without them (early stopping). */
  savedTrials(key: string): number {
    const state = this.keys.get(key);
    const group = state ? this.groups.get(this.trials[state.planned[0]!]!.testId) : undefined;
    if (!state || !group?.settled || group.halted) return 0;
    return Math.max(0, state.runs - state.scheduled.length);
  }

  savedTrialsTotal(): number {
    let total = 0;
    for (const key of this.keys.keys()) total += this.savedTrials(key);
    return total;
  }

  /** Planned trials not scheduled yet, of tests still deciding: not run when the run stops now. */
  unscheduledPlanned(): number {
    let count = 0;
    for (const group of this.groups.values()) {
      if (group.settled) continue;
      for (const state of group.keys) count += Math.max(0, state.runs - state.scheduled.length);
    }
    return count;
  }

  /** Finished and left to run, planned and confirmation apart: what a resumed run starts from, once started. */
  tally(): ResumedTrials {
    let planned = 0;
    for (const position of this.finished.keys()) if (position < this.plannedCount) planned++;
    const confirmation = this.finished.size - planned;
    return {
      finished: { planned, confirmation },
      left: {
        planned: Math.max(0, this.plannedCount - planned - this.savedTrialsTotal()),
        confirmation: Math.max(0, this.confirmationTrials() - confirmation),
      },
    };
  }

  confirmationTrials(): number {
    return this.trials.length - this.plannedCount;
  }

  /** Per key, what the run did beyond (or short of) its plan; absent for keys that ran exactly their plan. */
  confirmations(): Map<string, Confirmation> {
    const result = new Map<string, Confirmation>();
    for (const state of this.keys.values()) {
      const extra = state.scheduled.filter(
        (position) => position >= this.plannedCount && this.finished.has(position),
      ).length;
      const saved = this.savedTrials(state.key);
      const drop = state.settlement?.drop;
      if (state.reasons.size === 0 && saved === 0 && !drop) continue;
      result.set(state.key, {
        reasons: [...state.reasons],
        extraTrials: extra,
        ...(saved > 0 ? { savedTrials: saved } : {}),
        ...(drop ? { drop } : {}),
        ...(state.settlement?.evidence ? { evidence: state.settlement.evidence } : {}),
      });
    }
    return result;
  }

  /** Final order: planned trials by position, then each test's confirmation trials by plan order and index. */
  order(positions: Iterable<number>): number[] {
    const rank = (position: number): [number, number] => {
      const trial = this.trials[position]!;
      const state = this.keys.get(trial.key)!;
      return position < this.plannedCount ? [position, 0] : [this.plannedCount + state.planned[0]!, trial.index];
    };
    return [...positions].sort((a, b) => {
      const [ra, ia] = rank(a);
      const [rb, ib] = rank(b);
      return ra - rb || ia - ib;
    });
  }

  private outcomesOf(group: Group): Record<string, Outcomes> {
    const outcomes: Record<string, Outcomes> = {};
    for (const state of group.keys) {
      outcomes[state.key] = state.scheduled
        .map((position) => {
          const result = this.finished.get(position);
          return result ? LETTER[result.status] : '';
        })
        .join('');
    }
    return outcomes;
  }

  /** While the test's batch is finished, ask the policy; schedule what it asks for. */
  private advance(group: Group): void {
    const policy = this.policy ?? planOnlyPolicy(new Map(group.keys.map((state) => [state.key, state.runs])));
    while (!group.settled && group.pending === 0) {
      const decision = policy.decide(group.testId, this.outcomesOf(group));
      if (decision.status === 'settled') {
        group.settled = true;
        for (const state of group.keys) {
          const settlement = decision.keys[state.key];
          if (settlement) state.settlement = settlement;
        }
        return;
      }
      let added = 0;
      for (const state of group.keys) {
        const request = decision.requests[state.key];
        for (let i = 0; i < (request?.trials ?? 0); i++) {
          this.schedule(group, state, request!.reasons);
          added++;
        }
      }
      // A policy asking for nothing more has settled the test.
      if (added === 0) group.settled = true;
    }
  }

  private schedule(group: Group, state: KeyState, reasons: readonly ConfirmationReason[]): void {
    const index = state.scheduled.length;
    let position = state.planned[index];
    if (position === undefined) {
      const template = this.trials[state.planned[0]!]!;
      position = this.trials.length;
      this.trials.push({ ...template, id: `${state.key}#${index}`, index });
      this.keyOf.set(position, state);
      for (const reason of reasons) state.reasons.add(reason);
      const resumed = this.resumedConfirmations.get(`${state.key}#${index}`);
      if (resumed) this.finished.set(position, resumed);
    }
    state.scheduled.push(position);
    if (this.finished.has(position)) return;
    group.pending++;
    if (this.starting && position < this.plannedCount) this.initial.push(position);
    else this.urgent.push(position);
  }
}
