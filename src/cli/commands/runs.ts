/**
 * `rehearse runs`: the results list over the local store (`.rehearse/runs/`):
 * filter by date range, status and text (run id, test id, tag), sort newest
 * or oldest first.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { formatPercent, formatUsd } from '../../report/format.js';
import { readResults } from '../../results/index.js';
import { RunStatusSchema, type Results, type RunStatus } from '../../model/results.js';
import { LOCAL_RUNS_DIR } from '../../runner/run-info.js';
import { ConfigurationError, errorMessage, isConfigurationError } from '../../util/errors.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';

const HELP = `Usage: rehearse runs [options]

List the runs stored in ${LOCAL_RUNS_DIR}/ (written by \`rehearse run\`).

Options:
  --dir <dir>            where the results files are (default ${LOCAL_RUNS_DIR})
  --since <date>         started on or after (2026-11-21 or an ISO timestamp)
  --until <date>         started on or before (a date alone includes that whole day)
  --status <status>      ${RunStatusSchema.options.join(' | ')}
  --search <text>        run id, suite, test id or tag contains the text (any case)
  --sort <newest|oldest> default newest
  --json                 print the list as JSON
  -h, --help             show this help

Exit status: 0 listed (even if empty), 2 bad option.
`;

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

interface RunsArgs {
  readonly help: boolean;
  readonly dir: string;
  readonly since?: number;
  readonly until?: number;
  readonly status?: RunStatus;
  readonly search?: string;
  readonly sort: 'newest' | 'oldest';
  readonly json: boolean;
}

/** A date bound as epoch ms; a bare date as `until` means the end of that day. */
function parseDate(flag: string, value: string | undefined, endOfDay: boolean): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time)) throw new ConfigurationError(`--${flag}: expected a date like 2026-11-21 or an ISO timestamp, got '${value}'`);
  return endOfDay && DATE_ONLY.test(value) ? time + DAY_MS - 1 : time;
}

function parseRunsArgs(args: readonly string[], cwd: string): RunsArgs {
  const { values } = parseCommandArgs('runs', {
    args: [...args],
    options: {
      dir: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      status: { type: 'string' },
      search: { type: 'string' },
      sort: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const status = values.status;
  if (status !== undefined && !RunStatusSchema.safeParse(status).success) {
    throw new ConfigurationError(`--status: expected one of ${RunStatusSchema.options.join(', ')}, got '${status}'`);
  }
  const sort = values.sort ?? 'newest';
  if (sort !== 'newest' && sort !== 'oldest') throw new ConfigurationError(`--sort: expected newest or oldest, got '${sort}'`);
  const since = parseDate('since', values.since, false);
  const until = parseDate('until', values.until, true);
  if (since !== undefined && until !== undefined && since > until) throw new ConfigurationError('--since is after --until: no run can match');
  return {
    help: values.help === true,
    dir: resolve(cwd, values.dir ?? LOCAL_RUNS_DIR),
    ...(since === undefined ? {} : { since }),
    ...(until === undefined ? {} : { until }),
    ...(status ? { status: status as RunStatus } : {}),
    ...(values.search ? { search: values.search.toLowerCase() } : {}),
    sort,
    json: values.json === true,
  };
}

interface StoredRun {
  readonly file: string;
  readonly results: Results;
}

async function loadRuns(dir: string, io: CliIO): Promise<StoredRun[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const runs: StoredRun[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      runs.push({ file, results: await readResults(file) });
    } catch (error) {
      // One unreadable file must not hide the others.
      if (!isConfigurationError(error)) throw error;
      io.stderr(`rehearse runs: skipped ${relative(io.cwd, file)}: ${errorMessage(error)}\n`);
    }
  }
  return runs;
}

function matches(run: Results, options: RunsArgs): boolean {
  const started = Date.parse(run.startedAt);
  if (options.since !== undefined && started < options.since) return false;
  if (options.until !== undefined && started > options.until) return false;
  if (options.status && run.status !== options.status) return false;
  if (!options.search) return true;
  const needle = options.search;
  const haystacks = [run.runId, run.suite.name, ...run.tests.map((test) => test.testId), ...run.tests.flatMap((test) => test.tags)];
  return haystacks.some((text) => text.toLowerCase().includes(needle));
}

export function selectRuns(runs: readonly StoredRun[], options: RunsArgs): StoredRun[] {
  const direction = options.sort === 'newest' ? -1 : 1;
  return runs
    .filter((run) => matches(run.results, options))
    .sort((a, b) => direction * (Date.parse(a.results.startedAt) - Date.parse(b.results.startedAt)) || (a.results.runId < b.results.runId ? -1 : 1));
}

function row(run: StoredRun, cwd: string) {
  const { results } = run;
  const t = results.totals;
  return {
    runId: results.runId,
    startedAt: results.startedAt,
    finishedAt: results.finishedAt ?? null,
    status: results.status,
    source: results.source,
    suite: results.suite.name,
    ref: results.git.ref ?? null,
    sha: results.git.sha ?? null,
    tests: t.tests,
    passed: t.passed,
    failed: t.failed,
    errored: t.errored,
    passRate: t.passRate,
    costUsd: t.usage.costUsd,
    /** The gate's decision recorded when the run was evaluated; null for older files. */
    gate: results.gate?.passed === undefined ? null : results.gate.passed ? 'pass' : 'fail',
    gateSummary: results.gate?.summary ?? null,
    file: relative(cwd, run.file),
  };
}

function table(rows: ReturnType<typeof row>[]): string {
  const header = ['RUN ID', 'STARTED (UTC)', 'STATUS', 'GATE', 'SOURCE', 'TESTS', 'PASSED', 'FAILED', 'PASS RATE', 'COST', 'REF'];
  const lines = rows.map((r) => [r.runId, r.startedAt.slice(0, 16).replace('T', ' '), r.status, r.gate ?? '—', r.source, String(r.tests), String(r.passed), String(r.failed + r.errored), formatPercent(r.passRate), formatUsd(r.costUsd), r.ref ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return `${[format(header), ...lines.map(format)].join('\n')}\n`;
}

export async function runsCommand(args: readonly string[], io: CliIO): Promise<number> {
  const options = parseRunsArgs(args, io.cwd);
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  const stored = await loadRuns(options.dir, io);
  const rows = selectRuns(stored, options).map((run) => row(run, io.cwd));
  if (options.json) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else if (rows.length === 0) io.stdout(stored.length ? `No run matches (${stored.length} stored in ${relative(io.cwd, options.dir) || '.'}).\n` : `No runs stored in ${relative(io.cwd, options.dir) || '.'} yet: \`rehearse run\` writes them there.\n`);
  else io.stdout(table(rows));
  return 0;
}
