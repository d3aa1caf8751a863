/**
 * `command` agents: one process per trial, one JSON line per protocol message
 * on stdin, one JSON line back on stdout. A crash, a non-JSON line, a timeout
 * or an early exit becomes a failed turn, never an exception. A line that
 * answers nothing awaited (a repeated or late answer, junk between turns) is
 * ignored and reported, never taken for the next answer (ignored-lines.ts).
 *
 * The process runs in its own process group (`detached`): a terminal Ctrl-C
 * reaches Rehearse only, which stops its agents itself, and stopping an agent
 * signals the whole group, so a wrapper's children (`bash -c "node agent.mjs"`)
 * go with it; processes that left the group are found as well where the
 * platform allows (process-group.ts). Stopping never waits without a deadline.
 * A watchdog process (watchdog.ts) kills what is left if Rehearse itself is
 * killed.
 */
import { LineSplitter } from '../../util/lines.js';
import type { ChildProcess } from 'node:child_process';
import type { CommandAgent } from '../../suite/schema.js';
import { throughTap } from '../exchange.js';
import { protocolContext, protocolTurn, type Exchange, type ExchangeResult } from './protocol.js';
import type { AgentDeps, AgentSession } from './types.js';
import { escapedProcesses, forgetGroup, signalGroup, signalProcess, spawnAgent } from './process-group.js';
import { parseJsonBounded } from '../../util/bounded.js';
import { echoedTurn, IgnoredLineReport, type AwaitedAnswer, type IgnoredLine } from './ignored-lines.js';

/** How long a process may take to exit after its stdin closes before its group gets SIGTERM. */
const EXIT_GRACE_MS = 500;
/** How long the group gets after SIGTERM before SIGKILL. */
const TERM_GRACE_MS = 500;
/** After SIGKILL: the most we wait for the 'exit' event (a process in uninterruptible sleep can take a moment). */
const KILL_WAIT_MS = 1_000;
/** How often we look whether a signalled group is empty. */
const GROUP_POLL_MS = 20;
/** Stderr shown to explain a crash. */
const STDERR_TAIL_CHARS = 500;
/**
 * Stderr kept to find that explanation in: Node prints the error's own message above its stack trace, which
 * alone can fill the last 500 characters.
 */
const STDERR_KEPT_CHARS = 16_000;
/** Lines that say where, not what: stack frames (Node, Python), Node's caret and version lines. */
const NOT_THE_MESSAGE = [/^\s+at\s/, /^\s+File ".*", line \d+/, /^\s*\^+\s*$/, /^Node\.js v\d/];
/**
 * The line that names the error (`Error: Cannot find module …`, `ModuleNotFoundError: …`): what follows it may be
 * only the error object's fields (`code: 'MODULE_NOT_FOUND'`, `requireStack: []`, `}`), which say little alone.
 */
const ERROR_LINE = /^(?:Uncaught )?(?:[A-Z]\w*)?(?:Error|Exception)\b.*:|^(?:error|fatal|panic)\b/i;
/** Lines of stderr shown from the error's own line on (or at the end, when no line names the error). */
const STDERR_LINES_SHOWN = 3;
/** An error line further from the end than this is an earlier, handled one: the end says what ended the process. */
const ERROR_LINE_REACH = 10;
/** Turns named in a timeout's message when the only answers that came echoed other turns. */
const OTHER_TURNS_NAMED = 5;

export function createCommandAgent(agent: CommandAgent, deps: AgentDeps): AgentSession {
  let process_: AgentProcess | undefined;
  let turnIndex = 0;
  const context = protocolContext(deps.start);
  const ignored = new IgnoredLineReport(agent.id, deps.recorder);
  return {
    async turn(messages, signal) {
      const turn = turnIndex++;
      let round = 0;
      // Started on the first message that goes live: a turn replayed from a cassette spawns nothing.
      const live = (message: Parameters<Exchange>[0], answerFor: AwaitedAnswer, turnSignal: AbortSignal) => {
        process_ ??= new AgentProcess(agent, deps.env, (line) => ignored.add(line));
        return process_.exchange(JSON.stringify(message), answerFor, agent.timeout_ms, turnSignal);
      };
      const exchange: Exchange = (message, turnSignal) => {
        const answerFor = { turn, round: round++ };
        return throughTap(deps.exchanges, { kind: 'command-agent', target: agent.id, body: message }, () =>
          live(message, answerFor, turnSignal),
        );
      };
      const profile = agent.profile_context ? deps.profile : null;
      const outcome = await protocolTurn(
        exchange,
        { maxToolRounds: agent.max_tool_rounds, turn, messages, profile },
        context,
        deps,
        signal,
      );
      if (!outcome.ok) ignored.silence();
      return outcome;
    },
    async close() {
      // Lines written while the process stops are read too; reported after earlier stray lines only (closing()).
      ignored.closing();
      await process_?.stop();
      ignored.finish();
    },
  };
}

type Waiter = (result: ExchangeResult) => void;
type IgnoredLineSink = (ignored: IgnoredLine) => void;

class AgentProcess {
  private readonly child: ChildProcess;
  /** Its AGENT_MARK: how the processes that left its group are found. */
  private readonly mark: string;
  private readonly stdoutLines = new LineSplitter();
  private stderrTail = '';
  private waiter: Waiter | undefined;
  /** The answer the waiter waits for; the last one asked for stays, to say what a later stray line came after. */
  private awaited: AwaitedAnswer | undefined;
  /** The turns echoed by the answers ignored while the current one was awaited: a timeout then says why. */
  private readonly otherTurnsMeanwhile = new Set<number>();
  /**
   * Whether this agent's `turn` echoes the request's, decided by its first answer that has one: an agent that
   * already sent a `turn` of its own (counted from 1, say) before the echo existed keeps having its answers taken.
   */
  private echoesTurns: boolean | undefined;
  private failure: string | undefined;
  private readonly exited: Promise<void>;
  private stopping: Promise<void> | undefined;

  constructor(
    agent: CommandAgent,
    env: AgentDeps['env'],
    private readonly onIgnored: IgnoredLineSink,
  ) {
    const [program, ...args] = agent.command as [string, ...string[]];
    // `node` means the Node running Rehearse, whatever `node` is first on PATH.
    const executable = program === 'node' ? process.execPath : program;
    // Its own process group, its mark, and the watchdog running before it starts (process-group.ts).
    ({ child: this.child, mark: this.mark } = spawnAgent(executable, args, {
      cwd: agent.cwd ?? process.cwd(),
      env: { ...process.env, ...env, ...agent.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    }));
    // 'exit', not 'close': a grandchild holding the pipes open must not keep us waiting.
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdout?.setEncoding('utf8').on('data', (chunk: string) => this.onStdout(chunk));
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_KEPT_CHARS);
    });
    this.child.stdin?.on('error', () => {}); // EPIPE after a crash: reported through 'exit'.
    this.child.once('error', (error) => {
      if (this.child.pid === undefined) this.stopping = Promise.resolve(); // never started: there is nothing to stop
      this.fail(`could not start ${agent.command.join(' ')}: ${error.message}`);
    });
    // 'close' comes after stdout and stderr are drained: a reply written just before exiting still counts.
    this.child.once('close', (code, signal) =>
      this.fail(`the agent process exited (${signal ?? `code ${code}`})${this.stderrSuffix()}`),
    );
  }

  exchange(line: string, awaited: AwaitedAnswer, timeoutMs: number, signal: AbortSignal): Promise<ExchangeResult> {
    if (this.failure) return Promise.resolve({ ok: false, category: 'infrastructure', message: this.failure });
    this.awaited = awaited;
    this.otherTurnsMeanwhile.clear();
    return new Promise<ExchangeResult>((resolve) => {
      const timer = setTimeout(() => {
        const message = `the agent process did not answer within ${timeoutMs} ms${this.otherTurnsNote()}`;
        finish({ ok: false, category: 'timeout', message });
        void this.terminate('the agent process was stopped');
      }, timeoutMs);
      const onAbort = (): void => {
        finish({ ok: false, category: 'cancelled', message: 'cancelled' });
        void this.terminate('the agent process was stopped');
      };
      const finish = (result: ExchangeResult): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.waiter = undefined;
        resolve(result);
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiter = finish;
      this.child.stdin?.write(`${line}\n`);
    });
  }

  /** Closes stdin, gives the process EXIT_GRACE_MS to exit, then stops its whole group. Bounded; safe to call twice. */
  stop(): Promise<void> {
    return this.terminate('the session is closed', EXIT_GRACE_MS);
  }

  /**
   * Ends the process and everything it started: stdin closed, then (after
   * `graceMs`, or at once) SIGTERM to the group, then SIGKILL. Also when the
   * process itself exited: a child it left behind in its group is stopped too.
   */
  private terminate(reason: string, graceMs = 0): Promise<void> {
    this.failure ??= reason;
    this.stopping ??= this.shutDown(graceMs);
    return this.stopping;
  }

  private async shutDown(graceMs: number): Promise<void> {
    const pid = this.child.pid;
    if (pid === undefined) return; // never started
    this.child.stdin?.end();
    if (graceMs > 0) await Promise.race([this.exited, delay(graceMs)]);
    // Found before anything is signalled: once the leader is gone its children have another parent.
    const escaped = escapedProcesses(pid, this.mark);
    for (const stray of escaped) signalProcess(stray, 'SIGTERM');
    if (signalGroup(pid, 'SIGTERM')) await untilGroupGone(pid, this.exited, TERM_GRACE_MS);
    signalGroup(pid, 'SIGKILL');
    // Again after the group is gone: a process that left it meanwhile (setsid after the first look).
    for (const stray of new Set([...escaped, ...escapedProcesses(pid, this.mark)])) signalProcess(stray, 'SIGKILL');
    await Promise.race([this.exited, delay(KILL_WAIT_MS)]);
    forgetGroup(pid);
    // A process that escaped the group (setsid) may still hold the pipes: they are not ours to wait for.
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
    this.child.stdin?.destroy();
  }
  private onStdout(chunk: string): void {
    for (const line of this.stdoutLines.push(chunk)) if (line.trim() !== '') this.onLine(line);
  }

  /**
   * Each line as it arrives, never queued: one that comes while no answer is awaited belongs to no request, and
   * kept for the next it would shift every later turn by one.
   */
  private onLine(line: string): void {
    const { waiter, awaited } = this;
    if (!waiter || !awaited) return this.onIgnored({ kind: 'unawaited', line, after: awaited });
    let value: unknown;
    try {
      value = parseJsonBounded(line);
    } catch {
      return waiter({
        ok: false,
        category: 'infrastructure',
        message: `the agent printed a line that is not JSON: ${line.slice(0, 200)}`,
      });
    }
    const echoed = echoedTurn(value);
    if (echoed !== undefined) this.echoesTurns ??= echoed === awaited.turn;
    // A late answer to an earlier turn (or a repeat): the awaited one may still come.
    if (this.echoesTurns && echoed !== undefined && echoed !== awaited.turn) {
      // A few name the mistake; an agent flooding other turns must not grow the set until the timeout.
      if (this.otherTurnsMeanwhile.size < OTHER_TURNS_NAMED) this.otherTurnsMeanwhile.add(echoed);
      return this.onIgnored({ kind: 'other-turn', line, awaited, echoed });
    }
    waiter({ ok: true, value });
  }

  /** An agent that echoed its turns, then stopped echoing the awaited one (a stale counter), never answers: say so. */
  private otherTurnsNote(): string {
    const turns = [...this.otherTurnsMeanwhile];
    if (turns.length === 0 || !this.awaited) return '';
    return (
      ` with "turn": ${this.awaited.turn}; it answered "turn": ${turns.join(', ')} meanwhile, ` +
      `ignored (an answer's "turn" must echo its request's)`
    );
  }

  private fail(message: string): void {
    this.failure ??= message;
    this.waiter?.({ ok: false, category: 'infrastructure', message: this.failure });
  }

  private stderrSuffix(): string {
    const lines = this.stderrTail
      .split('\n')
      .filter((line) => line.trim() !== '' && !NOT_THE_MESSAGE.some((pattern) => pattern.test(line)))
      .map((line) => line.trim());
    const named = lines.findLastIndex((line) => ERROR_LINE.test(line));
    const shown =
      named >= 0 && named >= lines.length - ERROR_LINE_REACH
        ? lines.slice(named, named + STDERR_LINES_SHOWN)
        : lines.slice(-STDERR_LINES_SHOWN);
    const tail = shown.join(' | ');
    return tail ? `: ${tail.length > STDERR_TAIL_CHARS ? `…${tail.slice(-STDERR_TAIL_CHARS)}` : tail}` : '';
  }
}

/** Resolves once no process of the group is left (and its leader has exited), or after `maxMs`. */
async function untilGroupGone(pid: number, exited: Promise<void>, maxMs: number): Promise<void> {
  const deadline = performance.now() + maxMs;
  let leaderExited = false;
  void exited.then(() => (leaderExited = true));
  while (performance.now() < deadline) {
    if (leaderExited && !signalGroup(pid, 0)) return;
    await delay(GROUP_POLL_MS);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
