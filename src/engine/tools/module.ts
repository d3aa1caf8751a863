/**
 * Tools implemented in a JS module the suite names: the export is called with
 * the arguments and `{ state, profile }` (the trial's state as a draft it may
 * change), under a time limit. A thrown error, a rejected promise, a missing
 * export or a timeout is the tool's error; only a successful call's writes
 * are kept (see TrialState.transact).
 */
import { pathToFileURL } from 'node:url';
import type { ModuleTool } from '../../suite/schema.js';
import type { StateRecord } from './state.js';
import type { ToolOutcome } from './types.js';

export interface ModuleToolContext {
  /** The trial's state: change it in place to write. */
  readonly state: StateRecord;
  readonly profile: Readonly<Record<string, unknown>>;
  /** The tool's name (one function can serve several tools). */
  readonly tool: string;
}

export type ModuleToolFunction = (args: unknown, context: ModuleToolContext) => unknown;

const modules = new Map<string, Promise<Record<string, unknown>>>();

/** Loads (once per process) the module at an absolute path. */
export function loadToolModule(file: string): Promise<Record<string, unknown>> {
  let loaded = modules.get(file);
  if (!loaded) {
    loaded = import(pathToFileURL(file).href) as Promise<Record<string, unknown>>;
    modules.set(file, loaded);
  }
  return loaded;
}

export async function runModuleTool(
  toolName: string,
  spec: ModuleTool,
  args: unknown,
  context: { readonly state: StateRecord; readonly profile: Readonly<Record<string, unknown>> },
  limits: { readonly timeoutMs: number; readonly signal: AbortSignal },
): Promise<ToolOutcome> {
  let fn: unknown;
  try {
    const loaded = await loadToolModule(spec.file);
    fn = loaded[spec.export ?? toolName];
  } catch (error) {
    return { error: `tool module ${spec.file} could not be loaded: ${message(error)}` };
  }
  if (typeof fn !== 'function')
    return { error: `tool module ${spec.file} has no function export '${spec.export ?? toolName}'` };
  const timeoutMs = spec.timeout_ms ?? limits.timeoutMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<ToolOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ error: `tool "${toolName}" timed out after ${timeoutMs} ms` }), timeoutMs);
  });
  let stop = (): void => {};
  const aborted = new Promise<ToolOutcome>((resolve) => {
    stop = () => resolve({ error: `tool "${toolName}" cancelled` });
    if (limits.signal.aborted) stop();
    else limits.signal.addEventListener('abort', stop, { once: true });
  });
  const call = (async (): Promise<ToolOutcome> => {
    try {
      const value: unknown = await (fn as ModuleToolFunction)(args, { ...context, tool: toolName });
      // What goes back to the agent is JSON, as from any backend.
      return { output: value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown) };
    } catch (error) {
      return { error: message(error) };
    }
  })();
  try {
    return await Promise.race([call, deadline, aborted]);
  } finally {
    clearTimeout(timer);
    // One listener per call on the trial's signal would pile up over a conversation's tool calls.
    limits.signal.removeEventListener('abort', stop);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
