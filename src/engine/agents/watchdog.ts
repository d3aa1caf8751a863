/**
 * Command agents must not outlive Rehearse, even when Rehearse is SIGKILLed
 * or OOM-killed and none of its own code runs. Linux's PDEATHSIG is not
 * reachable from Node, so a tiny watchdog process does it: it reads the
 * process groups of live agents from a pipe, and when that pipe reaches EOF
 * (Rehearse is gone: the kernel closes its end whatever the cause) it
 * SIGKILLs every group still listed, then exits.
 *
 * One watchdog per Rehearse process, started before the first command agent
 * is spawned, in its own process group (a terminal Ctrl-C does not reach it),
 * and unreferenced so it never keeps Rehearse alive. Inline source (`node -e`),
 * so the bundled action needs no extra file.
 *
 * On Linux it then also ends every process carrying this Rehearse process's
 * agent mark (process-group.ts): an agent spawned but not yet listed when the
 * kill landed, and processes that left their group (`setsid`). It looks a few
 * times over a second, so an agent caught between fork and exec is found once
 * it has exec'd.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const WATCHDOG_SOURCE = `// rehearse-agent-watchdog
const groups = new Set();
let pending = '';
process.on('SIGINT', () => {});
process.on('SIGHUP', () => {});
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  for (let end = pending.indexOf('\\n'); end >= 0; end = pending.indexOf('\\n')) {
    const line = pending.slice(0, end);
    pending = pending.slice(end + 1);
    const pid = Number(line.slice(1));
    if (!Number.isInteger(pid) || pid <= 1) continue;
    if (line[0] === '+') groups.add(pid);
    else groups.delete(pid);
  }
});
const fs = require('node:fs');
const token = process.argv[1] || '';
const kill = (pid) => { try { process.kill(pid, 'SIGKILL'); } catch {} };
const sweepMarked = () => {
  if (process.platform !== 'linux' || !token) return;
  let names = [];
  try { names = fs.readdirSync('/proc'); } catch { return; }
  for (const name of names) {
    if (!/^\\d+$/.test(name)) continue;
    try {
      const environ = fs.readFileSync('/proc/' + name + '/environ', 'utf8');
      if (!environ.split('\\0').some((entry) => entry.startsWith('REHEARSE_AGENT_MARK=' + token + '.'))) continue;
      const pgid = Number(fs.readFileSync('/proc/' + name + '/stat', 'utf8').replace(/^.*\\) /s, '').split(' ')[2]);
      if (pgid === Number(name)) kill(-pgid);
      kill(Number(name));
    } catch {}
  }
};
let ending = false;
const killAll = () => {
  if (ending) return;
  ending = true;
  for (const pid of groups) kill(-pid);
  sweepMarked();
  let sweeps = 0;
  const again = setInterval(() => {
    sweepMarked();
    if (++sweeps >= 5) process.exit(0);
  }, 200);
  setTimeout(() => process.exit(0), 1500);
};
process.stdin.on('end', killAll);
process.stdin.on('error', killAll);
`;

let watchdog: ChildProcess | undefined;
let unavailable = false;

/** Starts the watchdog (once); `token` is the agent mark's prefix it sweeps for (process-group.ts). */
export function ensureWatchdog(token = ''): ChildProcess | undefined {
  if (watchdog || unavailable) return watchdog;
  try {
    const child = spawn(process.execPath, ['-e', WATCHDOG_SOURCE, token], {
      stdio: ['pipe', 'ignore', 'ignore'],
      detached: true,
      env: {},
    });
    child.once('error', () => {
      // Without it agents still end with Rehearse on every path where Rehearse runs code (command.ts): only a hard kill
      // escapes.
      unavailable = true;
      watchdog = undefined;
    });
    child.stdin?.on('error', () => undefined);
    child.unref();
    (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    watchdog = child;
  } catch {
    unavailable = true;
  }
  return watchdog;
}

/** The agent's process group dies with Rehearse, however Rehearse ends. */
export function guardProcessGroup(pgid: number): void {
  ensureWatchdog()?.stdin?.write(`+${pgid}\n`);
}

/** The group was stopped by Rehearse itself: the watchdog forgets it (its id may be reused). */
export function releaseProcessGroup(pgid: number): void {
  watchdog?.stdin?.write(`-${pgid}\n`);
}
