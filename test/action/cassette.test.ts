/**
 * The action's cassette inputs and `mode: rejudge`, end to end against the
 * fake GitHub: a run recorded, replayed with the agent broken (the cassette
 * answers, the agent is not started), and its results judged again.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readResults } from '../../src/results/index.js';
import { ActionHarness } from './harness.js';

let harness: ActionHarness;
let dir: string;

beforeAll(async () => {
  harness = await ActionHarness.start();
  dir = await mkdtemp(path.join(tmpdir(), 'rehearse-action-cassette-'));
});
afterEach(() => {
  const problems = [...harness.fake.problems];
  harness.fake.reset();
  expect(problems).toEqual([]);
});
afterAll(async () => {
  await harness.fake.close();
  await rm(dir, { recursive: true, force: true });
});

const quiet = { comment: 'off', 'check-run': 'false', previous: 'none' };

describe('the action with a cassette', () => {
  it('records, then replays with the agent broken; mode rejudge judges the stored transcripts again', async () => {
    const cassette = path.join(dir, 'calls.jsonl');
    const recorded = await harness.runAction({
      event: 'pull_request',
      runId: 801,
      inputs: { ...quiet, cassette, 'cassette-mode': 'record' },
    });
    expect(recorded.outputs).toMatchObject({ verdict: 'pass', passed: '3' });
    const lines = (await readFile(cassette, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => (JSON.parse(line) as { kind: string }).kind === 'command-agent')).toBe(true);

    // A broken agent would fail every item: the replay never asks it.
    const replayed = await harness.runAction({
      event: 'pull_request',
      runId: 802,
      inputs: { ...quiet, cassette },
      env: { REHEARSE_FAKE_AGENT: 'broken' },
    });
    delete process.env['REHEARSE_FAKE_AGENT'];
    expect(replayed.errors).toEqual([]);
    expect(replayed.outputs).toMatchObject({ verdict: 'pass', passed: '3' });
    const replayedResults = await readResults(replayed.outputs['results-path']!);
    expect(replayedResults.cassette).toMatchObject({ mode: 'replay', replayed: 3 });

    const original = await readResults(recorded.outputs['results-path']!);
    const copy = path.join(dir, 'original.json');
    await copyFile(recorded.outputs['results-path']!, copy);
    const rejudged = await harness.runAction({
      event: 'pull_request',
      runId: 803,
      inputs: { ...quiet, mode: 'rejudge', results: copy },
    });
    expect(rejudged.log).toContain(`Re-judging 3 trials of ${original.runId}`);
    const results = await readResults(rejudged.outputs['results-path']!);
    expect(results.rejudgedFrom).toBe(original.runId);
    expect(results.trials.map((trial) => trial.status)).toEqual(original.trials.map((trial) => trial.status));
  });

  it('a strict replay that lacks a call fails the run with an error naming it', async () => {
    const empty = path.join(dir, 'empty.jsonl');
    await writeFile(empty, '');
    const run = await harness.runAction({ event: 'pull_request', runId: 804, inputs: { ...quiet, cassette: empty } });
    expect(run.outputs['verdict']).toBe('fail');
    const misses = run.errors.filter((error) => error.startsWith('Rehearse replay: '));
    expect(misses).toHaveLength(3);
    expect(misses[0]).toMatch(
      /^Rehearse replay: test \S+, trial \S+#0, turn 1, command-agent call #1 \(echo\): no recorded call in \S*empty\.jsonl, and none of this kind/,
    );
  });
});
