/**
 * Reading a 2xx chat-completion body ourselves. Gateways and overloaded
 * servers sometimes answer 200 with a truncated body, an empty `choices`, or
 * an `{"error": …}` object; these are transient like a 5xx, so they are
 * retried (retry.ts), and the final error quotes the server's own text.
 */
import type OpenAI from 'openai';
import { parseJsonBounded } from '../util/bounded.js';

/** How much of the server's text an error quotes. */
const QUOTED_CHARS = 200;

export class MalformedCompletion extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedCompletion';
  }
}

export function parseCompletion(status: number, text: string): OpenAI.Chat.Completions.ChatCompletion {
  let body: unknown;
  try {
    body = parseJsonBounded(text);
  } catch {
    throw new MalformedCompletion(`HTTP ${status} with a body that is not JSON: ${quote(text)}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new MalformedCompletion(`HTTP ${status} with a body that is not a completion: ${quote(text)}`);
  const record = body as Record<string, unknown>;
  if (record.error !== undefined && record.error !== null)
    throw new MalformedCompletion(`HTTP ${status} with an error: ${quote(errorText(record.error))}`);
  if (!Array.isArray(record.choices) || record.choices.length === 0)
    throw new MalformedCompletion(`HTTP ${status}: the endpoint answered without any choice: ${quote(text)}`);
  const first: unknown = record.choices[0];
  // `message: null` is no message either (typeof null is 'object'): read as an empty reply, it failed the agent's test.
  if (!isRecord(first) || !isRecord(first.message))
    throw new MalformedCompletion(`HTTP ${status}: the first choice has no message: ${quote(text)}`);
  return body as OpenAI.Chat.Completions.ChatCompletion;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorText(error: unknown): string {
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string')
    return (error as { message: string }).message;
  return JSON.stringify(error);
}

/** One line, at most QUOTED_CHARS: enough to recognise the server's message, never a whole page. */
function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return '(empty)';
  return JSON.stringify(line.length > QUOTED_CHARS ? `${line.slice(0, QUOTED_CHARS)}…` : line);
}
