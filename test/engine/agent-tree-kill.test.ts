/**
 * SIGKILL of a real `rehearse run` process: none of Rehearse's code runs, yet
 * its command agent (which ignores SIGTERM and stdin EOF) and the grandchild
 * it started (sleeping forever, also ignoring SIGTERM) are gone within 2 s.
 * Checked in /proc, so Linux only.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const GONE_WITHIN_MS = 2_000;

const AGENT =
  `import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
process.on('SIGTERM', () => {});
process.stdin.on('end', () => {}); // stdin EOF: ignored, it stays
process.stdin.resume();
const grandchild = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); setInterval(() => {}, ` +
  `1e6)"], { stdio: 'ignore' });
writeFileSync('pids.json', JSON.stringify({ agent: process.pid, grandchild: grandchild.pid }));
setInterval(() => {}, 1e6); // never answers
`;

const SUITE = `version: 1
name: stubborn
agents:
  - { id: stubborn, type: command, command: [node, stubborn.mjs], timeout_ms: 600000 }
personas:
  - { id: p, role: a customer }
scenarios:
  - id: s
    type: scripted
    match: keywords
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: Hi, fixed_message: true }
tests:
  - { id: t, persona: p, scenario: s, baseline_metrics: false, criteria: [{ type: text, contains: hello }] }
run: { concurrency: 1, trial_timeout_ms: 600000 }
`;

/** Alive = listed in /proc and not a zombie (a zombie is dead, only waiting for its parent to read its status). */
function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  try {
    const state = readFileSync(stat, 'utf8').replace(/^.*\) /s, '')[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8')
        .replace(/^.*\) /s, '')
        .split(' ');
      if (Number(fields[1]) === pid) found.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-tree-'));
  await writeFile(join(dir, 'stubborn.mjs'), AGENT);
  await writeFile(join(dir, 'rehearse.yaml'), SUITE);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.runIf(process.platform === 'linux')('agent process trees when Rehearse is SIGKILLed', () => {
  it('the agent, its grandchild and the watchdog are gone within 2 s', async () => {
    const tsx = pathToFileURL(join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;
    const rehearse = spawn(
      process.execPath,
      ['--import', tsx, join(REPO, 'src/cli/index.ts'), 'run', '-c', 'rehearse.yaml'],
      { cwd: dir, stdio: 'ignore' },
    );
    const exited = new Promise<void>((done) => rehearse.on('exit', () => done()));
    const pidsFile = join(dir, 'pids.json');
    const deadline = Date.now() + 20_000;
    while (!existsSync(pidsFile) && Date.now() < deadline) await new Promise((tick) => setTimeout(tick, 20));
    await new Promise((tick) => setTimeout(tick, 100)); // the file is whole
    const { agent, grandchild } = JSON.parse(await readFile(pidsFile, 'utf8')) as { agent: number; grandchild: number };
    // Rehearse's own children: the agent and the watchdog.
    const direct = childrenOf(rehearse.pid as number);
    expect(direct).toContain(agent);
    expect(direct.length).toBeGreaterThanOrEqual(2);
    const tree = [...new Set([...direct, agent, grandchild])];
    for (const pid of tree) expect(alive(pid), `pid ${pid} before the kill`).toBe(true);

    rehearse.kill('SIGKILL');
    await exited;
    const killedAt = Date.now();
    while (tree.some(alive) && Date.now() - killedAt < GONE_WITHIN_MS)
      await new Promise((tick) => setTimeout(tick, 20));
    const left = tree.filter(alive);
    // Never leave them behind, whatever the assertion says.
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect(left, `still running ${Date.now() - killedAt} ms after the kill`).toEqual([]);
  });
});
