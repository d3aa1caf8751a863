/**
 * `command` agents: one process per trial, one JSON line per protocol message
 * on stdin, one JSON line back on stdout. A crash, a non-JSON line, a timeout
 * or an early exit becomes a failed turn, never an exception.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { CommandAgent } from '../../suite/schema.js';
import { protocolTurn, type Exchange, type ExchangeResult } from './protocol.js';
import type { AgentDeps, AgentSession } from './types.js';

/** How long a process may take to exit after its stdin closes before it is killed. */
const EXIT_GRACE_MS = 500;
/** Stderr kept to explain a crash. */
const STDERR_TAIL_CHARS = 500;

export function createCommandAgent(agent: CommandAgent, deps: AgentDeps): AgentSession {
  let process_: AgentProcess | undefined;
  let turnIndex = 0;
  return {
    async turn(messages, signal) {
      process_ ??= new AgentProcess(agent, deps.env);
      const running = process_;
      const exchange: Exchange = (message, turnSignal) => running.exchange(JSON.stringify(message), agent.timeout_ms, turnSignal);
      const profile = agent.profile_context ? deps.profile : null;
      return protocolTurn(exchange, { turn: turnIndex++, messages, profile }, deps, signal);
    },
    async close() {
      await process_?.stop();
    },
  };
}

type Waiter = (result: ExchangeResult) => void;

class AgentProcess {
  private readonly child: ChildProcess;
  private readonly lines: string[] = [];
  private partial = '';
  private stderrTail = '';
  private waiter: Waiter | undefined;
  private failure: string | undefined;
  private readonly exited: Promise<void>;
  private finished = false;

  constructor(agent: CommandAgent, env: AgentDeps['env']) {
    const [program, ...args] = agent.command as [string, ...string[]];
    // `node` means the Node running Rehearse, whatever `node` is first on PATH.
    const executable = program === 'node' ? process.execPath : program;
    this.child = spawn(executable, args, {
      cwd: agent.cwd ?? process.cwd(),
      env: { ...process.env, ...env, ...agent.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => this.child.once('close', () => resolve()));
    this.exited.then(() => (this.finished = true), () => {});
    this.child.stdout?.setEncoding('utf8').on('data', (chunk: string) => this.onStdout(chunk));
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
    });
    this.child.stdin?.on('error', () => {}); // EPIPE after a crash: reported through 'exit'.
    this.child.once('error', (error) => {
      if (this.child.pid === undefined) this.finished = true; // never started: there is nothing to stop
      this.fail(`could not start ${agent.command.join(' ')}: ${error.message}`);
    });
    // 'close' comes after stdout and stderr are drained: a reply written just before exiting still counts.
    this.child.once('close', (code, signal) => this.fail(`the agent process exited (${signal ?? `code ${code}`})${this.stderrSuffix()}`));
  }

  exchange(line: string, timeoutMs: number, signal: AbortSignal): Promise<ExchangeResult> {
    if (this.failure) return Promise.resolve({ ok: false, category: 'infrastructure', message: this.failure });
    this.lines.length = 0;
    return new Promise<ExchangeResult>((resolve) => {
      const timer = setTimeout(() => {
        finish({ ok: false, category: 'timeout', message: `the agent process did not answer within ${timeoutMs} ms` });
        this.kill();
      }, timeoutMs);
      const onAbort = (): void => {
        finish({ ok: false, category: 'cancelled', message: 'cancelled' });
        this.kill();
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
      this.deliver();
    });
  }

  async stop(): Promise<void> {
    if (this.finished) return;
    this.failure ??= 'the session is closed';
    this.child.stdin?.end();
    const timer = setTimeout(() => this.kill(), EXIT_GRACE_MS);
    await this.exited;
    clearTimeout(timer);
  }

  private kill(): void {
    this.failure ??= 'the agent process was stopped';
    this.child.kill('SIGKILL');
  }

  private onStdout(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) if (line.trim() !== '') this.lines.push(line);
    this.deliver();
  }

  private deliver(): void {
    const line = this.lines.shift();
    if (line === undefined || !this.waiter) return;
    try {
      this.waiter({ ok: true, value: JSON.parse(line) as unknown });
    } catch {
      this.waiter({ ok: false, category: 'infrastructure', message: `the agent printed a line that is not JSON: ${line.slice(0, 200)}` });
    }
  }

  private fail(message: string): void {
    this.failure ??= message;
    this.waiter?.({ ok: false, category: 'infrastructure', message: this.failure });
  }

  private stderrSuffix(): string {
    const tail = this.stderrTail.trim();
    return tail ? `: ${tail.split('\n').slice(-3).join(' | ')}` : '';
  }
}
