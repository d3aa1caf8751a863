/**
 * No agent outlives a run (Linux, checked in /proc):
 * - 12 SIGKILLs of a real `rehearse run` aimed right after its agent process
 *   appears (before or just after exec, before the agent did anything) leave
 *   no agent process, nor any child it started, `setsid` ones included;
 * - after a normal run, a child the agent moved into its own session
 *   (`setsid`, out of the agent's process group) is gone too.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const KILLS = 12;
const GONE_WITHIN_MS = 2_500;

/** Starts a grandchild in its own session (setsid) at once, then answers every message. */
const AGENT = `import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
const escaped = spawn('setsid', [process.execPath, '-e', 'setInterval(() => {}, 1e6)'], { stdio: 'ignore' });
writeFileSync('pids-' + process.pid + '.json', JSON.stringify({ agent: process.pid, escaped: escaped.pid }));
let pending = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  for (let end = pending.indexOf('\\n'); end >= 0; end = pending.indexOf('\\n')) {
    pending = pending.slice(end + 1);
    process.stdout.write(JSON.stringify({ reply: 'hello' }) + '\\n');
  }
});
`;

const SUITE = `version: 1
name: spawn-kill
agents:
  - { id: escaper, type: command, command: [node, escaper-agent.mjs], timeout_ms: 600000 }
personas:
  - { id: p, role: a customer }
scenarios:
  - id: s
    type: scripted
    match: keywords
    max_turns: 1
    conditional_actions:
      role: You are a customer.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: Hi, fixed_message: true }
tests:
  - { id: t, persona: p, scenario: s, runs: 2, baseline_metrics: false, criteria: [{ type: text, contains: hello }] }
run: { concurrency: 1, trial_timeout_ms: 600000 }
`;

function stat(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  const state = stat(pid)?.[0];
  return state !== undefined && state !== 'Z' && state !== 'X';
}

/** Live processes started by a `rehearse run` in `dir`: the agent's script in their command line, or its mark. */
function agentProcesses(dir: string, rehearsePid: number): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || !alive(Number(name))) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      const environ = readFileSync(`/proc/${name}/environ`, 'utf8');
      if (cmdline.includes('escaper-agent.mjs') && environ.includes(`PWD=${dir}`)) found.push(Number(name));
      else if (environ.includes(`REHEARSE_AGENT_MARK=${rehearsePid}-`)) found.push(Number(name));
    } catch {
      // gone, or not ours
    }
  }
  return found;
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function isWatchdog(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('rehearse-agent-watchdog');
  } catch {
    return false;
  }
}

function startRehearse(dir: string) {
  const tsx = pathToFileURL(join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(
    process.execPath,
    ['--import', tsx, join(REPO, 'src/cli/index.ts'), 'run', '-c', 'rehearse.yaml', '-o', 'results.json'],
    { cwd: dir, stdio: 'ignore', env: { ...process.env, PWD: dir } },
  );
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, exited };
}

async function untilGone(dir: string, rehearsePid: number): Promise<number[]> {
  const since = Date.now();
  let left = agentProcesses(dir, rehearsePid);
  while (left.length > 0 && Date.now() - since < GONE_WITHIN_MS) {
    await new Promise((tick) => setTimeout(tick, 50));
    left = agentProcesses(dir, rehearsePid);
  }
  return left;
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rehearse-spawn-kill-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function suiteDir(name: string): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir);
  await writeFile(join(dir, 'escaper-agent.mjs'), AGENT);
  await writeFile(join(dir, 'rehearse.yaml'), SUITE);
  return dir;
}

/** Whatever the assertions say, nothing this test started is left running. */
async function reap(dir: string, rehearsePid: number): Promise<void> {
  const strays = new Set(agentProcesses(dir, rehearsePid));
  for (const name of readdirSync(dir).filter((file) => file.startsWith('pids-'))) {
    const pids = JSON.parse(await readFile(join(dir, name), 'utf8')) as { agent: number; escaped: number };
    for (const pid of [pids.agent, pids.escaped]) if (alive(pid)) strays.add(pid);
  }
  for (const pid of strays) process.kill(pid, 'SIGKILL');
}

/** One SIGKILL aimed right after the agent appears; what is left of the agents after GONE_WITHIN_MS. */
async function killRightAfterSpawn(dir: string, extraSpins: number): Promise<number[]> {
  const { child, exited } = startRehearse(dir);
  const pid = child.pid as number;
  // Spin until a child other than the watchdog exists (the agent, forked, maybe not yet exec'd), then kill at once —
  // or a few spins later, so the kills land across the window right after the spawn.
  let spins = -1;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const agent = childrenOf(pid).some((c) => !isWatchdog(c));
    if (agent && ++spins >= extraSpins) break;
    if (!agent) await new Promise((tick) => setImmediate(tick));
  }
  if (Date.now() >= deadline) throw new Error('no agent process appeared');
  child.kill('SIGKILL');
  await exited;
  const left = await untilGone(dir, pid);
  await reap(dir, pid);
  return left;
}

describe.runIf(process.platform === 'linux')('no agent outlives a run', () => {
  it(`${KILLS} SIGKILLs right after the agent appears leave no agent process`, { timeout: 180_000 }, async () => {
    // Four lanes of three kills each, side by side: each lane its own suite directory.
    const lanes = await Promise.all(
      [0, 1, 2, 3].map(async (lane) => {
        const dir = await suiteDir(`lane-${lane}`);
        const left: string[] = [];
        for (let attempt = 0; attempt < KILLS / 4; attempt++) {
          const survivors = await killRightAfterSpawn(dir, (lane + attempt) % 4);
          if (survivors.length > 0) left.push(`lane ${lane}, attempt ${attempt + 1}: ${survivors.join(', ')}`);
        }
        return left;
      }),
    );
    expect(lanes.flat()).toEqual([]);
  });

  it('after a normal run, a child the agent moved into its own session is gone', { timeout: 60_000 }, async () => {
    const dir = await suiteDir('normal');
    const { child, exited } = startRehearse(dir);
    const code = await exited;
    const pidFiles = readdirSync(dir).filter((name) => name.startsWith('pids-'));
    const escaped: number[] = [];
    for (const name of pidFiles) {
      escaped.push((JSON.parse(await readFile(join(dir, name), 'utf8')) as { escaped: number }).escaped);
    }
    const left = await untilGone(dir, child.pid as number);
    const escapedAlive = escaped.filter(alive);
    await reap(dir, child.pid as number);
    expect(code).toBe(0);
    expect(escaped.length).toBe(2);
    expect(left).toEqual([]);
    expect(escapedAlive).toEqual([]);
  });
});
