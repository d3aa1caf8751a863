/**
 * Which trial a call belongs to. The runner runs many trials at once through
 * one chat client; the cassette wraps the engine's and the judge's entry
 * points so every call made inside a trial finds its trial (and the count of
 * calls so far) in async-local storage, without threading it through every
 * stage.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Trial } from '../plan/types.js';
import type { CallKind, CallSite } from './cassette.js';

export class TrialScope {
  private readonly perKind = new Map<CallKind, number>();
  private readonly perRequest = new Map<string, number>();

  constructor(
    readonly trial: Trial,
    /** true inside the judge: its calls are `judge` calls. */
    readonly judging: boolean,
  ) {}

  private turn: number | undefined;

  /**
   * The next call of `kind` in this trial. `turn`: the conversation turn the
   * call shows it belongs to; a call that does not show it (a tool call, a
   * tool-results message) belongs to the last turn seen.
   */
  site(kind: CallKind, target: string, turn?: number): CallSite {
    const callNumber = (this.perKind.get(kind) ?? 0) + 1;
    this.perKind.set(kind, callNumber);
    if (turn !== undefined) this.turn = turn;
    const shown = this.judging ? undefined : this.turn;
    return {
      testId: this.trial.testId,
      trialId: this.trial.id,
      kind,
      callNumber,
      target,
      ...(shown !== undefined ? { turn: shown } : {}),
    };
  }

  /** 0 for the first call with this request key in the trial, 1 for the next identical one… */
  occurrence(base: string): number {
    const seen = this.perRequest.get(base) ?? 0;
    this.perRequest.set(base, seen + 1);
    return seen;
  }
}

export class TrialScopes {
  private readonly storage = new AsyncLocalStorage<TrialScope>();

  run<T>(scope: TrialScope, work: () => Promise<T>): Promise<T> {
    return this.storage.run(scope, work);
  }

  /** undefined outside any trial (such a call is not the cassette's business). */
  get current(): TrialScope | undefined {
    return this.storage.getStore();
  }
}
