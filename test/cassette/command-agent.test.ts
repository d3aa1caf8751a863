/**
 * Command agents on a cassette: the demo suite (two command agents, mock
 * tools, scripted scenarios) recorded, then replayed with the agent's script
 * gone: a replayed command agent is answered from the cassette, never spawned.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { readResults } from '../../src/results/index.js';
import { captureIO } from './support.js';

const DEMO = resolve(import.meta.dirname, '../../fixtures/demo');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-cassette-command-'));
  await cp(DEMO, dir, { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('replays command agent turns without starting the agent', async () => {
  await cli(['run', '--tags', 'smoke', '--record', 'demo.jsonl', '-o', 'recorded.json'], captureIO(dir, {}));
  const recorded = await readResults(join(dir, 'recorded.json'));
  const lines = (await readFile(join(dir, 'demo.jsonl'), 'utf8')).trimEnd().split('\n');
  expect(lines.every((line) => (JSON.parse(line) as { kind: string }).kind === 'command-agent')).toBe(true);
  expect(lines.some((line) => line.includes('"session_id":"<session>"'))).toBe(true);

  // The same run recorded twice gives the same file: no timestamps, no machine-specific paths.
  await cli(['run', '--tags', 'smoke', '--record', 'again.jsonl', '-o', 'again.json'], captureIO(dir, {}));
  expect(await readFile(join(dir, 'again.jsonl'), 'utf8')).toBe(await readFile(join(dir, 'demo.jsonl'), 'utf8'));

  await rm(join(dir, 'agent'), { recursive: true });
  const io = captureIO(dir, {});
  await cli(['run', '--tags', 'smoke', '--replay', 'demo.jsonl', '-o', 'replayed.json'], io);
  expect(io.err()).not.toContain('replay:');
  const replayed = await readResults(join(dir, 'replayed.json'));
  const said = (results: typeof recorded) =>
    results.trials.map((trial) => [
      trial.id,
      trial.status,
      trial.transcript.filter((e) => e.type !== 'llm_call').map((e) => ('content' in e ? e.content : e.type)),
    ]);
  expect(said(replayed)).toEqual(said(recorded));
  expect(replayed.cassette?.replayed).toBe(lines.length);
});
