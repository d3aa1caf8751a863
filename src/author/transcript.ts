/**
 * Reads a recorded conversation in one of three shapes into plain turns:
 * - OpenAI chat messages as JSON (an array, or an object with `messages`);
 * - JSON lines, one message per line (`role` user/assistant/agent/tool);
 * - plain text, `User:` / `Agent:` (or `Assistant:`) lines, and optional
 *   `Tool: name {args} -> {output}` lines for the agent's tool calls.
 * Every mistake names file:line and what was expected.
 */
import { ConfigurationError } from '../util/errors.js';

export interface TranscriptToolCall {
  readonly name: string;
  readonly arguments: Record<string, unknown>;
  /** What the tool returned, when the transcript shows it. */
  readonly output?: unknown;
}

export interface TranscriptTurn {
  readonly role: 'user' | 'agent';
  readonly text: string;
  /** Tool calls the agent made before this reply. */
  readonly toolCalls: readonly TranscriptToolCall[];
}

export type TranscriptFormat = 'openai-json' | 'jsonl' | 'text';

export interface Transcript {
  readonly format: TranscriptFormat;
  readonly turns: readonly TranscriptTurn[];
}

export function parseTranscript(text: string, file: string): Transcript {
  const trimmed = text.trim();
  if (trimmed === '') throw new ConfigurationError(`${file}:1:1: the transcript is empty`);
  if (trimmed.startsWith('[') || (trimmed.startsWith('{') && !isJsonLines(trimmed))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new ConfigurationError(
        `${file}:1:1: not valid JSON (${(error as Error).message}); expected OpenAI chat messages`,
      );
    }
    const messages = Array.isArray(parsed) ? parsed : (parsed as { messages?: unknown }).messages;
    if (!Array.isArray(messages))
      throw new ConfigurationError(`${file}:1:1: expected an array of chat messages or an object with "messages"`);
    return finish(
      'openai-json',
      fromMessages(messages.map((m, i) => ({ message: m, where: `${file}: message ${i + 1}` }))),
      file,
    );
  }
  if (trimmed.startsWith('{')) {
    const lines = text.split('\n');
    const messages = lines.flatMap((line, i) => {
      if (line.trim() === '') return [];
      try {
        return [{ message: JSON.parse(line) as unknown, where: `${file}:${i + 1}:1` }];
      } catch (error) {
        throw new ConfigurationError(
          `${file}:${i + 1}:1: not a JSON object (${(error as Error).message}); expected one message per line`,
        );
      }
    });
    return finish('jsonl', fromMessages(messages), file);
  }
  return finish('text', fromText(text, file), file);
}

function isJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 1 && lines.every((line) => line.trim().startsWith('{') && line.trim().endsWith('}'));
}

function finish(format: TranscriptFormat, turns: TranscriptTurn[], file: string): Transcript {
  if (!turns.some((t) => t.role === 'user'))
    throw new ConfigurationError(`${file}:1:1: the transcript has no user turn`);
  if (!turns.some((t) => t.role === 'agent'))
    throw new ConfigurationError(`${file}:1:1: the transcript has no agent turn`);
  return { format, turns };
}

interface Located {
  readonly message: unknown;
  readonly where: string;
}

interface RawToolCall {
  id?: string;
  function?: { name?: string; arguments?: string | Record<string, unknown> };
  name?: string;
  arguments?: string | Record<string, unknown>;
}

/** Chat messages → turns: assistant tool calls are joined with the `tool` results and the reply that follows. */
function fromMessages(messages: readonly Located[]): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  let pending: { name: string; arguments: Record<string, unknown>; id?: string; output?: unknown }[] = [];
  for (const { message, where } of messages) {
    if (typeof message !== 'object' || message === null)
      throw new ConfigurationError(`${where}: expected an object with "role" and "content"`);
    const m = message as { role?: unknown; content?: unknown; tool_calls?: RawToolCall[]; tool_call_id?: string };
    const content = contentText(m.content);
    if (m.role === 'system' || m.role === 'developer') continue;
    if (m.role === 'user') {
      turns.push({ role: 'user', text: content, toolCalls: [] });
    } else if (m.role === 'assistant' || m.role === 'agent') {
      for (const call of m.tool_calls ?? []) pending.push(toolCallOf(call, where));
      if (content.trim() !== '') {
        turns.push({ role: 'agent', text: content, toolCalls: pending.map(({ id: _id, ...call }) => call) });
        pending = [];
      }
    } else if (m.role === 'tool') {
      const target =
        pending.find((call) => call.id === m.tool_call_id) ?? pending.find((call) => call.output === undefined);
      if (target) target.output = parseMaybeJson(content);
    } else {
      throw new ConfigurationError(
        `${where}: unknown role ${JSON.stringify(m.role)}; expected user, assistant, tool or system`,
      );
    }
  }
  return turns;
}

function toolCallOf(
  call: RawToolCall,
  where: string,
): { name: string; arguments: Record<string, unknown>; id?: string } {
  const name = call.function?.name ?? call.name;
  if (!name) throw new ConfigurationError(`${where}: a tool call has no function name`);
  const raw = call.function?.arguments ?? call.arguments ?? {};
  const args = typeof raw === 'string' ? parseMaybeJson(raw) : raw;
  if (typeof args !== 'object' || args === null || Array.isArray(args)) {
    throw new ConfigurationError(`${where}: the arguments of tool call '${name}' are not a JSON object`);
  }
  return { name, arguments: args as Record<string, unknown>, ...(call.id ? { id: call.id } : {}) };
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  // The array form of OpenAI content: keep the text parts.
  if (Array.isArray(content)) return content.map((part) => (part as { text?: string })?.text ?? '').join('');
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
const TOOL_LINE = /^\s*tool\s*:\s*([A-Za-z0-9_-]+)\s*(\{.*?\})?\s*(?:->|→)?\s*(.*)$/i;

function fromText(text: string, file: string): TranscriptTurn[] {
  const turns: { role: 'user' | 'agent'; lines: string[]; toolCalls: TranscriptToolCall[] }[] = [];
  let tools: TranscriptToolCall[] = [];
  text.split('\n').forEach((line, i) => {
    const tool = TOOL_LINE.exec(line);
    if (tool) {
      tools.push({
        name: tool[1]!,
        arguments: jsonAt(tool[2] ?? '{}', `${file}:${i + 1}`) as Record<string, unknown>,
        ...(tool[3] ? { output: jsonAt(tool[3], `${file}:${i + 1}`) } : {}),
      });
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
    if (!current) throw new ConfigurationError(`${file}:${i + 1}:1: expected a line starting with "User:" or "Agent:"`);
    current.lines.push(line.trim());
  });
  return turns.map((t) => ({ role: t.role, text: t.lines.join('\n').trim(), toolCalls: t.toolCalls }));
}

function jsonAt(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${where}:1: not valid JSON in a Tool: line (${(error as Error).message})`);
  }
}
