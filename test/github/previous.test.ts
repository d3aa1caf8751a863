/**
 * findPrevious's decisions over plain ports: which earlier runs' artifacts it tries, in which order, how far it pages
 * and where it stops, what it passes over (runs no history takes, expired, missing or unreadable artifacts), and a
 * results file given as `previous` held to the same rule. The same flows against the fake GitHub (real Octokit, real
 * artifacts) are in test/action/action.test.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/config/inputs.js';
import type { RunContext } from '../../src/github/context.js';
import { PermissionGuard } from '../../src/github/permissions.js';
import type { ArtifactStore, GitHubPort, WorkflowRunInfo } from '../../src/github/port.js';
import { MAX_ARTIFACTS_TRIED, MAX_RUN_PAGES, RESULTS_FILE, findPrevious } from '../../src/github/previous.js';
import type { Results } from '../../src/model/results.js';
import { ConfigurationError } from '../../src/util/errors.js';
import { buildResults } from '../support/results-builder.js';
import { tempDir } from '../support/temp-dir.js';

const OWN = 'acme/agents';
const PAGE = 100;

const context: RunContext = {
  owner: 'acme',
  repo: 'agents',
  runId: 9_999,
  eventName: 'pull_request',
  sha: 'b'.repeat(40),
  baselineBranch: 'main',
  workflow: 'rehearse.yml',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
};

// ------------------------------------------------------------------ stored runs

const healthy = (runId: string): Results =>
  buildResults({ runId, tests: [{ id: 'refund', outcomes: ['pass', 'pass'] }] });
const breakerCut = (runId: string): Results => ({
  ...healthy(runId),
  infrastructure: [{ agent: 'bot', testKeys: ['refund@default'], erroredTrials: 5, notRun: 3, message: 'HTTP 500' }],
});
const stopped = (runId: string): Results =>
  buildResults({
    runId,
    status: 'stopped',
    stopReason: 'cancelled',
    tests: [{ id: 'refund', outcomes: ['pass'] }],
  });
const keptOut = (runId: string): Results => ({ ...healthy(runId), joinedHistory: false });
/** As an older Rehearse wrote it: an older schemaVersion, migrated when read. */
const older = (results: Results): string => JSON.stringify({ ...results, schemaVersion: 4 });

const WHY = {
  breaker: 'the circuit breaker stopped part of it',
  stopped: 'the run is stopped',
  keptOut: 'it was kept out of the history',
};

/**
 * Cut short, as another tool rewrites Rehearse's file: the keys in the writer's order (trials last), then
 * `infrastructure` appended after the trials, as `jq '. + {infrastructure: …}'` does.
 */
const infrastructureAfterTrials = (runId: string): string => {
  const { trials, infrastructure, ...head } = breakerCut(runId);
  return JSON.stringify({ ...head, trials, infrastructure }, null, 2);
};

/** What a run's artifact holds: a results file's text, none (`missing`), or past its retention (`expired`). */
type Stored = string | 'missing' | 'expired';
const text = (results: Results): string => JSON.stringify(results);

// ------------------------------------------------------------------ ports

interface World {
  readonly runs: WorkflowRunInfo[];
  readonly stored: Map<number, Stored>;
}

function run(id: number, headRepository = OWN): WorkflowRunInfo {
  return { id, headSha: `${id}`.padStart(40, 'c'), event: 'push', headRepository };
}

function portsOf(world: World) {
  const pages: number[] = [];
  const downloads: number[] = [];
  const unused = () => {
    throw new Error('not used by findPrevious');
  };
  const github: GitHubPort = {
    listIssueComments: unused,
    createIssueComment: unused,
    updateIssueComment: unused,
    pullRequestHeadSha: unused,
    viewerLogin: unused,
    createCheckRun: unused,
    updateCheckRun: unused,
    async listSuccessfulRuns(_workflow, _branch, page) {
      pages.push(page);
      const runs = world.runs.slice((page - 1) * PAGE, page * PAGE);
      return { runs, more: page * PAGE < world.runs.length };
    },
  };
  const artifacts: ArtifactStore = {
    upload: unused,
    downloadFromThisRun: unused,
    async downloadFromRun(id, _name, directory) {
      downloads.push(id);
      const stored = world.stored.get(id) ?? 'missing';
      if (stored === 'missing') return false;
      if (stored === 'expired') throw new Error(`artifact ${id} has expired (410 Gone)`);
      await mkdir(directory, { recursive: true });
      await writeFile(path.join(directory, RESULTS_FILE), stored);
      return true;
    },
  };
  return { github, artifacts, pages, downloads };
}

// ------------------------------------------------------------------ the log (core writes workflow commands to stdout)

let log: string[] = [];
const write = process.stdout.write.bind(process.stdout);
beforeEach(() => {
  log = [];
  process.stdout.write = ((chunk: string | Uint8Array) => {
    log.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});
afterEach(() => {
  process.stdout.write = write;
});

async function search(world: World, previous = 'artifact') {
  const dir = await tempDir('rehearse-previous-');
  const config = parseInputs((name) => ({ 'github-token': 'ghs_x', previous })[name] ?? '', dir);
  const ports = portsOf(world);
  const found = await findPrevious(
    config,
    context,
    { github: ports.github, artifacts: ports.artifacts, guard: new PermissionGuard() },
    path.join(dir, 'previous'),
  );
  return { found, pages: ports.pages, downloads: ports.downloads, dir };
}

/** Runs `first` down to `first - count + 1`, newest first, all of the repository's own. */
const ids = (first: number, count: number) => Array.from({ length: count }, (_, i) => first - i);

describe('the previous run from artifacts', () => {
  it('passes over more cut-short runs than the old limit of five and takes the first healthy one', async () => {
    const cut = ids(120, 12);
    const reasons = [breakerCut, stopped, keptOut];
    const stored = new Map<number, Stored>(cut.map((id, i) => [id, text(reasons[i % 3]!(`RH-${id}`))]));
    stored.set(108, text(healthy('RH-108')));
    const { found, downloads } = await search({ runs: [...cut, 108, 107].map((id) => run(id)), stored });
    expect(found.previous?.runId).toBe('RH-108');
    expect(downloads).toEqual([...cut, 108]);
    expect(found.note).toBe(
      `Previous run: workflow run 108 on main (commit ${run(108).headSha.slice(0, 7)}). Skipped 12 runs that do ` +
        `not join the history: workflow run 120 (${WHY.breaker}), workflow run 119 (${WHY.stopped}), workflow run ` +
        `118 (${WHY.keptOut}), workflow run 117 (${WHY.breaker}), workflow run 116 (${WHY.stopped}) and 7 more.`,
    );
    expect(log.join('')).toContain(`Previous run: skipped workflow run 120: it does not join the history`);
  });

  it(
    'on a mixed page: skips forks, this run, missing, expired and unreadable artifacts and an older cut-short ' +
      'file, and takes an older-schema healthy one',
    async () => {
      const stored = new Map<number, Stored>([
        [60, text(healthy('RH-fork'))],
        [59, 'expired'],
        [58, 'missing'],
        [57, text(healthy('RH-57')).slice(0, 200)],
        [56, '{"schemaVersion": 99, "runId": "RH-from-the-future"}'],
        [55, older(breakerCut('RH-55'))],
        [54, older(healthy('RH-54'))],
        [53, text(healthy('RH-53'))],
      ]);
      const runs = [run(60, 'forker/agents'), run(context.runId), ...ids(59, 6).map((id) => run(id))];
      const { found, downloads } = await search({ runs, stored });
      expect(downloads).toEqual([59, 58, 57, 56, 55, 54]);
      expect(found.previous?.runId).toBe('RH-54');
      expect(found.note).toContain(`Skipped 1 run that does not join the history: workflow run 55 (${WHY.breaker}).`);
      const warnings = log.filter((line) => line.startsWith('::warning::'));
      expect(warnings.map((line) => /skipped workflow run (\d+)/.exec(line)?.[1])).toEqual(['59', '57', '56']);
      expect(warnings[0]).toContain('has expired (410 Gone)');
      expect(warnings[2]).toContain('newer than this Rehearse understands');
    },
  );

  it('passes over an artifact with infrastructure after its trials, takes the healthy run before it', async () => {
    const stored = new Map<number, Stored>([
      [31, infrastructureAfterTrials('RH-31')],
      [30, text(healthy('RH-30'))],
    ]);
    const { found, downloads } = await search({ runs: ids(31, 2).map((id) => run(id)), stored });
    expect(downloads).toEqual([31, 30]);
    expect(found.previous?.runId).toBe('RH-30');
    expect(found.note).toContain(`Skipped 1 run that does not join the history: workflow run 31 (${WHY.breaker}).`);
  });

  it(`stops after ${MAX_ARTIFACTS_TRIED} artifacts tried when every run was cut short, and says so`, async () => {
    const cut = ids(500, 250);
    const stored = new Map<number, Stored>(cut.map((id) => [id, text(breakerCut(`RH-${id}`))]));
    const { found, downloads, pages } = await search({ runs: cut.map((id) => run(id)), stored });
    expect(found.previous).toBeUndefined();
    expect(downloads).toEqual(cut.slice(0, MAX_ARTIFACTS_TRIED));
    // The 30 fit in the first page: the next is never asked for.
    expect(pages).toEqual([1]);
    expect(found.note).toContain(
      `No previous run: none of the ${MAX_ARTIFACTS_TRIED} most recent successful runs of rehearse.yml on main ` +
        `tried has a usable rehearse-results artifact that joins the history (the search stops after ` +
        `${MAX_ARTIFACTS_TRIED} artifacts tried or ${MAX_RUN_PAGES} pages of runs listed; 100 runs listed).`,
    );
    expect(found.note).toContain(`Skipped ${MAX_ARTIFACTS_TRIED} runs that do not join the history`);
    expect(found.note).toContain(`and ${MAX_ARTIFACTS_TRIED - 5} more.`);
  });

  it("pages on when forks' runs crowd out the repository's own, and finds it on the third page", async () => {
    const forks = ids(1_000, 250).map((id) => run(id, `fork-${id}/agents`));
    const stored = new Map<number, Stored>([[700, text(healthy('RH-700'))]]);
    const { found, downloads, pages } = await search({ runs: [...forks, run(700)], stored });
    expect(pages).toEqual([1, 2, 3]);
    expect(downloads).toEqual([700]);
    expect(found.previous?.runId).toBe('RH-700');
  });

  it(`lists at most ${MAX_RUN_PAGES} pages of runs, however many GitHub has`, async () => {
    const forks = ids(100_000, 5_000).map((id) => run(id, 'forker/agents'));
    const { found, downloads, pages } = await search({ runs: forks, stored: new Map() });
    expect(pages).toEqual(Array.from({ length: MAX_RUN_PAGES }, (_, i) => i + 1));
    expect(downloads).toEqual([]);
    expect(found.previous).toBeUndefined();
    expect(found.note).toContain(`none of the 0 most recent`);
    expect(found.note).toContain(`${MAX_RUN_PAGES * PAGE} runs listed`);
  });

  it('having seen every run: says none joins the history, or that none has an artifact yet', async () => {
    const cut = new Map<number, Stored>([
      [3, text(stopped('RH-3'))],
      [2, 'expired'],
      [1, text(keptOut('RH-1'))],
    ]);
    const skipped = await search({ runs: ids(3, 3).map((id) => run(id)), stored: cut });
    expect(skipped.found.note).toBe(
      'No previous run: no successful run of rehearse.yml on main that joins the history. Skipped 2 runs that do ' +
        `not join the history: workflow run 3 (${WHY.stopped}), workflow run 1 (${WHY.keptOut}).`,
    );
    const none = await search({ runs: ids(2, 2).map((id) => run(id)), stored: new Map() });
    expect(none.found.note).toBe(
      'No previous run: no successful run of rehearse.yml on main has a rehearse-results artifact yet.',
    );
    const empty = await search({ runs: [], stored: new Map() });
    expect(empty.found.note).toBe(none.found.note);
    expect(empty.pages).toEqual([1]);
  });
});

describe("a results file given as 'previous'", () => {
  async function withFile(content: string) {
    const dir = await tempDir('rehearse-previous-file-');
    const file = path.join(dir, 'baseline.json');
    await writeFile(file, content);
    return file;
  }

  it.each([
    ['cut short by the circuit breaker', text(breakerCut('RH-f')), WHY.breaker],
    ['stopped', text(stopped('RH-f')), WHY.stopped],
    ['kept out of the history by its writer', text(keptOut('RH-f')), WHY.keptOut],
    ['of an older schema, cut short', older(breakerCut('RH-f')), WHY.breaker],
    ['of an older schema, stopped', older(stopped('RH-f')), WHY.stopped],
    ['cut short, its infrastructure after its trials', infrastructureAfterTrials('RH-f'), WHY.breaker],
  ])('is refused as history when %s: no previous run, one warning saying why', async (_, content, why) => {
    const file = await withFile(content);
    const { found, pages, downloads } = await search({ runs: [run(5)], stored: new Map() }, file);
    expect(found.previous).toBeUndefined();
    expect(found.history).toBeUndefined();
    expect(found.note).toMatch(
      new RegExp(`^No previous run: \\S*baseline\\.json does not join the history \\(${why}\\)\\.$`),
    );
    const warnings = log.filter((line) => line.startsWith('::warning::'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(`^::warning::Previous run: skipped \\S*baseline\\.json: it does not join the history \\(${why}\\)`),
    );
    // The file is the source the user chose: no artifact is searched instead.
    expect(pages).toEqual([]);
    expect(downloads).toEqual([]);
  });

  it('is used when it is a healthy run, of the current schema or an older one', async () => {
    for (const content of [text(healthy('RH-file')), older(healthy('RH-file'))]) {
      const { found, pages } = await search({ runs: [], stored: new Map() }, await withFile(content));
      expect(found.previous?.runId).toBe('RH-file');
      expect(found.note).toMatch(/^Previous run: \S*baseline\.json\.$/);
      expect(pages).toEqual([]);
    }
    expect(log.filter((line) => line.startsWith('::warning::'))).toEqual([]);
  });

  it.each([
    ['truncated', text(healthy('RH-t')).slice(0, 300), 'not a valid results file: the JSON is malformed or truncated'],
    ['not JSON at all', 'passed: 3\n', 'not a valid results file'],
    ['some other JSON', '{"name": "package", "version": "1.0.0"}', 'not a valid results file'],
    ['of a newer schema', '{"schemaVersion": 99, "runId": "RH-n"}', 'newer than this Rehearse understands'],
  ])('fails the step with one line naming the input when it is %s', async (_, content, reason) => {
    const file = await withFile(content);
    const error: unknown = await search({ runs: [], stored: new Map() }, file).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message.startsWith(`input 'previous': ${file}: `)).toBe(true);
    expect(message).toContain(reason);
    expect(message).not.toContain('\n');
  });
});
