/**
 * A results file from elsewhere, made safe to show before it is validated:
 * nesting deeper than MAX_NESTING_DEPTH is cut (the tool arguments and
 * results of a transcript are free-form), and every string is capped by what
 * it is: a name (ids, keys, test names, criterion ids and types, tags…), free
 * text, or transcript text. Every report prints these fields; an 8 MB test
 * name would otherwise make an 8 MB line in each of them. A cut string ends
 * with what was cut and a hash of the whole, so two long names stay two and
 * the same name cut in two files is still the same.
 */
import { createHash } from 'node:crypto';
import { mapJson } from '../util/bounded.js';
import { MAX_ARTIFACT_NAME_CHARS, MAX_ARTIFACT_TEXT_CHARS, MAX_TRANSCRIPT_TEXT_CHARS } from './limits.js';

/** Keys whose strings are free text (a judge's reason, an error message…), not names. */
const TEXT_KEYS: ReadonlySet<string> = new Set([
  'reason',
  'reasons',
  'trialReasons',
  'message',
  'error',
  'detail',
  'content',
  'excerpt',
  'evidence',
  'part',
  'description',
  'title',
  'summary',
  'text',
  'stderr',
  'outcomes',
  'arguments',
  'result',
  'output',
  'input',
  'expected',
  'expectedOutput',
]);

type Zone = 'transcript' | undefined;

function capOf(key: string | undefined, zone: Zone): number {
  const text = key !== undefined && TEXT_KEYS.has(key);
  if (zone === 'transcript') return text ? MAX_TRANSCRIPT_TEXT_CHARS : MAX_ARTIFACT_NAME_CHARS;
  return text ? MAX_ARTIFACT_TEXT_CHARS : MAX_ARTIFACT_NAME_CHARS;
}

/** `text` cut to at most `max` characters, ending with how much was cut and a hash of the whole. */
export function capString(text: string, max: number): string {
  if (text.length <= max) return text;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  const note = `… [cut: ${text.length.toLocaleString('en-US')} characters, sha256 ${hash}]`;
  let end = Math.max(0, max - note.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // never half a surrogate pair
  return `${text.slice(0, end)}${note}`;
}

/** A copy of a parsed results document (or one trial) with depth and strings bounded. */
export function boundArtifact(value: unknown, inTranscript = false): unknown {
  return mapJson<Zone>(value, {
    zone: (key, parent) => parent ?? (key === 'transcript' || inTranscript ? 'transcript' : undefined),
    string: (text, key, zone) => capString(text, capOf(key, zone)),
    key: (key) => capString(key, MAX_ARTIFACT_NAME_CHARS),
  });
}
