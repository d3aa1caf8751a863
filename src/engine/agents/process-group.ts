/**
 * Starting and ending a command agent's processes so that none outlives the
 * run (docs/agents.md#processes says what can and cannot be reached).
 *
 * - The agent starts in its own process group and session (`detached`), and
 *   the watchdog (watchdog.ts) is running before it is spawned.
 * - Every agent process carries a mark in its environment (AGENT_MARK), with
 *   this Rehearse process's token and the agent's number. Processes inherit
 *   it, also those that leave the group with `setsid` or double-fork away from
 *   their parent, so on Linux they are found in /proc and ended: when the
 *   agent is stopped (its mark), and by the watchdog when Rehearse is killed
 *   (the token), which also covers a SIGKILL landing between the spawn and the
 *   moment the agent's group was handed to the watchdog.
 * - Descendants by parent pid are found too (a child that cleared its
 *   environment but still has its parent), walked before anything is killed.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { ensureWatchdog, guardProcessGroup, releaseProcessGroup } from './watchdog.js';

/** The environment variable that marks an agent's processes: `<token>.<agent number>`. */
export const AGENT_MARK = 'REHEARSE_AGENT_MARK';
/** This Rehearse process's token: its pid and a random part (pids are reused). */
export const RUN_TOKEN = `${process.pid}-${randomBytes(6).toString('hex')}`;

let agentCount = 0;

export interface AgentChild {
  readonly child: ChildProcess;
  /** The value of AGENT_MARK in its environment. */
  readonly mark: string;
}

/**
 * Spawns an agent in its own process group, with its mark, and hands the group to the watchdog (started first, so
 * a kill right after the spawn still finds the agent by its mark).
 */
export function spawnAgent(
  executable: string,
  args: readonly string[],
  options: Omit<SpawnOptions, 'detached' | 'env'> & { env: NodeJS.ProcessEnv },
): AgentChild {
  ensureWatchdog(RUN_TOKEN);
  const mark = `${RUN_TOKEN}.${++agentCount}`;
  const child = spawn(executable, args, {
    ...options,
    env: { ...options.env, [AGENT_MARK]: mark },
    // Its own process group: terminal signals reach Rehearse only, and the group can be killed as a whole.
    detached: true,
  });
  if (child.pid !== undefined) {
    liveGroups.add(child.pid);
    guardProcessGroup(child.pid);
  }
  return { child, mark };
}

/** The group is stopped: no longer killed at exit nor by the watchdog (its id may be reused). */
export function forgetGroup(pgid: number): void {
  liveGroups.delete(pgid);
  releaseProcessGroup(pgid);
}

/**
 * Process groups of agents started and not yet stopped: killed if Rehearse exits first, whatever the path
 * (process.exit, an uncaught error).
 */
const liveGroups = new Set<number>();
process.once('exit', () => {
  for (const pid of liveGroups) signalGroup(pid, 'SIGKILL');
  if (agentCount > 0) for (const pid of markedProcesses(`${RUN_TOKEN}.`)) signalProcess(pid, 'SIGKILL');
});

/** false when the group is empty (or gone). */
export function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

export function signalProcess(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Linux: the processes of an agent outside its own group — those carrying its mark, and the descendants of its
 * leader by parent pid — found in /proc. Empty elsewhere: there only the group is reached.
 */
export function escapedProcesses(leader: number, mark: string): number[] {
  const table = processTable();
  const found = new Set<number>();
  for (const entry of table) if (entry.mark === mark) found.add(entry.pid);
  // Descendants by parent pid, level by level.
  let frontier = [leader, ...found];
  const seen = new Set(frontier);
  while (frontier.length > 0) {
    const parents = new Set(frontier);
    frontier = [];
    for (const entry of table) {
      if (parents.has(entry.ppid) && !seen.has(entry.pid)) {
        seen.add(entry.pid);
        found.add(entry.pid);
        frontier.push(entry.pid);
      }
    }
  }
  found.delete(leader);
  return [...found].filter((pid) => table.find((entry) => entry.pid === pid)?.pgid !== leader);
}

/** Linux: every live process whose mark starts with `prefix`. */
export function markedProcesses(prefix: string): number[] {
  return processTable()
    .filter((entry) => entry.mark?.startsWith(prefix))
    .map((entry) => entry.pid);
}

interface ProcessEntry {
  readonly pid: number;
  readonly ppid: number;
  readonly pgid: number;
  readonly mark: string | undefined;
}

/** Linux /proc, read once: pid, parent, group and mark of every live process we may read. Empty elsewhere. */
function processTable(): ProcessEntry[] {
  if (process.platform !== 'linux') return [];
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const entries: ProcessEntry[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command name (which may hold spaces and parentheses): state, ppid, pgrp, …
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8')
        .replace(/^.*\) /s, '')
        .split(' ');
      if (fields[0] === 'Z' || fields[0] === 'X') continue;
      entries.push({ pid: Number(name), ppid: Number(fields[1]), pgid: Number(fields[2]), mark: markOf(name) });
    } catch {
      // gone meanwhile
    }
  }
  return entries;
}

function markOf(pid: string): string | undefined {
  try {
    const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
    const at = environ.indexOf(`${AGENT_MARK}=`);
    if (at < 0 || (at > 0 && environ[at - 1] !== '\0')) return undefined;
    const end = environ.indexOf('\0', at);
    return environ.slice(at + AGENT_MARK.length + 1, end < 0 ? undefined : end);
  } catch {
    return undefined; // another user's process, or gone
  }
}
