/**
 * Runs the action's `run()` the way the runner would: `INPUT_*` variables,
 * an event payload from `@octokit/webhooks-examples` at GITHUB_EVENT_PATH,
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and the GitHub API, results
 * service and blob storage all served by the fake GitHub.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FakeGitHub } from '../support/fake-github.js';
import { tempDir } from '../support/temp-dir.js';

export const OWNER = 'Codertocat';
export const REPO = 'Hello-World';
export const WORKFLOW = 'rehearse.yml';
export const SUITE = 'test/action/fixtures/suite/rehearse.yaml';

export type EventKind = 'pull_request' | 'pull_request_fork' | 'push' | 'workflow_run';

interface WebhookExample {
  name: string;
  examples: Record<string, unknown>[];
}

/**
 * A real payload from `@octokit/webhooks-examples`; the fork variant moves the head to a fork of the same repository.
 */
export function eventPayload(kind: EventKind): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const all = require('@octokit/webhooks-examples') as WebhookExample[];
  if (kind === 'workflow_run') {
    // The report workflow, triggered by the completed run of a pull request (the example's run is adapted to one).
    const completed = structuredClone(
      all.find((e) => e.name === 'workflow_run')!.examples.find((e) => e['action'] === 'completed')!,
    );
    const pr = eventPayload('pull_request')['pull_request'] as { head: { sha: string } };
    const run = completed['workflow_run'] as Record<string, unknown>;
    completed['workflow_run'] = { ...run, event: 'pull_request', head_sha: pr.head.sha };
    return completed;
  }
  if (kind === 'push') {
    const push = all.find((e) => e.name === 'push')!.examples.find((e) => e['ref'] === 'refs/heads/master');
    return structuredClone(push!);
  }
  const opened = structuredClone(
    all.find((e) => e.name === 'pull_request')!.examples.find((e) => e['action'] === 'opened')!,
  );
  if (kind === 'pull_request_fork') {
    const head = (opened['pull_request'] as { head: { repo: Record<string, unknown>; label: string } }).head;
    const owner = { ...(head.repo['owner'] as object), login: 'forker' };
    head.repo = { ...head.repo, full_name: `forker/${REPO}`, owner, fork: true };
    head.label = `forker:${String(head.label).split(':')[1]}`;
  }
  return opened;
}

export interface ActionRun {
  readonly exitCode: number;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** Everything the action wrote to stdout (workflow commands included). */
  readonly log: string;
  readonly warnings: string[];
  readonly errors: string[];
  readonly runnerTemp: string;
}

export interface RunRequest {
  readonly event: EventKind;
  readonly runId: number;
  readonly inputs?: Record<string, string>;
  readonly env?: Record<string, string>;
  /** Changes the event payload before it is written (e.g. the pull request's base commit). */
  readonly payload?: (payload: Record<string, unknown>) => void;
}

export class ActionHarness {
  private constructor(
    readonly fake: FakeGitHub,
    private readonly run: () => Promise<void>,
    private readonly summaryFile: string,
  ) {}

  /** Starts the fake GitHub and imports the action with the API URL pointing at it (the toolkit reads it on import). */
  static async start(): Promise<ActionHarness> {
    const fake = await FakeGitHub.start({ owner: OWNER, repo: REPO });
    process.env['GITHUB_API_URL'] = fake.url;
    const dir = await tempDir('rehearse-action-');
    // core.summary remembers the file it first wrote to: one file for the whole test file, emptied per run.
    const summaryFile = path.join(dir, 'summary.md');
    process.env['GITHUB_STEP_SUMMARY'] = summaryFile;
    const { run } = await import('../../src/main.js');
    return new ActionHarness(fake, run, summaryFile);
  }

  async runAction(request: RunRequest): Promise<ActionRun> {
    // Removed after the test file: a test reads the run's files (runnerTemp) after it returns.
    const dir = await tempDir('rehearse-run-');
    const runnerTemp = path.join(dir, 'temp');
    const eventPath = path.join(dir, 'event.json');
    const outputFile = path.join(dir, 'output.txt');
    const payload = eventPayload(request.event);
    request.payload?.(payload);
    await writeFile(eventPath, JSON.stringify(payload));
    await writeFile(outputFile, '');
    await writeFile(this.summaryFile, '');
    const env = {
      ...runnerEnv(this.fake, request, { eventPath, outputFile, runnerTemp }),
      ...inputEnv({ config: SUITE, 'github-token': 'ghs_fake_token', ...request.inputs }),
      ...request.env,
    };
    const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
    Object.assign(process.env, env);
    const log: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => {
      log.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      await this.run();
    } finally {
      process.stdout.write = write;
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    const exitCode = Number(process.exitCode ?? 0);
    process.exitCode = undefined;
    const text = log.join('');
    return {
      exitCode,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(this.summaryFile, 'utf8'),
      log: text,
      warnings: commands(text, 'warning'),
      errors: commands(text, 'error'),
      runnerTemp,
    };
  }
}

export function runnerEnv(
  fake: FakeGitHub,
  request: RunRequest,
  files: { eventPath: string; outputFile: string; runnerTemp: string },
): Record<string, string> {
  const pr = request.event === 'pull_request' || request.event === 'pull_request_fork';
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_EVENT_NAME: request.event === 'pull_request_fork' ? 'pull_request' : request.event,
    GITHUB_EVENT_PATH: files.eventPath,
    GITHUB_OUTPUT: files.outputFile,
    GITHUB_RUN_ID: String(request.runId),
    GITHUB_REF: pr ? 'refs/pull/2/merge' : 'refs/heads/master',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_WORKFLOW_REF:
      `${OWNER}/${REPO}/.github/workflows/` +
      `${request.event === 'workflow_run' ? 'rehearse-report.yml' : WORKFLOW}@` +
      `${pr ? 'refs/pull/2/merge' : 'refs/heads/master'}`,
    GITHUB_WORKSPACE: process.cwd(),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.url,
    RUNNER_TEMP: files.runnerTemp,
    ACTIONS_RESULTS_URL: `${fake.url}/`,
    ACTIONS_RUNTIME_TOKEN: fake.artifacts.runtimeToken(request.runId),
  };
}

/** The runner's spelling: `INPUT_` + the name upper-cased, spaces to `_`, hyphens kept. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
}

/** Reads `name<<delimiter\nvalue\ndelimiter` blocks written by core.setOutput. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

function commands(log: string, kind: 'warning' | 'error'): string[] {
  return log
    .split('\n')
    .filter((line) => line.startsWith(`::${kind}`))
    .map((line) => line.slice(line.indexOf('::', 2) + 2));
}
