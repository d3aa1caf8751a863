/**
 * `rehearse rerun <run id>`: the same plan as a stored run (its suite file,
 * filters, variants, shard, run-count override, concurrency and budget, as
 * recorded in its results), run again as a new run. Extra flags are passed
 * to `rehearse run` and win over the recorded ones.
 */
import { join, resolve } from 'node:path';
import type { PlanOptionsRecord, Results } from '../../model/results.js';
import { readResults } from '../../results/index.js';
import { LOCAL_RUNS_DIR } from '../../runner/run-info.js';
import { ConfigurationError } from '../../util/errors.js';
import type { CliIO } from '../io.js';
import { decimalText } from '../number-flags.js';
import { runCommand } from './run.js';

const RERUN_USAGE = `Usage: rehearse rerun <run id | results.json> [run options]

Runs the plan of a stored run again (${LOCAL_RUNS_DIR}/<run id>.json): the same
suite file, variants, tags, tests, sets, shard, run-count override, concurrency
and budget. Options after the run id are given to \`rehearse run\` as well
(e.g. --replay cassette.jsonl, -o out.json).
  -q, --quiet    print only errors and the final verdict line (Gate: …)
`;

export async function rerunCommand(args: readonly string[], io: CliIO): Promise<number> {
  const [target, ...rest] = args;
  if (!target || target === '--help' || target === '-h') {
    io.stdout(RERUN_USAGE);
    return target ? 0 : 2;
  }
  const original = await readStoredRun(target, io.cwd);
  const runArgs = ['-c', original.suite.config, ...planArgs(original.plan), ...rest];
  io.stdout(`Rerunning ${original.runId}: rehearse run ${runArgs.join(' ')}\n`);
  return runCommand(runArgs, io);
}

/** A run id from the local store, or a results file path. */
async function readStoredRun(target: string, cwd: string): Promise<Results> {
  const path = target.endsWith('.json') ? resolve(cwd, target) : join(cwd, LOCAL_RUNS_DIR, `${target}.json`);
  try {
    return await readResults(path, { transcripts: 'none' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ConfigurationError(`no stored run ${target} (looked for ${path}; \`rehearse runs\` lists them)`);
    }
    throw error;
  }
}

/** The recorded plan options as `rehearse run` flags. */
export function planArgs(plan: PlanOptionsRecord | undefined): string[] {
  if (!plan) return [];
  const list = (flag: string, values: readonly string[] | undefined) =>
    values && values.length > 0 ? [flag, values.join(',')] : [];
  const one = (flag: string, value: number | string | undefined) => (value !== undefined ? [flag, String(value)] : []);
  return [
    ...list('--variants', plan.variants),
    ...list('--tags', plan.tags),
    ...list('--test', plan.tests),
    ...list('--set', plan.sets),
    ...one('--runs', plan.runs),
    ...one('--shard', plan.shard),
    ...one('--concurrency', plan.concurrency),
    ...one('--budget', plan.budgetUsd === undefined ? undefined : decimalText(plan.budgetUsd)),
    ...(plan.failFast ? ['--fail-fast'] : []),
  ];
}
