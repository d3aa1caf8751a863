/**
 * `rehearse run --resume <run id | results file | journal file>`: finds the
 * run's journal and the arguments it was started with, so the same plan is
 * made again and only the trials missing from the journal run.
 *
 * A resume never mixes two suites: the journal's header records the content
 * versions of every test (persona, scenario, profile, tools, criteria,
 * judge), of every variant's agent and of the simulator, and a resume whose
 * suite differs is refused with what changed — or, with `--rerun-changed`,
 * the journaled trials of the affected tests are dropped and run again. With
 * `--rerun-errored`, the journaled trials that errored (an outage's) are
 * dropped and run again the same way. The journal is locked for the whole run
 * (journal-lock.ts): a second run or resume of it stops at once.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { definitionChanges, definitionOf } from '../model/history.js';
import type { Results } from '../model/results.js';
import type { Plan } from '../plan/types.js';
import { acquireJournalLock, type JournalLock } from '../results/journal-lock.js';
import {
  journaledTrialCount,
  journalPathFor,
  readJournal,
  rewriteJournal,
  trialsBreakerDidNotRun,
  withoutJournaledTrials,
  type JournalContents,
} from '../results/journal.js';
import { isErrored } from '../runner/breaker.js';
import { rerunErroredNote, withoutErroredTrials } from '../runner/resume.js';
import { LOCAL_RUNS_DIR } from '../runner/run-info.js';
import { contentVersion } from '../suite/version.js';
import { ConfigurationError } from '../util/errors.js';

export interface ResumePoint {
  readonly path: string;
  readonly journal: JournalContents;
  /** The interrupted run's own `rehearse run` arguments. */
  readonly args: string[];
  /** Held until the resumed run ends: release it then. */
  readonly lock: JournalLock;
}

export async function resumeFrom(target: string, cwd: string): Promise<ResumePoint> {
  const path = journalLocation(target, cwd);
  if (!existsSync(path)) {
    throw new ConfigurationError(
      `--resume ${target}: no run journal at ${path} (expected a run id from ${LOCAL_RUNS_DIR}/, a results file ` +
        `or a .journal.jsonl file)`,
    );
  }
  // Locked before it is read: a second resume must not read it, plan, and run the same missing trials.
  const lock = await acquireJournalLock(path);
  try {
    if (!existsSync(path)) {
      throw new ConfigurationError(
        `--resume ${target}: the run journal ${path} is gone: the run it belongs to has finished meanwhile`,
      );
    }
    const journal = await readJournal(path);
    const meta = journal.header.meta as { args?: unknown } | undefined;
    const args = meta?.args;
    if (!Array.isArray(args) || !args.every((arg) => typeof arg === 'string')) {
      throw new ConfigurationError(
        `${path}:1: the journal does not record the run's arguments, so the same plan cannot be made again`,
      );
    }
    return { path, journal, args: withoutResumeFlags(args), lock };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** Flags that only mean something on the resume they are given with: never taken from the journaled arguments. */
const RESUME_ONLY = new Set(['--rerun-changed', '--rerun-errored']);

/** The arguments of `rehearse run` with `--resume` and the flags that go with it (RESUME_ONLY) left out. */
function withoutResumeFlags(args: readonly string[]): string[] {
  return args.filter(
    (arg, i, all) =>
      arg !== '--resume' && all[i - 1] !== '--resume' && !arg.startsWith('--resume=') && !RESUME_ONLY.has(arg),
  );
}

function journalLocation(target: string, cwd: string): string {
  if (target.endsWith('.jsonl')) return resolve(cwd, target);
  if (target.endsWith('.json')) return journalPathFor(resolve(cwd, target));
  return join(cwd, LOCAL_RUNS_DIR, `${target}.journal.jsonl`);
}

// ---------------------------------------------------------------- the hint after a run whose journal is kept

/**
 * The command that continues a run whose journal is kept, and what it will run: a stopped run's trials left, or the
 * trials the circuit breaker did not run (with a fresh breaker; worth it once the endpoint is back). When trials
 * errored (an outage's, most likely), `--rerun-errored` runs them again too: kept, they stay errors in the resumed
 * run, its gate can fail on them and its tests have fewer verdicts.
 */
export function resumeHint(results: Pick<Results, 'runId' | 'status' | 'trials' | 'infrastructure'>): string {
  const errored = results.trials.filter(isErrored).length;
  const command = `rehearse run --resume ${results.runId}`;
  const finished = (count: number, other = '') =>
    `the ${count} ${other}finished trial${count === 1 ? ' is' : 's are'} kept`;
  if (results.status !== 'completed') {
    const left = `Resume: ${command} runs the trials left (${finished(results.trials.length)})`;
    return errored === 0 ? left : `${left}; add --rerun-errored to run the ${errored} that errored again too`;
  }
  const notRun = trialsBreakerDidNotRun(results);
  const breaker = `the ${notRun} trial${notRun === 1 ? '' : 's'} the circuit breaker did not run`;
  const fresh = 'with a fresh breaker, once the endpoint is back';
  if (errored === 0) return `Resume: ${command} runs only ${breaker}, ${fresh} (${finished(results.trials.length)})`;
  const others = results.trials.length - errored;
  const kept = others === 0 ? 'kept' : 'kept too';
  return (
    `Resume: ${command} --rerun-errored runs ${breaker} and the ${errored} that errored, ${fresh} ` +
    `(${others === 0 ? '' : `${finished(others, 'other ')}; `}without --rerun-errored the errored ones are ${kept})`
  );
}

// ---------------------------------------------------------------- flags given with --resume

/** Flags that do not change what a trial is or how it is judged: given with --resume, they apply. */
const APPLY_ON_RESUME = new Set(['--concurrency', '--budget', '-o', '--output', '--report-dir', '--otel']);

/**
 * The flags given with `--resume` (besides it, `--rerun-changed` and `--rerun-errored`): those that apply (how fast,
 * how far, where to write) and those ignored, because the plan and the judging are the journaled run's own.
 */
export function resumeFlagUse(given: readonly string[]): { applied: string[]; ignored: string[] } {
  const applied: string[] = [];
  const ignored: string[] = [];
  for (const arg of withoutResumeFlags(given)) {
    if (!arg.startsWith('-')) continue;
    const name = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    (APPLY_ON_RESUME.has(name) ? applied : ignored).push(name);
  }
  return { applied: [...new Set(applied)], ignored: [...new Set(ignored)] };
}

/** One line for the console; undefined when no flag was given with --resume. */
export function describeResumeFlags(use: { applied: string[]; ignored: string[] }): string | undefined {
  const parts: string[] = [];
  if (use.applied.length > 0) parts.push(`${use.applied.join(', ')} appl${use.applied.length === 1 ? 'ies' : 'y'}`);
  if (use.ignored.length > 0) {
    parts.push(
      `${use.ignored.join(', ')} ${use.ignored.length === 1 ? 'is' : 'are'} ignored: the resumed run keeps its own ` +
        'plan, filters and judging (start a new run to change them)',
    );
  }
  return parts.length > 0 ? `Flags given with --resume: ${parts.join('; ')}` : undefined;
}

// ---------------------------------------------------------------- suite versions

/** What a run's results depend on, as content versions: recorded in the journal header, checked on resume. */
export interface SuiteVersions {
  /** Per test key: persona, scenario, profile, tools, criteria and judge versions. */
  readonly tests: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Per variant: the agent's version (variant overrides applied). */
  readonly agents: Readonly<Record<string, string>>;
  /** The simulated user's endpoint (model, URL, temperature): it shapes every conversation. */
  readonly simulator: string;
}

export function suiteVersionsOf(plan: Plan): SuiteVersions {
  const tests: Record<string, Record<string, string>> = {};
  const agents: Record<string, string> = {};
  let simulator: unknown = null;
  for (const trial of plan.trials) {
    if (!(trial.key in tests)) {
      const { agent: _agent, ...definition } = definitionOf(trial);
      tests[trial.key] = definition as Record<string, string>;
    }
    agents[trial.variant] ??= contentVersion(trial.agent);
    simulator = trial.simulator ?? simulator;
  }
  return { tests, agents, simulator: contentVersion(simulator) };
}

/** The test keys affected by a change, with what changed for each, in plan order. */
function changesSince(recorded: SuiteVersions, current: SuiteVersions, plan: Plan): Map<string, string[]> {
  const changes = new Map<string, string[]>();
  for (const trial of plan.trials) {
    if (changes.has(trial.key)) continue;
    const parts: string[] = [];
    const before = recorded.tests[trial.key];
    const after = current.tests[trial.key] ?? {};
    if (!before) parts.push('not in the journaled run');
    else parts.push(...definitionChanges(before, after));
    if (recorded.agents[trial.variant] !== current.agents[trial.variant]) parts.push(`agent of ${trial.variant}`);
    if (recorded.simulator !== current.simulator && trial.kind === 'conversation') parts.push('simulator');
    if (parts.length > 0) changes.set(trial.key, parts);
  }
  return changes;
}

export interface ResumeCheck {
  /** The journal to resume from: as read, or without the trials run again. */
  readonly journal: JournalContents;
  /** Notes for the console (an old journal, the tests run again, the errored trials run again). */
  readonly notes: string[];
}

/** What a resume runs again besides the trials not run yet: `--rerun-changed`, `--rerun-errored`. */
export interface RerunChoice {
  /** Drop the journaled trials of the tests whose definition changed, instead of refusing the resume. */
  readonly changed: boolean;
  /** Drop the journaled trials that errored. */
  readonly errored: boolean;
}

/**
 * Refuses a resume whose suite is not the journaled one, naming what changed; with `rerun.changed`, drops the
 * journaled trials of the affected tests (rewriting the journal with the current versions) so they run again. With
 * `rerun.errored`, drops the journaled trials that errored too. The journal is rewritten once, if anything changed.
 */
export async function checkResumedSuite(
  point: ResumePoint,
  plan: Plan,
  current: SuiteVersions,
  rerun: RerunChoice,
): Promise<ResumeCheck> {
  const suite = checkSuite(point, plan, current, rerun.changed);
  if (!rerun.errored) {
    if (suite.journal !== point.journal) await rewriteJournal(point.path, suite.journal);
    return suite;
  }
  const { journal, dropped } = withoutErroredTrials(suite.journal);
  if (dropped > 0 || suite.journal !== point.journal) await rewriteJournal(point.path, journal);
  return { journal, notes: [...suite.notes, rerunErroredNote('--rerun-errored', dropped)] };
}

/** The suite checked against the journaled versions: the journal as read, or without the changed tests' trials. */
function checkSuite(point: ResumePoint, plan: Plan, current: SuiteVersions, rerunChanged: boolean): ResumeCheck {
  const recorded = (point.journal.header.meta as { versions?: SuiteVersions } | undefined)?.versions;
  if (!recorded || typeof recorded !== 'object' || !recorded.tests) {
    return {
      journal: point.journal,
      notes: [
        `note: ${point.path} was written by an older Rehearse and records no suite versions: resuming without ` +
          'checking that the suite is unchanged',
      ],
    };
  }
  const changes = changesSince(recorded, current, plan);
  if (changes.size === 0) return { journal: point.journal, notes: [] };
  const listed = [...changes].map(([key, parts]) => `${key} (${parts.join(', ')})`);
  const shown = listed.length > 10 ? [...listed.slice(0, 10), `and ${listed.length - 10} more`] : listed;
  if (!rerunChanged) {
    throw new ConfigurationError(
      `cannot resume ${point.journal.header.runId}: the suite changed since the run started, and trials judged ` +
        `under both definitions would be mixed: ${shown.join('; ')}. Resume with the suite as it was, add ` +
        '--rerun-changed to run the changed tests again (their journaled trials are dropped), or start a new run',
    );
  }
  const kept = withoutJournaledTrials(point.journal, (trial) => changes.has(trial.key));
  const meta = { ...(point.journal.header.meta as Record<string, unknown>), versions: current };
  const journal = { ...kept, header: { ...kept.header, meta } };
  const dropped = journaledTrialCount(point.journal) - journaledTrialCount(journal);
  return {
    journal,
    notes: [
      `--rerun-changed: ${changes.size} test${changes.size === 1 ? '' : 's'} changed since the run started, ` +
        `${dropped} journaled trial${dropped === 1 ? '' : 's'} of them run again: ${shown.join('; ')}`,
    ],
  };
}
