/**
 * Reads recorded conversations, in the shapes people have them, into plain
 * turns:
 * - OpenAI chat messages as JSON (an array, or an object with `messages`);
 * - a τ-bench results file (an array of `{task_id, reward, traj}`) or one
 *   such object; a τ²-bench results file (`{simulations: [{messages}]}`) or
 *   one simulation;
 * - JSON lines: one message per line, or one conversation per line (any of
 *   the JSON shapes above on a single line);
 * - plain text: `User:` / `Agent:` (or `Assistant:`) lines, and `Tool:` lines
 *   for the agent's tool calls and their results.
 * A file can hold several conversations. Every mistake names file:line and
 * the shapes accepted.
 */
import { parseDocument } from 'yaml';
import { ConfigurationError } from '../util/errors.js';

export interface TranscriptToolCall {
  readonly name: string;
  readonly arguments: Record<string, unknown>;
  /** What the tool returned, when the transcript shows it. */
  readonly output?: unknown;
  /** The recording shows this call failing (an error result). */
  readonly failed?: boolean;
}

export interface TranscriptTurn {
  readonly role: 'user' | 'agent';
  /** Empty for the agent's last tool calls when no reply followed them (e.g. a transfer). */
  readonly text: string;
  /** Tool calls the agent made before this reply. */
  readonly toolCalls: readonly TranscriptToolCall[];
}

export type TranscriptFormat = 'openai-json' | 'jsonl' | 'text' | 'tau-bench' | 'tau2-bench';

export interface Transcript {
  readonly format: TranscriptFormat;
  /** Where it was read from: `file`, or `file:line` / `file (task 3, trial 0)` when the file holds several. */
  readonly source: string;
  readonly turns: readonly TranscriptTurn[];
}

export interface ReadTranscripts {
  readonly transcripts: Transcript[];
  /** Conversations left out, each with why (a failed τ-bench task, an empty trajectory). */
  readonly skipped: string[];
}

export interface ReadOptions {
  /** Keep benchmark conversations whose reward says the task was not solved (left out by default). */
  readonly includeUnsolved?: boolean;
}

/** The shapes accepted, for error messages. */
export const ACCEPTED_SHAPES =
  'expected OpenAI chat messages (a JSON array, or {"messages": [...]}), a τ-bench results file ' +
  '([{"task_id", "reward", "traj": [...]}]), a τ²-bench results file ({"simulations": [{"messages": [...]}]}), ' +
  'JSON lines (one message or one conversation per line), or "User:" / "Agent:" text';

const TEXT_SHAPES =
  'expected "User: …", "Agent: …", "Tool: name {json args} -> output", "Tool: name {json args}" ' +
  'followed by "Tool: output", or a continuation of the line above';

/** One conversation: the first of the file, for callers that take one. */
export function parseTranscript(text: string, file: string): Transcript {
  const { transcripts, skipped } = parseTranscripts(text, file, { includeUnsolved: true });
  const first = transcripts[0];
  if (!first) throw new ConfigurationError(`${file}:1:1: no conversation to read (${skipped.join('; ')})`);
  return first;
}

export function parseTranscripts(text: string, file: string, options: ReadOptions = {}): ReadTranscripts {
  const trimmed = text.trim();
  if (trimmed === '') throw new ConfigurationError(`${file}:1:1: the transcript is empty; ${ACCEPTED_SHAPES}`);
  const reader = new Reader(file, options);
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let parsed: unknown;
    let failure: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      failure = error;
    }
    if (failure === undefined) reader.readJson(parsed, lazyLines(text), undefined);
    else if (!isJsonLines(text))
      throw new ConfigurationError(
        `${file}:${jsonErrorLine(text, failure)}: not valid JSON (${(failure as Error).message}); ${ACCEPTED_SHAPES}`,
      );
    else {
      text.split('\n').forEach((line, i) => {
        if (line.trim() === '') return;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          throw new ConfigurationError(
            `${file}:${i + 1}:1: not a JSON object (${(error as Error).message}); expected one message ` +
              `({"role": "user", "content": "…"}) or one conversation per line`,
          );
        }
        reader.line(value, i + 1);
      });
      reader.endLines();
    }
  } else {
    reader.add('text', file, fromText(text, file));
  }
  if (reader.transcripts.length === 0 && reader.skipped.length === 0)
    throw new ConfigurationError(`${file}:1:1: no conversation found; ${ACCEPTED_SHAPES}`);
  return { transcripts: reader.transcripts, skipped: reader.skipped };
}

/** More than one line, the first of which is a whole JSON value on its own. */
function isJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 2) return false;
  try {
    JSON.parse(lines[0]!);
    return true;
  } catch {
    return false;
  }
}

/** Where JSON.parse stopped, as line:column (V8 says "at position N"). */
function jsonErrorLine(text: string, error: unknown): string {
  const position = /position (\d+)/.exec((error as Error).message)?.[1];
  if (position === undefined) return '1:1';
  const before = text.slice(0, Number(position)).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

type Path = (string | number)[];
/** Line numbers of JSON values, computed only when an error needs one (a τ-bench file is megabytes). */
type LineOf = (path: Path) => number;

function lazyLines(text: string): LineOf {
  let doc: ReturnType<typeof parseDocument> | undefined;
  return (path) => {
    doc ??= parseDocument(text, { keepSourceTokens: false });
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    return offset === undefined ? 1 : text.slice(0, offset).split('\n').length;
  };
}

interface Located {
  readonly message: unknown;
  readonly where: () => string;
}

class Reader {
  readonly transcripts: Transcript[] = [];
  readonly skipped: string[] = [];
  /** JSON lines holding single messages, gathered into one conversation. */
  private messageLines: Located[] = [];

  constructor(
    private readonly file: string,
    private readonly options: ReadOptions,
  ) {}

  add(format: TranscriptFormat, source: string, turns: TranscriptTurn[], where = `${source}`): void {
    if (!turns.some((t) => t.role === 'user'))
      throw new ConfigurationError(`${where}: the conversation has no user turn`);
    if (!turns.some((t) => t.role === 'agent' && (t.text !== '' || t.toolCalls.length > 0)))
      throw new ConfigurationError(`${where}: the conversation has no agent turn`);
    this.transcripts.push({ format, source, turns });
  }

  /** A parsed JSON file: a message list, a conversation object, or a list of conversations. */
  readJson(value: unknown, lineOf: LineOf, line: number | undefined): void {
    const at = (path: Path) => () => `${this.file}:${line ?? lineOf(path)}`;
    const label = (extra: string) => (line === undefined ? `${this.file}${extra}` : `${this.file}:${line}${extra}`);
    if (Array.isArray(value)) {
      if (value.length === 0) throw new ConfigurationError(`${at([])()}: an empty list; ${ACCEPTED_SHAPES}`);
      if (value.every(isRunRecord)) {
        value.forEach((record, i) => this.benchRecord(record, [i], lineOf, line, 'tau-bench'));
        return;
      }
      if (value.some(isRunRecord) || value.some(isConversationObject)) {
        value.forEach((item, i) => this.readJson(item, (path) => lineOf([i, ...path]), line));
        return;
      }
      const format = line === undefined ? 'openai-json' : 'jsonl';
      this.add(format, label(''), fromMessages(value.map((m, i) => ({ message: m, where: at([i]) }))), at([])());
      return;
    }
    if (typeof value !== 'object' || value === null)
      throw new ConfigurationError(
        `${at([])()}: ${JSON.stringify(value)?.slice(0, 40)} is not a conversation; ${ACCEPTED_SHAPES}`,
      );
    const object = value as Record<string, unknown>;
    if (Array.isArray(object['simulations'])) {
      object['simulations'].forEach((simulation, i) =>
        this.benchRecord(simulation, ['simulations', i], lineOf, line, 'tau2-bench'),
      );
      return;
    }
    if (isRunRecord(object)) {
      this.benchRecord(object, [], lineOf, line, Array.isArray(object['traj']) ? 'tau-bench' : 'tau2-bench');
      return;
    }
    if (Array.isArray(object['messages'])) {
      const messages = object['messages'];
      this.add(
        line === undefined ? 'openai-json' : 'jsonl',
        label(''),
        fromMessages(messages.map((m, i) => ({ message: m, where: at(['messages', i]) }))),
        at([])(),
      );
      return;
    }
    throw new ConfigurationError(
      `${at([])()}: an object with ${describeKeys(object)}, which is not a conversation; ${ACCEPTED_SHAPES}`,
    );
  }

  /** One τ-bench record (`traj`) or τ² simulation (`messages`), skipped when its reward says unsolved. */
  private benchRecord(
    record: unknown,
    path: Path,
    lineOf: LineOf,
    line: number | undefined,
    format: TranscriptFormat,
  ): void {
    const r = record as Record<string, unknown>;
    const key = Array.isArray(r['traj']) ? 'traj' : 'messages';
    const messages = (r[key] ?? []) as unknown[];
    const task = r['task_id'] ?? '?';
    const trial = typeof r['trial'] === 'number' ? `, trial ${r['trial']}` : '';
    const source = `${line === undefined ? this.file : `${this.file}:${line}`} (task ${String(task)}${trial})`;
    const reward = rewardOf(r);
    if (messages.length === 0) {
      this.skipped.push(`${source}: no messages`);
      return;
    }
    if (reward !== undefined && reward < 1 && !this.options.includeUnsolved) {
      this.skipped.push(`${source}: reward ${reward}, the task was not solved (--include-unsolved keeps it)`);
      return;
    }
    const at = (i: number) => () => `${this.file}:${line ?? lineOf([...path, key, i])}`;
    this.add(
      format,
      source,
      fromMessages(messages.map((m, i) => ({ message: m, where: at(i) }))),
      `${this.file}:${line ?? lineOf(path)}`,
    );
  }

  /** One line of a JSON-lines file: a message (gathered) or a whole conversation. */
  line(value: unknown, line: number): void {
    const isMessage = typeof value === 'object' && value !== null && !Array.isArray(value) && 'role' in value;
    if (isMessage) {
      this.messageLines.push({ message: value, where: () => `${this.file}:${line}` });
      return;
    }
    if (this.messageLines.length > 0)
      throw new ConfigurationError(
        `${this.file}:${line}: a conversation on a line of a file of single messages; ` +
          `expected {"role": …, "content": …} like the lines above`,
      );
    this.readJson(value, () => line, line);
  }

  endLines(): void {
    if (this.messageLines.length > 0) this.add('jsonl', this.file, fromMessages(this.messageLines), `${this.file}:1`);
    this.messageLines = [];
  }
}

function isRunRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v['traj']) || (Array.isArray(v['messages']) && ('task_id' in v || 'reward_info' in v));
}

function isConversationObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !('role' in value) && 'messages' in value;
}

function rewardOf(record: Record<string, unknown>): number | undefined {
  const direct = record['reward'];
  if (typeof direct === 'number') return direct;
  const info = record['reward_info'] as { reward?: unknown } | undefined;
  return typeof info?.reward === 'number' ? info.reward : undefined;
}

function describeKeys(object: Record<string, unknown>): string {
  const keys = Object.keys(object).slice(0, 5);
  return keys.length === 0 ? 'no keys' : `keys ${keys.map((k) => JSON.stringify(k)).join(', ')}`;
}

interface RawToolCall {
  id?: string;
  function?: { name?: string; arguments?: string | Record<string, unknown> };
  name?: string;
  arguments?: string | Record<string, unknown>;
  requestor?: string;
}

interface PendingCall {
  name: string;
  arguments: Record<string, unknown>;
  id?: string;
  output?: unknown;
  failed?: boolean;
}

const USER_ROLES = new Set(['user', 'human', 'customer']);
const AGENT_ROLES = new Set(['assistant', 'agent', 'ai', 'bot', 'model']);
const TOOL_ROLES = new Set(['tool', 'function']);

/**
 * Chat messages → turns. The agent's tool calls are joined with their results
 * (by `tool_call_id`, τ²'s `id`, or in order) and with the reply that
 * follows; calls with no reply after them (a transfer as the last act) make a
 * last agent turn with no text. Tools the user runs (τ²'s `requestor: user`)
 * are the user's own device, not the agent's: they are left out.
 */
function fromMessages(messages: readonly Located[]): TranscriptTurn[] {
  const turns: { role: 'user' | 'agent'; text: string; toolCalls: PendingCall[] }[] = [];
  let pending: PendingCall[] = [];
  let open: PendingCall[] = [];
  for (const { message, where } of messages) {
    if (typeof message !== 'object' || message === null || Array.isArray(message))
      throw new ConfigurationError(
        `${where()}: ${JSON.stringify(message)?.slice(0, 40)} is not a message; expected {"role": …, "content": …}`,
      );
    const m = message as {
      role?: unknown;
      content?: unknown;
      tool_calls?: RawToolCall[] | null;
      tool_call_id?: string;
      id?: string;
      requestor?: string;
      error?: unknown;
      name?: string;
    };
    const role = typeof m.role === 'string' ? m.role.toLowerCase() : m.role;
    const content = contentText(m.content);
    if (role === 'system' || role === 'developer') continue;
    if (typeof role === 'string' && USER_ROLES.has(role)) {
      if (content.trim() !== '') turns.push({ role: 'user', text: content, toolCalls: [] });
    } else if (typeof role === 'string' && AGENT_ROLES.has(role)) {
      const calls = (m.tool_calls ?? []).map((call) => toolCallOf(call, where));
      if (content.trim() !== '') {
        turns.push({ role: 'agent', text: content, toolCalls: pending });
        pending = [];
      }
      // Calls sent with a reply are made after it: they belong to the next reply (or to the last turn).
      pending.push(...calls);
      open.push(...calls);
    } else if (typeof role === 'string' && TOOL_ROLES.has(role)) {
      if (m.requestor === 'user') continue;
      const id = m.tool_call_id ?? m.id;
      const target =
        (id ? open.find((call) => call.id === id) : undefined) ??
        open.find((call) => call.output === undefined && (!m.name || call.name === m.name));
      if (target) {
        target.output = parseMaybeJson(content);
        if (isFailure(m.error, content, target.output)) target.failed = true;
        open = open.filter((call) => call !== target);
      }
    } else {
      throw new ConfigurationError(
        `${where()}: unknown role ${JSON.stringify(m.role)}; expected "user", "assistant", "tool" or "system"` +
          (m.role === undefined ? ` (a message is {"role": …, "content": …}; ${ACCEPTED_SHAPES})` : ''),
      );
    }
  }
  if (pending.length > 0) turns.push({ role: 'agent', text: '', toolCalls: pending });
  return turns.map((t) => ({
    role: t.role,
    text: t.text,
    toolCalls: t.toolCalls.map(({ id: _id, ...call }) => call),
  }));
}

/** An error result: τ²'s `error: true`, τ-bench's "Error: …" text, or a JSON object with only an error. */
function isFailure(flag: unknown, content: string, output: unknown): boolean {
  if (flag === true) return true;
  if (/^\s*error\b/i.test(content)) return true;
  if (typeof output === 'object' && output !== null && !Array.isArray(output)) {
    const o = output as Record<string, unknown>;
    if (o['success'] === false || o['ok'] === false) return true;
    return 'error' in o && o['error'] !== null && o['error'] !== false && Object.keys(o).length <= 3;
  }
  return false;
}

function toolCallOf(call: RawToolCall, where: () => string): PendingCall {
  const name = call.function?.name ?? call.name;
  if (!name)
    throw new ConfigurationError(
      `${where()}: a tool call has no function name; expected {"function": {"name", "arguments"}}`,
    );
  const raw = call.function?.arguments ?? call.arguments ?? {};
  const args = typeof raw === 'string' ? (raw.trim() === '' ? {} : parseMaybeJson(raw)) : raw;
  if (typeof args !== 'object' || args === null || Array.isArray(args)) {
    throw new ConfigurationError(`${where()}: the arguments of tool call '${name}' are not a JSON object`);
  }
  return { name, arguments: args as Record<string, unknown>, ...(call.id ? { id: call.id } : {}) };
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  // The array form of OpenAI content: keep the text parts.
  if (Array.isArray(content)) return content.map((part) => (part as { text?: string } | null)?.text ?? '').join('');
  return '';
}

function parseMaybeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const SPEAKER = /^\s*(user|customer|human|agent|assistant|bot|ai)\s*:\s?(.*)$/i;
const TOOL_PREFIX = /^\s*tool(?:\s+(?:call|result|output))?\s*:\s*(.*)$/i;
const TOOL_NAME = /^([A-Za-z_][A-Za-z0-9_.-]*)\s*/;
const ARROW = /^\s*(?:->|→)\s*/;

/** `name {args}`, `name(args)`, `name -> output` or `name {args} -> output`; undefined when the text is not a call. */
function toolCallAt(text: string, where: string): PendingCall | undefined {
  const name = TOOL_NAME.exec(text);
  if (!name) return undefined;
  let rest = text.slice(name[0].length);
  let args: Record<string, unknown> = {};
  if (rest.startsWith('{') || rest.startsWith('(')) {
    const end = balancedEnd(rest);
    if (end < 0)
      throw new ConfigurationError(`${where}:1: the arguments of a Tool: line are not closed; ${TEXT_SHAPES}`);
    args = argsAt(rest.slice(0, end), where);
    rest = rest.slice(end);
  } else if (!ARROW.test(rest)) {
    return undefined;
  }
  const arrow = ARROW.exec(rest);
  if (!arrow && rest.trim() !== '')
    throw new ConfigurationError(
      `${where}:1: unexpected "${rest.trim().slice(0, 30)}" after the arguments; ${TEXT_SHAPES}`,
    );
  const outputText = arrow ? rest.slice(arrow[0].length).trim() : '';
  if (outputText === '') return { name: name[1]!, arguments: args };
  const output = parseMaybeJson(outputText);
  return {
    name: name[1]!,
    arguments: args,
    output,
    ...(isFailure(undefined, outputText, output) ? { failed: true } : {}),
  };
}

/** The index just past the bracket closing the one `text` starts with (JSON strings respected), or -1. */
function balancedEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '(' || char === '[') depth++;
    else if (char === '}' || char === ')' || char === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function fromText(text: string, file: string): TranscriptTurn[] {
  const turns: { role: 'user' | 'agent'; lines: string[]; toolCalls: PendingCall[] }[] = [];
  let tools: PendingCall[] = [];
  text.split('\n').forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    const tool = TOOL_PREFIX.exec(line);
    if (tool) {
      const rest = tool[1]!.trim();
      const isResult = /^\s*tool\s+(result|output)/i.test(line);
      const call = isResult ? undefined : toolCallAt(rest, where);
      // A call needs a name followed by arguments or an arrow; anything else is the output of the call above.
      if (call) {
        tools.push(call);
        return;
      }
      const waiting = tools.find((t) => t.output === undefined);
      if (!waiting)
        throw new ConfigurationError(
          `${where}:1: "${rest.slice(0, 40)}" reads as a tool's output, ` +
            `but no tool call above is waiting for one; ${TEXT_SHAPES}`,
        );
      waiting.output = parseMaybeJson(rest);
      if (isFailure(undefined, rest, waiting.output)) waiting.failed = true;
      return;
    }
    const speaker = SPEAKER.exec(line);
    if (speaker) {
      const role = /^(user|customer|human)$/i.test(speaker[1]!) ? 'user' : 'agent';
      turns.push({ role, lines: [speaker[2]!], toolCalls: role === 'agent' ? tools : [] });
      if (role === 'agent') tools = [];
      return;
    }
    if (line.trim() === '') return;
    const current = turns.at(-1);
    if (!current)
      throw new ConfigurationError(`${where}:1: expected a line starting with "User:" or "Agent:"; ${TEXT_SHAPES}`);
    current.lines.push(line.trim());
  });
  if (tools.length > 0) turns.push({ role: 'agent', lines: [], toolCalls: tools });
  return turns.map((t) => ({ role: t.role, text: t.lines.join('\n').trim(), toolCalls: t.toolCalls }));
}

function argsAt(text: string, where: string): Record<string, unknown> {
  const json = text.startsWith('(') ? text.slice(1, -1).trim() || '{}' : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new ConfigurationError(
      `${where}:1: the arguments of a Tool: line are not valid JSON (${(error as Error).message}); ${TEXT_SHAPES}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ConfigurationError(`${where}:1: the arguments of a Tool: line must be a JSON object; ${TEXT_SHAPES}`);
  return parsed as Record<string, unknown>;
}
