/**
 * Do tests made from transcripts generalise? A rule-based agent that words
 * every message at random (several phrasings per intent) is recorded solving
 * five tasks; the recordings, in four formats, become one suite; the suite
 * runs against fresh conversations of the same agent (other seeds, other
 * wordings) and against the agent with a planted fault (it says it acted
 * without calling the tool that acts). Measured, printed, asserted.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { capturedIO } from '../support/cli-io.js';
import { AGENT, asText, record, TASKS, TOOL_NAMES, type ChatMessage } from './corpus/record.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** The recordings of one seed, written as a team would have them: four formats, one of them a τ-bench results file. */
async function writeRecordings(dir: string, seed: number): Promise<string[]> {
  const byTask = new Map<string, ChatMessage[]>();
  for (const task of TASKS) byTask.set(task.id, await record(task, seed));
  const tau = (id: string, taskId: number) => ({
    task_id: taskId,
    reward: 1,
    info: {},
    traj: [{ role: 'system', content: 'You are the support agent of a shop.' }, ...byTask.get(id)!],
    trial: 0,
  });
  await writeFile(join(dir, 'refund.json'), JSON.stringify({ messages: byTask.get('refund') }, null, 2));
  await writeFile(
    join(dir, 'status.jsonl'),
    byTask
      .get('status')!
      .map((m) => JSON.stringify(m))
      .join('\n'),
  );
  await writeFile(join(dir, 'address.txt'), asText(byTask.get('address')!));
  // An unsolved run in the same file is left out, not turned into a requirement.
  const unsolved = { ...tau('cancel', 9), reward: 0 };
  await writeFile(
    join(dir, 'tau-results.json'),
    JSON.stringify([tau('cancel', 3), tau('billing', 4), unsolved], null, 2),
  );
  return ['refund.json', 'status.jsonl', 'address.txt', 'tau-results.json'];
}

interface Tally {
  passed: number;
  total: number;
  failures: string[];
}

async function runSuite(dir: string, seed: number, runs: number, fault: boolean): Promise<Tally> {
  const root = {
    version: 1,
    name: 'from-transcripts',
    include: ['rehearse/shop.yaml'],
    agents: [
      {
        id: 'shop',
        type: 'command',
        command: ['node', AGENT, '--seed', String(seed), ...(fault ? ['--fault'] : [])],
        tools: TOOL_NAMES,
      },
    ],
  };
  await writeFile(join(dir, 'rehearse.yaml'), JSON.stringify(root));
  const out = `results-${seed}-${fault ? 'fault' : 'ok'}.json`;
  await cli(['run', '--runs', String(runs), '--no-confirm', '-o', out], capturedIO(dir));
  const results = JSON.parse(await readFile(join(dir, out), 'utf8')) as {
    trials: { testId: string; index: number; status: string; reason?: string }[];
  };
  const passed = results.trials.filter((t) => t.status === 'pass').length;
  return {
    passed,
    total: results.trials.length,
    failures: results.trials
      .filter((t) => t.status !== 'pass')
      .map((t) => `${t.testId}#${t.index}: ${t.status} ${t.reason ?? ''}`),
  };
}

describe('tests made from transcripts, against other conversations of the same agent', () => {
  it('pass ≥ 80% of fresh conversations that solve the task, and fail the agent with a planted fault', async () => {
    const fresh: Tally = { passed: 0, total: 0, failures: [] };
    const faulty: Tally = { passed: 0, total: 0, failures: [] };
    for (const recordSeed of [1, 2, 3]) {
      const dir = await mkdtemp(join(tmpdir(), 'rehearse-robust-'));
      dirs.push(dir);
      const files = await writeRecordings(dir, recordSeed);
      const write = capturedIO(dir);
      expect(await cli(['scenario', 'from-transcript', ...files, '--id', 'shop'], write)).toBe(0);
      expect(write.text()).toContain('left out');
      for (const [tally, fault, runs] of [
        [fresh, false, 4],
        [faulty, true, 2],
      ] as const) {
        const got = await runSuite(dir, 100 + recordSeed, runs, fault);
        tally.passed += got.passed;
        tally.total += got.total;
        tally.failures.push(...got.failures.map((f) => `recorded with seed ${recordSeed}: ${f}`));
      }
    }
    const freshRate = fresh.passed / fresh.total;
    const faultCaught = (faulty.total - faulty.passed) / faulty.total;
    console.log(
      `from-transcript robustness: ${fresh.passed}/${fresh.total} fresh conversations passed ` +
        `(${(freshRate * 100).toFixed(0)}%); the planted fault failed ` +
        `${faulty.total - faulty.passed}/${faulty.total} ` +
        `(${(faultCaught * 100).toFixed(0)}%)\n` +
        (fresh.failures.length > 0 ? `fresh failures:\n  ${fresh.failures.join('\n  ')}\n` : '') +
        (faulty.passed > 0 ? `faulty passes: ${faulty.passed}\n` : ''),
    );
    expect(fresh.total).toBe(3 * 5 * 4);
    expect(freshRate).toBeGreaterThanOrEqual(0.8);
    expect(faultCaught).toBeGreaterThanOrEqual(0.8);
  }, 240_000);
});
