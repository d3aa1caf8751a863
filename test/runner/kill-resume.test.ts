/**
 * A real `rehearse run` process SIGKILLed at a random (seeded) moment against
 * the fake endpoint: the journal holds every trial that finished (each line
 * whole), only trials in flight are lost, and `--resume <run id>` completes
 * the run with the same trials as an uninterrupted one, re-running only what
 * the journal lacks.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/model/results.js';
import { readResults } from '../../src/results/index.js';
import { readJournal } from '../../src/results/journal.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { seededRandom } from '../support/seeded-random.js';

const REPO = resolve(import.meta.dirname, '../..');
const TESTS = 8;
const RUNS = 4;
const TRIALS = TESTS * RUNS;
const CONCURRENCY = 2;
/** The runner keeps up to 8 trials per call slot in flight (TRIALS_PER_CALL_SLOT). */
const MAX_IN_FLIGHT = 8 * CONCURRENCY;

function suiteYaml(baseURL: string): string {
  const tests = Array.from(
    { length: TESTS },
    (_, i) => `  - { id: t${i}, persona: p, scenario: s${i}, runs: ${RUNS} }`,
  ).join('\n');
  const scenarios = Array.from(
    { length: TESTS },
    (_, i) =>
      `  - id: s${i}
    type: scripted
    match: keywords
    expected_outcome: The agent says it is done.
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: "case ${i}", fixed_message: true }
        - { id: 1, condition: The agent answers, keywords: [done, working], action: "Thanks <endcall/>", ` +
      `fixed_message: true }`,
  );
  return `version: 1
name: kill-resume
judge: { model: judge-model, base_url: "${baseURL}" }
agents:
  - { id: bot, type: openai, model: agent-model, base_url: "${baseURL}", system_prompt: You help. }
personas:
  - { id: p, role: a customer }
scenarios:
${scenarios.join('\n')}
tests:
${tests}
run: { concurrency: ${CONCURRENCY}, retries: 0 }
`;
}

let server: FakeOpenAI;
let dir: string;

beforeAll(async () => {
  server = await startFakeOpenAI({
    latencyMs: 25,
    respond: (request) => {
      const opening = request.messages.find((message) => message.role === 'user')?.content ?? '';
      const test = Number(opening.replace('case ', ''));
      if (request.model === 'judge-model') {
        const met = test % 3 !== 0;
        return {
          content: JSON.stringify({
            parts: [{ part: 'done', met, evidence: '' }],
            verdict: met ? 'pass' : 'fail',
            reason: met ? 'done' : 'not done',
          }),
        };
      }
      return { content: test % 3 === 0 ? 'Still working.' : 'All done.' };
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'rehearse-kill-'));
  await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(server.baseURL));
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

function spawnRun(args: string[]) {
  const tsx = pathToFileURL(join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;
  return spawn(process.execPath, ['--import', tsx, join(REPO, 'src/cli/index.ts'), 'run', ...args], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function runToEnd(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnRun(args);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('exit', (exit) => done(exit)));
  return { code, stdout, stderr };
}

const journalLines = async (path: string): Promise<number> =>
  existsSync(path) ? (await readFile(path, 'utf8')).split('\n').length - 2 : 0;
const openingCalls = (from: number) =>
  server.requests.slice(from).filter((request) => request.model === 'agent-model').length;
const trialSet = (results: Results) => results.trials.map((trial) => `${trial.id}:${trial.status}`).sort();

/** Starts `rehearse run`, SIGKILLs it `extraMs` after its journal holds `trials` trials, and says which run it was. */
async function killWhenJournaled(
  args: string[],
  at: { trials: number; extraMs: number },
): Promise<{ runId: string; journalPath: string }> {
  const child = spawnRun(args);
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.resume();
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const runId = await new Promise<string>((found, fail) => {
    const timer = setInterval(() => {
      const match = / as (\S+) \(concurrency/.exec(stdout);
      if (match) {
        clearInterval(timer);
        found(match[1] as string);
      }
    }, 10);
    void exited.then(() => fail(new Error(`the run ended before printing its id: ${stdout}`)));
  });
  const journalPath = join(dir, '.rehearse/runs', `${runId}.journal.jsonl`);
  while ((await journalLines(journalPath)) < at.trials) await new Promise((tick) => setTimeout(tick, 5));
  await new Promise((tick) => setTimeout(tick, at.extraMs));
  child.kill('SIGKILL');
  await exited;
  return { runId, journalPath };
}

describe('SIGKILL of `rehearse run` at a random moment, then --resume', () => {
  it('loses only trials in flight, and resuming ends with the trials of an uninterrupted run', async () => {
    const reference = await runToEnd(['-c', 'rehearse.yaml', '-o', 'reference.json']);
    expect(reference.code, reference.stdout).not.toBeNull();
    const expected = await readResults(join(dir, 'reference.json'));
    expect(expected.trials).toHaveLength(TRIALS);
    const callsPerTrial = server.requests.length / TRIALS;
    expect(Number.isInteger(callsPerTrial)).toBe(true);

    const random = seededRandom(2026);
    const killAfterTrials = 1 + Math.floor(random() * (TRIALS / 2));
    const extraMs = Math.floor(random() * 60);
    const before = server.requests.length;
    const { runId, journalPath } = await killWhenJournaled(['-c', 'rehearse.yaml', '-o', 'resumed.json'], {
      trials: killAfterTrials,
      extraMs,
    });
    const startedBeforeKill = openingCalls(before);

    const journal = await readJournal(journalPath);
    const journaled = journal.trials.size;
    expect(journaled).toBeGreaterThanOrEqual(killAfterTrials);
    expect(journaled).toBeLessThan(TRIALS); // killed mid-run, not after
    expect(existsSync(join(dir, 'resumed.json'))).toBe(false); // no results file: only the journal survived
    // Lost = started but not journaled: at most the trials that were in flight.
    expect(startedBeforeKill - journaled).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    for (const trial of journal.trials.values()) expect(['pass', 'fail']).toContain(trial.status);

    const beforeResume = server.requests.length;
    const resumed = await runToEnd(['--resume', runId]);
    expect(resumed.stdout).toContain(`Resuming: ${journaled} trial`);
    const results = await readResults(join(dir, 'resumed.json'));
    expect(results.runId).toBe(runId);
    expect(results.status).toBe('completed');
    expect(trialSet(results)).toEqual(trialSet(expected));
    expect(results.tests.map((test) => [test.key, test.verdict])).toEqual(
      expected.tests.map((test) => [test.key, test.verdict]),
    );
    // Only the trials missing from the journal ran again.
    expect(server.requests.length - beforeResume).toBe((TRIALS - journaled) * callsPerTrial);
    expect(existsSync(journalPath)).toBe(false); // spent once the completed results are written
  });

  it('a cassette being recorded keeps every call of the killed run: resumed, it replays the whole run', async () => {
    const { runId } = await killWhenJournaled(
      ['-c', 'rehearse.yaml', '-o', 'recorded.json', '--record', 'calls.jsonl'],
      { trials: TRIALS / 4, extraMs: 0 },
    );
    const log = join(dir, 'calls.jsonl.partial');
    expect(existsSync(join(dir, 'calls.jsonl'))).toBe(false); // the cassette itself is written at the end
    const logged = (await readFile(log, 'utf8')).split('\n').filter(Boolean).length;
    expect(logged).toBeGreaterThan(0);

    const resumed = await runToEnd(['--resume', runId]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(existsSync(log)).toBe(false); // spent once the cassette is written
    const before = server.requests.length;
    const replayed = await runToEnd(['-c', 'rehearse.yaml', '-o', 'replayed.json', '--replay', 'calls.jsonl']);
    expect(replayed.stderr).not.toContain('replay:'); // strict: no call is missing
    expect(server.requests.length).toBe(before); // every call came from the cassette
    const recorded = await readResults(join(dir, 'recorded.json'));
    expect(trialSet(await readResults(join(dir, 'replayed.json')))).toEqual(trialSet(recorded));
  });

  it('--resume of an unknown run says where it looked', async () => {
    const { code, stdout, stderr } = await runToEnd(['--resume', 'no-such-run']);
    expect(code).not.toBe(0);
    expect(stderr).toContain(join('.rehearse/runs', 'no-such-run.journal.jsonl'));
    expect(stdout).not.toContain('Running');
  });
});
