/**
 * The tool layer: answers the agent's tool calls (mock or passthrough),
 * validates arguments against each tool's schema, and records every call as
 * a `tool_call` event. Tools with strategy `none` are never offered.
 */
import type { RetryNotice, ToolDefinition } from '../../llm/types.js';
import type { CallInFlight } from '../abort.js';
import type { Tool } from '../../suite/schema.js';
import { throughTap, type ExchangeOutcome, type ExchangeTap } from '../exchange.js';
import { postRetrying, type RetryTally } from '../post-retrying.js';
import { interpolateEnv, interpolateRecord, type Env } from '../interpolate.js';
import type { TraceRecorder } from '../recorder.js';
import type { StateChange } from '../../util/state-path.js';
import { parseArguments, validateArguments } from './arguments.js';
import { answerMock } from './mock.js';
import { runModuleTool } from './module.js';
import { runStateTool, TrialState } from './state.js';
import type { ToolOutcome } from './types.js';

export { unavailableTool, type ToolOutcome } from './types.js';
export { TrialState } from './state.js';

export interface ToolCall {
  readonly id: string;
  readonly name: string;
  /** JSON text (openai agents) or a parsed value (http/command agents). */
  readonly arguments: unknown;
}

export interface ToolLayer {
  /** What the agent is offered. */
  readonly definitions: readonly ToolDefinition[];
  call(call: ToolCall, signal: AbortSignal): Promise<ToolOutcome>;
  /** Time spent so far waiting between retries of passthrough calls: the run's, not the agent's latency. */
  readonly retryWaitMs: number;
}

export interface ToolLayerOptions {
  readonly profile: Readonly<Record<string, unknown>>;
  readonly env: Env;
  readonly recorder: TraceRecorder;
  /** How long a mock `timeout: true` failure waits before failing (the suite's `run.mock_tool_timeout_ms`). */
  readonly mockTimeoutMs: number;
  readonly exchanges?: ExchangeTap;
  /** The trial's state, read and written by `state` and `module` tools (an empty one when omitted). */
  readonly state?: TrialState;
  /** `run.retries`: how often a passthrough call its backend certainly did not process is sent again (absent: 0). */
  readonly retries?: number;
  /** Told before each such retry. */
  readonly onRetry?: (notice: RetryNotice) => void;
  /**
   * Told which passthrough call is in flight (`tool <name>`, its retries and last failure), and undefined once it
   * ends: a trial timeout in its wait to retry then says what it was retrying, as for an http agent's request.
   */
  readonly onCallInFlight?: (call: CallInFlight | undefined) => void;
}

export function createToolLayer(tools: readonly Tool[], options: ToolLayerOptions): ToolLayer {
  const offered = tools.filter((tool) => tool.strategy !== 'none');
  const byName = new Map(offered.map((tool) => [tool.name, tool]));
  let retryWaitMs = 0;
  return {
    definitions: offered.map((tool) => ({
      name: tool.name,
      description: tool.description,
      parameters: tool.parameters,
    })),
    async call(call, signal) {
      const started = performance.now();
      const tool = byName.get(call.name);
      const parsed = parseArguments(call.arguments);
      const { outcome, changes, retried } = await answer(tool, call, parsed, options, signal);
      const waitedMs = retried?.waitedMs ?? 0;
      retryWaitMs += waitedMs;
      options.recorder.record({
        type: 'tool_call',
        callId: call.id,
        name: call.name,
        arguments: parsed.value,
        ...(outcome.error !== undefined ? { error: outcome.error } : { result: outcome.output }),
        // The waits between retries are the run's, not the backend's: as an http agent's latency leaves them out.
        durationMs: Math.max(0, Math.round(performance.now() - started - waitedMs)),
        ...(retried?.retries ? { retries: retried.retries } : {}),
        strategy:
          tool?.strategy === 'passthrough' || tool?.strategy === 'state' || tool?.strategy === 'module'
            ? tool.strategy
            : 'mock',
      });
      if (changes.length > 0)
        options.recorder.record({ type: 'state_write', callId: call.id, tool: call.name, changes });
      return outcome;
    },
    get retryWaitMs() {
      return retryWaitMs;
    },
  };
}

/** A tool's answer, the state writes it made, and a passthrough call's retries (absent for other strategies). */
interface Answered {
  readonly outcome: ToolOutcome;
  readonly changes: StateChange[];
  readonly retried?: RetryTally;
}

async function answer(
  tool: Tool | undefined,
  call: ToolCall,
  parsed: ReturnType<typeof parseArguments>,
  options: ToolLayerOptions,
  signal: AbortSignal,
): Promise<Answered> {
  const only = (outcome: ToolOutcome) => ({ outcome, changes: [] });
  if (!tool) return only({ error: `unknown tool "${call.name}"` });
  if (!parsed.ok) return only({ error: parsed.error });
  const invalid = await validateArguments(tool, parsed.value);
  if (invalid) return only({ error: invalid });
  const args = parsed.value;
  const state = options.state ?? new TrialState({});
  if (tool.strategy === 'state' && tool.state) {
    const spec = tool.state;
    return state.transact((draft) => runStateTool(spec, args, draft));
  }
  if (tool.strategy === 'module' && tool.module) {
    const spec = tool.module;
    return state.transact((draft) =>
      runModuleTool(
        tool.name,
        spec,
        args,
        { state: draft, profile: options.profile },
        { timeoutMs: options.mockTimeoutMs, signal },
      ),
    );
  }
  if (tool.strategy === 'passthrough') {
    const retried: RetryTally = { retries: 0, waitedMs: 0 };
    return { outcome: await forward(tool, args, options, signal, retried), changes: [], retried };
  }
  return only(
    await answerMock(tool, args, {
      profile: options.profile,
      timeoutMs: options.mockTimeoutMs,
      signal,
    }),
  );
}

/**
 * Passthrough: POST the arguments to the staging backend; its JSON answer is the output. Sent again under
 * `run.retries` only when the backend certainly did not process it (as an http agent's turn: it may write).
 */
async function forward(
  tool: Tool,
  args: unknown,
  { env, exchanges, retries = 0, onRetry, onCallInFlight }: ToolLayerOptions,
  signal: AbortSignal,
  tally: RetryTally,
): Promise<ToolOutcome> {
  const target = tool.passthrough;
  if (!target) return { error: `tool "${tool.name}" has strategy passthrough but no passthrough.url` };
  // The URL and headers are filled in only when the call goes live: a replay needs neither the backend nor its key.
  const live = async (): Promise<ExchangeOutcome> => {
    let url: string;
    let headers: Record<string, string>;
    try {
      url = interpolateEnv(target.url, env);
      headers = interpolateRecord(target.headers, env);
    } catch (error) {
      return { ok: false, category: 'infrastructure', message: error instanceof Error ? error.message : String(error) };
    }
    const post = { url, headers, body: args, timeoutMs: target.timeout_ms, signal };
    // The notice names the tool: the progress line and the action's log show it beside the agent's own retries.
    const told =
      onRetry && ((notice: RetryNotice) => onRetry({ ...notice, reason: `tool ${tool.name}: ${notice.reason}` }));
    return postRetrying(post, { retries, onRetry: told, label: `tool ${tool.name}`, onCallInFlight }, tally);
  };
  // Retries happen inside `live`: a cassette records only the final answer, and a replay never retries.
  const result = await throughTap(exchanges, { kind: 'passthrough-tool', target: tool.name, body: args }, live);
  if (result.ok) return { output: result.value };
  // A cancel is not the backend's; an HTTP error status is its answer, given to the agent like any other.
  const down = result.noAnswer === true && result.category !== 'cancelled';
  return down ? { error: result.message, unavailable: result.category } : { error: result.message };
}
