/**
 * Re-judging stored transcripts after a threshold change: the verdicts
 * change; deterministic criteria make no LLM call, LLM-judged ones call the
 * judge only (counted at the fake server). Then rerun, delete and prune on
 * the runs folder.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import type { Results } from '../../src/model/results.js';
import { readResults, writeResults } from '../../src/results/index.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { captureIO, KEY, responder, writeSuite } from './support.js';

let dir: string;
let server: FakeOpenAI;
let original: Results;
const env = { OPENAI_API_KEY: KEY };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-rejudge-'));
  server = await startFakeOpenAI({ respond: responder() });
  await writeSuite(dir, server.baseURL);
  await cli(
    ['run', '--runs', '3', '--tags', 'x,y', '--concurrency', '2', '--budget', '5', '-o', 'original.json'],
    captureIO(dir, env),
  );
  original = await readResults(join(dir, 'original.json'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('rehearse rejudge', () => {
  it('a deterministic threshold change changes the verdicts without any LLM call', async () => {
    expect(original.tests[0]!.verdict).toBe('pass');
    await writeSuite(dir, server.baseURL, { turnsMax: 1, noJudge: true });
    const before = server.requests.length;
    const io = captureIO(dir, env);
    expect(await cli(['rejudge', 'original.json', '-o', 'strict.json'], io)).toBe(1);
    expect(server.requests.length).toBe(before);
    const rejudged = await readResults(join(dir, 'strict.json'));
    expect(rejudged.rejudgedFrom).toBe(original.runId);
    expect(rejudged.runId).not.toBe(original.runId);
    expect(rejudged.trials.map((trial) => trial.status)).toEqual(['fail', 'fail', 'fail']);
    expect(rejudged.trials[0]!.metrics.find((metric) => metric.type === 'turns')).toMatchObject({ passed: false });
    expect(rejudged.tests[0]!.verdict).toBe('fail');
    // The conversations are the stored ones, without the old judge's calls.
    const said = (results: Results) =>
      results.trials.map((trial) =>
        trial.transcript.filter((e) => e.type === 'user_message' || e.type === 'agent_message'),
      );
    expect(said(rejudged)).toEqual(said(original));
    expect(rejudged.trials[0]!.transcript.some((e) => e.type === 'llm_call' && e.role === 'judge')).toBe(false);
  });

  it('an LLM-judged threshold change calls only the judge, once per trial', async () => {
    await writeSuite(dir, server.baseURL, { outcomeThreshold: 0.9 });
    const before = server.requests.length;
    const io = captureIO(dir, env);
    await cli(['rejudge', 'original.json', '-o', 'llm.json'], io);
    const calls = server.requests.slice(before).map((request) => request.model);
    expect(calls).toEqual(['judge-model', 'judge-model', 'judge-model']);
    const rejudged = await readResults(join(dir, 'llm.json'));
    expect(rejudged.trials.map((trial) => trial.status)).toEqual(['fail', 'fail', 'fail']);
    expect(rejudged.trials[0]!.metrics.find((metric) => metric.type === 'expected_outcome')).toMatchObject({
      score: 0.5,
      threshold: 0.9,
      passed: false,
    });
    await writeSuite(dir, server.baseURL);
  });
});

describe('rehearse rerun and runs housekeeping', () => {
  it('results record the plan options; rerun runs the same plan again', async () => {
    expect(original.plan).toEqual({ runs: 3, tags: ['x', 'y'], concurrency: 2, budgetUsd: 5 });
    const first = captureIO(dir, env);
    await cli(['run', '--runs', '2', '--test', 'order-status', '-o', 'two.json'], first);
    const two = await readResults(join(dir, 'two.json'));
    expect(two.plan).toEqual({ runs: 2, tests: ['order-status'] });
    const io = captureIO(dir, env);
    expect(await cli(['rerun', two.runId, '-o', 'again.json'], io)).toBe(0);
    expect(io.out()).toContain(`Rerunning ${two.runId}: rehearse run -c rehearse.yaml --test order-status --runs 2`);
    const again = await readResults(join(dir, 'again.json'));
    expect(again.runId).not.toBe(two.runId);
    expect(again.plan).toEqual(two.plan);
    expect(again.trials.map((trial) => trial.id)).toEqual(two.trials.map((trial) => trial.id));
  });

  it(
    'lists gate, stop reason and shard; deletes by id; prunes by count and age, with a dry ' + 'run and --yes',
    async () => {
      const runsDir = join(dir, 'store');
      const base = original;
      const stored = async (runId: string, startedAt: string, extra: Partial<Results> = {}) =>
        writeResults(join(runsDir, `${runId}.json`), { ...base, runId, startedAt, finishedAt: startedAt, ...extra });
      await stored('RH-old-1', '2026-01-01T10:00:00.000Z', { shard: { index: 1, total: 2 } });
      // A run the budget stopped was judged as such: its recorded gate failed.
      const stoppedGate = { ...base.gate!, passed: false, summary: '❌ the run stopped early (budget)' };
      await stored('RH-old-2', '2026-01-02T10:00:00.000Z', {
        status: 'stopped',
        stopReason: 'budget',
        gate: stoppedGate,
      });
      await stored('RH-new-1', new Date(Date.now() - 3_600_000).toISOString());
      await stored('RH-new-2', new Date(Date.now() - 60_000).toISOString());
      const files = async () => (await readdir(runsDir)).sort();

      const list = captureIO(dir, env);
      await cli(['runs', '--dir', 'store'], list);
      expect(list.out()).toMatch(/RUN ID .*STATUS +STOP +SHARD +GATE/);
      expect(list.out()).toMatch(/RH-old-2 .* stopped +budget +fail/);
      expect(list.out()).toMatch(/RH-old-1 .* completed +1\/2 +pass/);

      const dry = captureIO(dir, env);
      expect(await cli(['runs', '--dir', 'store', '--prune', '--older-than', '30d', '--dry-run'], dry)).toBe(0);
      expect(dry.out()).toContain('Would delete 2 runs');
      expect(await files()).toHaveLength(4);

      const unconfirmed = captureIO(dir, env);
      expect(await cli(['runs', '--dir', 'store', '--delete', 'RH-new-1'], unconfirmed)).toBe(1);
      expect(unconfirmed.err()).toContain('pass --yes');
      expect(await files()).toHaveLength(4);

      expect(await cli(['runs', '--dir', 'store', '--delete', 'RH-new-1', '--yes'], captureIO(dir, env))).toBe(0);
      expect(await files()).toEqual(['RH-new-2.json', 'RH-old-1.json', 'RH-old-2.json']);

      expect(await cli(['runs', '--dir', 'store', '--prune', '--keep', '2', '--yes'], captureIO(dir, env))).toBe(0);
      expect(await files()).toEqual(['RH-new-2.json', 'RH-old-2.json']);

      expect(
        await cli(['runs', '--dir', 'store', '--prune', '--older-than', '30d', '--yes'], captureIO(dir, env)),
      ).toBe(0);
      expect(await files()).toEqual(['RH-new-2.json']);

      const bad = captureIO(dir, env);
      expect(await cli(['runs', '--prune', '--older-than', 'a month'], bad)).toBe(2);
      expect(bad.err()).toContain('--older-than: expected an age like 30d');
    },
  );
});
