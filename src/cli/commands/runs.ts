/**
 * `rehearse runs`: the results list over the local store (`.rehearse/runs/`):
 * filter by date range, status and text (run id, test id, tag), sort newest
 * or oldest first.
 */
import { rm } from 'node:fs/promises';
import { MAX_KEEP, parseAge, pruneSelection, type PruneRule } from '../runs-prune.js';
import { relative, resolve } from 'node:path';
import { formatPercent, formatUsd } from '../../report/format.js';
import { readStoredRuns, type StoredRun } from '../../results/stored-runs.js';
import { RunStatusSchema, type Results, type RunStatus } from '../../model/results.js';
import { LOCAL_RUNS_DIR } from '../../runner/run-info.js';
import { ConfigurationError } from '../../util/errors.js';
import { parseCommandArgs } from '../args.js';
import { runFilesOf } from '../run-files.js';
import type { CliIO } from '../io.js';
import { wholeNumberFlag } from '../number-flags.js';

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

Housekeeping (the filters above narrow what is deleted too):
  --delete <id...>       delete these runs
  --keep <n>             delete all but the n newest runs
  --older-than <age>     delete runs started more than this long ago (30d, 12h, 2w, 90m);
                         with --keep too: only runs that are older and not among the n newest
  --prune                the same, spelled out (--prune --keep 5 is --keep 5)
  A deleted run loses every file it left: results, journal, lock and its report.md/.html.
  --dry-run              list what would be deleted, delete nothing
  --yes                  do not ask for confirmation (for scripts)

Exit status: 0 listed or deleted (even if empty), 1 deletion not confirmed, 2 bad option.
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
  /** `--delete` (ids) or `--prune` (rule). */
  readonly deletion?: { readonly ids: readonly string[] } | { readonly prune: PruneRule };
  readonly dryRun: boolean;
  readonly yes: boolean;
}

/** A date bound as epoch ms; a bare date as `until` means the end of that day. */
function parseDate(flag: string, value: string | undefined, endOfDay: boolean): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time))
    throw new ConfigurationError(`--${flag}: expected a date like 2026-11-21 or an ISO timestamp, got '${value}'`);
  return endOfDay && DATE_ONLY.test(value) ? time + DAY_MS - 1 : time;
}

function parseRunsArgs(args: readonly string[], cwd: string): RunsArgs {
  const { values, positionals } = parseCommandArgs('runs', {
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
      delete: { type: 'boolean' },
      prune: { type: 'boolean' },
      keep: { type: 'string' },
      'older-than': { type: 'string' },
      'dry-run': { type: 'boolean' },
      yes: { type: 'boolean', short: 'y' },
    },
    allowPositionals: true,
  });
  const status = values.status;
  if (status !== undefined && !RunStatusSchema.safeParse(status).success) {
    throw new ConfigurationError(`--status: expected one of ${RunStatusSchema.options.join(', ')}, got '${status}'`);
  }
  const sort = values.sort ?? 'newest';
  if (sort !== 'newest' && sort !== 'oldest')
    throw new ConfigurationError(`--sort: expected newest or oldest, got '${sort}'`);
  const since = parseDate('since', values.since, false);
  const until = parseDate('until', values.until, true);
  if (since !== undefined && until !== undefined && since > until)
    throw new ConfigurationError('--since is after --until: no run can match');
  return {
    help: values.help === true,
    dir: resolve(cwd, values.dir ?? LOCAL_RUNS_DIR),
    ...(since === undefined ? {} : { since }),
    ...(until === undefined ? {} : { until }),
    ...(status ? { status: status as RunStatus } : {}),
    ...(values.search ? { search: values.search.toLowerCase() } : {}),
    sort,
    json: values.json === true,
    ...deletionOf(values, positionals),
    dryRun: values['dry-run'] === true,
    yes: values.yes === true,
  };
}

function deletionOf(
  values: { delete?: boolean; prune?: boolean; keep?: string; 'older-than'?: string },
  positionals: readonly string[],
): Pick<RunsArgs, 'deletion'> {
  if (values.delete && values.prune) throw new ConfigurationError('--delete and --prune: choose one');
  // --keep and --older-than say what to prune: either one alone is a prune.
  const prunes = values.prune === true || values.keep !== undefined || values['older-than'] !== undefined;
  if (values.delete && prunes) throw new ConfigurationError('--delete and --keep/--older-than: choose one');
  if (values.delete) {
    if (positionals.length === 0) {
      throw new ConfigurationError('--delete needs the run ids to delete (rehearse runs --delete RH-… RH-…)');
    }
    return { deletion: { ids: positionals } };
  }
  if (positionals.length > 0) {
    throw new ConfigurationError(`unexpected argument '${positionals[0]}' (run ids go with --delete)`);
  }
  if (!prunes) return {};
  const keep =
    values.keep === undefined ? undefined : wholeNumberFlag('--keep', values.keep, { min: 0, max: MAX_KEEP });
  const olderThanMs = values['older-than'] === undefined ? undefined : parseAge(values['older-than']);
  if (keep === undefined && olderThanMs === undefined) {
    throw new ConfigurationError('--prune needs --keep <n> and/or --older-than <age>');
  }
  const prune = { ...(keep !== undefined ? { keep } : {}), ...(olderThanMs !== undefined ? { olderThanMs } : {}) };
  return { deletion: { prune } };
}

/** The stored runs, each unreadable file reported on stderr. */
function loadRuns(dir: string, io: CliIO): Promise<StoredRun[]> {
  return readStoredRuns(dir, (file, why) => io.stderr(`rehearse runs: skipped ${relative(io.cwd, file)}: ${why}\n`));
}

function matches(run: Results, options: RunsArgs): boolean {
  const started = Date.parse(run.startedAt);
  if (options.since !== undefined && started < options.since) return false;
  if (options.until !== undefined && started > options.until) return false;
  if (options.status && run.status !== options.status) return false;
  if (!options.search) return true;
  const needle = options.search;
  const haystacks = [
    run.runId,
    run.suite.name,
    ...run.tests.map((test) => test.testId),
    ...run.tests.flatMap((test) => test.tags),
  ];
  return haystacks.some((text) => text.toLowerCase().includes(needle));
}

export function selectRuns(runs: readonly StoredRun[], options: RunsArgs): StoredRun[] {
  const direction = options.sort === 'newest' ? -1 : 1;
  return runs
    .filter((run) => matches(run.results, options))
    .sort(
      (a, b) =>
        direction * (Date.parse(a.results.startedAt) - Date.parse(b.results.startedAt)) ||
        (a.results.runId < b.results.runId ? -1 : 1),
    );
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
    stopReason: results.stopReason ?? null,
    shard: results.shard ? `${results.shard.index}/${results.shard.total}` : null,
    rejudgedFrom: results.rejudgedFrom ?? null,
    file: relative(cwd, run.file),
  };
}

function table(rows: ReturnType<typeof row>[]): string {
  const header = ['RUN ID', 'STARTED (UTC)', 'STATUS', 'STOP', 'SHARD', 'GATE', 'SOURCE', 'TESTS', 'PASSED', 'FAILED'];
  header.push('PASS RATE', 'COST', 'REF');
  const lines = rows.map((r) => [
    r.runId,
    r.startedAt.slice(0, 16).replace('T', ' '),
    r.status,
    r.stopReason ?? '',
    r.shard ?? '',
    r.gate ?? '—',
    r.source,
    String(r.tests),
    String(r.passed),
    String(r.failed + r.errored),
    formatPercent(r.passRate),
    formatUsd(r.costUsd),
    r.ref ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return `${[format(header), ...lines.map(format)].join('\n')}\n`;
}

export async function runsCommand(args: readonly string[], io: CliIO): Promise<number> {
  const options = parseRunsArgs(args, io.cwd);
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  const stored = await loadRuns(options.dir, io);
  if (options.deletion) return deleteRuns(stored, options, io);
  const rows = selectRuns(stored, options).map((run) => row(run, io.cwd));
  if (options.json) io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else if (rows.length === 0)
    io.stdout(
      stored.length
        ? `No run matches (${stored.length} stored in ${relative(io.cwd, options.dir) || '.'}).\n`
        : `No runs stored in ${relative(io.cwd, options.dir) || '.'} yet: \`rehearse run\` writes them there.\n`,
    );
  else io.stdout(table(rows));
  return 0;
}

/** `--delete` / `--prune`: what goes is listed first; nothing is deleted on a dry run or without a yes. */
async function deleteRuns(stored: readonly StoredRun[], options: RunsArgs, io: CliIO): Promise<number> {
  const deletion = options.deletion as NonNullable<RunsArgs['deletion']>;
  const candidates = selectRuns(stored, { ...options, sort: 'newest' });
  let doomed: StoredRun[];
  if ('ids' in deletion) {
    const unknown = deletion.ids.filter((id) => !stored.some((run) => run.results.runId === id));
    if (unknown.length > 0) {
      throw new ConfigurationError(`no stored run ${unknown.join(', ')} in ${relative(io.cwd, options.dir) || '.'}`);
    }
    doomed = candidates.filter((run) => deletion.ids.includes(run.results.runId));
  } else {
    doomed = pruneSelection(candidates, deletion.prune, Date.now());
  }
  if (doomed.length === 0) {
    io.stdout('Nothing to delete.\n');
    return 0;
  }
  const verb = options.dryRun ? 'Would delete' : 'Deleting';
  io.stdout(`${verb} ${doomed.length} run${doomed.length === 1 ? '' : 's'}:\n`);
  for (const run of doomed) {
    io.stdout(
      `  ${run.results.runId}  ${run.results.startedAt.slice(0, 16).replace('T', ' ')}  ` +
        `${relative(io.cwd, run.file)}\n`,
    );
  }
  if (options.dryRun) return 0;
  const question = `Delete ${doomed.length} run${doomed.length === 1 ? '' : 's'}? [y/N] `;
  if (!options.yes && !(io.confirm && (await io.confirm(question)))) {
    io.stderr(`rehearse runs: nothing deleted${io.confirm ? '' : ' (not a terminal: pass --yes to delete)'}\n`);
    return 1;
  }
  for (const run of doomed) for (const file of runFilesOf(run.file)) await rm(file, { force: true, recursive: true });
  io.stdout(`Deleted ${doomed.length} run${doomed.length === 1 ? '' : 's'}.\n`);
  return 0;
}
