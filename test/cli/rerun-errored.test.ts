/**
 * `--rerun-errored` at the level of the journal and the console: which journaled trials count as errored, what
 * dropping them leaves in the journal (on disk too) and in the run's tally, when the journal is rewritten, and the
 * hint printed after a run whose journal is kept. The whole flow through the CLI is in
 * test/runner/rerun-errored.test.ts.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkResumedSuite, resumeHint, suiteVersionsOf, type ResumePoint } from '../../src/cli/resume.js';
import { isErrored } from '../../src/runner/breaker.js';
import { rerunErroredOnResume } from '../../src/runner/resume.js';
import type { FailureCategory, TrialResult, TrialStatus } from '../../src/model/results.js';
import type { Plan } from '../../src/plan/types.js';
import { readJournal, rewriteJournal, type JournalContents } from '../../src/results/journal.js';
import { buildResults } from '../support/results-builder.js';
import { tempDir } from '../support/temp-dir.js';

describe('isErrored', () => {
  const cases: [TrialStatus, FailureCategory | undefined, boolean][] = [
    ['error', 'infrastructure', true],
    ['error', 'timeout', true],
    ['error', 'tool_error', true],
    ['error', undefined, true],
    // Not errors of the agent: a resume runs what they left anyway.
    ['error', 'cancelled', false],
    ['error', 'budget', false],
    // The simulated user misbehaved in a conversation that happened: kept, as its outcome may depend on the agent.
    ['invalid', 'invalid_simulator', false],
    ['pass', undefined, false],
    ['fail', 'judge', false],
    ['fail', 'tool_error', false],
    ['skipped', undefined, false],
  ];
  it.each(cases)('%s (%s) → %s', (status, failureCategory, expected) => {
    expect(isErrored({ status, ...(failureCategory ? { failureCategory } : {}) })).toBe(expected);
  });
});

/** Planned trials of test `a` (statuses by position) and two confirmation trials after them. */
function journalOf(planned: readonly Partial<TrialResult>[], confirmations: readonly Partial<TrialResult>[]) {
  const outcomes = [...planned, ...confirmations].map(() => 'pass' as const);
  const built = buildResults({ runId: 'RH-1', tests: [{ id: 'a', outcomes, planned: planned.length }] }).trials;
  const trials = built.map((trial, i) => ({ ...trial, ...[...planned, ...confirmations][i] }) as TrialResult);
  const plan = { trials: [] } as unknown as Plan;
  const contents: JournalContents = {
    header: {
      runId: 'RH-1',
      startedAt: '2026-11-21T09:00:00.000Z',
      trialIds: trials.slice(0, planned.length).map((trial) => trial.id),
      meta: { args: [], versions: suiteVersionsOf(plan) },
    },
    trials: new Map(trials.slice(0, planned.length).map((trial, i) => [i, trial])),
    confirmations: new Map(
      trials.slice(planned.length).map((trial) => [trial.id, { ...trial, phase: 'confirmation' as const }]),
    ),
    unfinished: [{ id: 'a@default#99', usage: { inputTokens: 1, outputTokens: 1, costUsd: 0.5 }, reason: 'budget' }],
  };
  return { contents, plan };
}

async function pointAt(contents: JournalContents): Promise<ResumePoint> {
  const path = join(await tempDir('rehearse-rerun-errored-journal-'), 'RH-1.journal.jsonl');
  await rewriteJournal(path, contents);
  return { path, journal: await readJournal(path), args: [], lock: { path: `${path}.lock`, release: async () => {} } };
}

const error = (failureCategory: FailureCategory, costUsd: number): Partial<TrialResult> => ({
  status: 'error',
  failureCategory,
  reason: 'HTTP 500',
  usage: { inputTokens: 10, outputTokens: 5, costUsd },
});
const ids = (trials: Iterable<TrialResult>) => [...trials].map((trial) => trial.id);

describe('checkResumedSuite with --rerun-errored', () => {
  const planned = [
    { status: 'pass' as const },
    error('infrastructure', 0.01),
    { status: 'fail' as const, failureCategory: 'judge' as const },
    error('timeout', 0.02),
    error('cancelled', 0.04),
    { status: 'invalid' as const, failureCategory: 'invalid_simulator' as const },
    error('budget', 0.08),
  ];
  const confirmations = [error('infrastructure', 0.16), { status: 'pass' as const }];

  it('drops the errored planned and confirmation trials, keeps their cost as rerun, rewrites the journal', async () => {
    const { contents, plan } = journalOf(planned, confirmations);
    const point = await pointAt(contents);
    const check = await checkResumedSuite(point, plan, suiteVersionsOf(plan), { changed: false, errored: true });
    expect(check.notes).toEqual(['--rerun-errored: 3 errored trials run again']);
    expect(ids(check.journal.trials.values())).toEqual([
      'a@default#0',
      'a@default#2',
      'a@default#4',
      'a@default#5',
      'a@default#6',
    ]);
    expect([...check.journal.trials.keys()]).toEqual([0, 2, 4, 5, 6]);
    expect(ids(check.journal.confirmations!.values())).toEqual(['a@default#8']);
    expect(check.journal.unfinished).toEqual([
      contents.unfinished![0],
      { id: 'a@default#1', usage: { inputTokens: 10, outputTokens: 5, costUsd: 0.01 }, reason: 'rerun' },
      { id: 'a@default#3', usage: { inputTokens: 10, outputTokens: 5, costUsd: 0.02 }, reason: 'rerun' },
      { id: 'a@default#7', usage: { inputTokens: 10, outputTokens: 5, costUsd: 0.16 }, reason: 'rerun' },
    ]);
    // On disk as returned: the resumed run reopens this file and appends to it.
    const onDisk = await readJournal(point.path);
    expect(onDisk.header).toEqual(contents.header);
    expect(ids(onDisk.trials.values())).toEqual(ids(check.journal.trials.values()));
    expect([...onDisk.trials.keys()]).toEqual([...check.journal.trials.keys()]);
    expect(ids(onDisk.confirmations!.values())).toEqual(['a@default#8']);
    expect(onDisk.unfinished).toEqual(check.journal.unfinished);

    // A second resume finds nothing more to drop, says so, and leaves the file alone.
    const again = { ...point, journal: onDisk };
    const inode = statSync(point.path).ino;
    const second = await checkResumedSuite(again, plan, suiteVersionsOf(plan), { changed: false, errored: true });
    expect(second.notes).toEqual(['--rerun-errored: no journaled trial errored: nothing more to run again']);
    expect(second.journal.unfinished).toEqual(onDisk.unfinished);
    expect(statSync(point.path).ino).toBe(inode);
  });

  it('one errored trial is said in the singular', async () => {
    const { contents, plan } = journalOf([{ status: 'pass' }, error('infrastructure', 0.01)], []);
    const point = await pointAt(contents);
    const check = await checkResumedSuite(point, plan, suiteVersionsOf(plan), { changed: false, errored: true });
    expect(check.notes).toEqual(['--rerun-errored: 1 errored trial run again']);
  });

  it('without the flag the errored trials stay and the journal is not rewritten', async () => {
    const { contents, plan } = journalOf(planned, confirmations);
    const point = await pointAt(contents);
    const inode = statSync(point.path).ino;
    const check = await checkResumedSuite(point, plan, suiteVersionsOf(plan), { changed: false, errored: false });
    expect(check).toEqual({ journal: point.journal, notes: [] });
    expect(statSync(point.path).ino).toBe(inode);
  });
});

describe("the action's automatic resume with rerun-errored (rerunErroredOnResume)", () => {
  const planned = [
    { status: 'pass' as const },
    error('infrastructure', 0.01),
    error('tool_error', 0.03),
    error('cancelled', 0.04),
    { status: 'fail' as const, failureCategory: 'judge' as const },
  ];
  const confirmations = [error('timeout', 0.16), { status: 'pass' as const }];

  it('drops exactly what --rerun-errored drops, on disk too, and says so under its own name', async () => {
    const { contents, plan } = journalOf(planned, confirmations);
    const cli = await checkResumedSuite(await pointAt(contents), plan, suiteVersionsOf(plan), {
      changed: false,
      errored: true,
    });
    const point = await pointAt(contents);
    const action = await rerunErroredOnResume(point.path, point.journal, 'rerun-errored');
    expect(action.note).toBe('rerun-errored: 3 errored trials run again');
    expect(ids(action.journal.trials.values())).toEqual(ids(cli.journal.trials.values()));
    expect(ids(action.journal.confirmations!.values())).toEqual(ids(cli.journal.confirmations!.values()));
    expect(action.journal.unfinished).toEqual(cli.journal.unfinished);
    expect(ids(action.journal.trials.values())).toEqual(['a@default#0', 'a@default#3', 'a@default#4']);
    const onDisk = await readJournal(point.path);
    expect(ids(onDisk.trials.values())).toEqual(ids(action.journal.trials.values()));
    expect(onDisk.unfinished).toEqual(action.journal.unfinished);
  });

  it('leaves a journal with no errored trial untouched', async () => {
    const { contents } = journalOf([{ status: 'pass' }, error('budget', 0.01)], [{ status: 'fail' }]);
    const point = await pointAt(contents);
    const inode = statSync(point.path).ino;
    const action = await rerunErroredOnResume(point.path, point.journal, 'rerun-errored');
    expect(action.note).toBe('rerun-errored: no journaled trial errored: nothing more to run again');
    expect(action.journal.trials.size).toBe(2);
    expect(statSync(point.path).ino).toBe(inode);
  });
});

describe('resumeHint', () => {
  const results = (outcomes: ('pass' | 'fail' | 'error')[], rest: { status?: 'stopped'; notRun?: number } = {}) => {
    const built = buildResults({
      runId: 'RH-9',
      ...(rest.status ? { status: rest.status, stopReason: 'cancelled' as const } : {}),
      tests: [{ id: 'a', outcomes }],
    });
    const infrastructure =
      rest.notRun === undefined
        ? []
        : [{ agent: 'bot', testKeys: ['a@default'], erroredTrials: 5, notRun: rest.notRun, message: 'HTTP 500' }];
    return { ...built, infrastructure };
  };

  it('after a breaker cut with errored trials: suggests --rerun-errored with both counts', () => {
    expect(resumeHint(results(['pass', 'error', 'error', 'fail', 'error'], { notRun: 12 }))).toBe(
      'Resume: rehearse run --resume RH-9 --rerun-errored runs the 12 trials the circuit breaker did not run and ' +
        'the 3 that errored, with a fresh breaker, once the endpoint is back (the 2 other finished trials are kept; ' +
        'without --rerun-errored the errored ones are kept too)',
    );
    // An agent down from the start: no other trial finished.
    expect(resumeHint(results(['error'], { notRun: 1 }))).toBe(
      'Resume: rehearse run --resume RH-9 --rerun-errored runs the 1 trial the circuit breaker did not run and ' +
        'the 1 that errored, with a fresh breaker, once the endpoint is back (without --rerun-errored the errored ' +
        'ones are kept)',
    );
  });

  it('after a breaker cut without an errored trial kept: the plain hint', () => {
    expect(resumeHint(results(['pass'], { notRun: 4 }))).toBe(
      'Resume: rehearse run --resume RH-9 runs only the 4 trials the circuit breaker did not run, with a fresh ' +
        'breaker, once the endpoint is back (the 1 finished trial is kept)',
    );
  });

  it('after a stop: the plain hint, with --rerun-errored offered only when trials errored', () => {
    expect(resumeHint(results(['pass', 'fail'], { status: 'stopped' }))).toBe(
      'Resume: rehearse run --resume RH-9 runs the trials left (the 2 finished trials are kept)',
    );
    expect(resumeHint(results(['pass', 'error'], { status: 'stopped' }))).toBe(
      'Resume: rehearse run --resume RH-9 runs the trials left (the 2 finished trials are kept); add ' +
        '--rerun-errored to run the 1 that errored again too',
    );
  });

  it('a cancelled trial is not offered as errored', () => {
    const stopped = results(['pass', 'error'], { status: 'stopped' });
    const trials = stopped.trials.map((trial) =>
      trial.status === 'error' ? { ...trial, failureCategory: 'cancelled' as const } : trial,
    );
    expect(resumeHint({ ...stopped, trials })).toBe(
      'Resume: rehearse run --resume RH-9 runs the trials left (the 2 finished trials are kept)',
    );
  });
});
