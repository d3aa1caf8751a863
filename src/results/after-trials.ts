/**
 * The keys a results file has after its trials, from the text that follows
 * the trials' closing ']' to the end of the file. Rehearse writes nothing
 * there but the closing '}'; a file from another tool, edited by hand or by
 * `jq` may hold any key there (`infrastructure`, `stopReason`, `gate`…), and
 * a reader that dropped them would take a run cut short for a healthy one.
 * Pure: the caller turns a character index into a byte offset and a line.
 */

/** The members after the trials, or where and why the text is not the end of a JSON object. */
export type AfterTrials = { readonly members: Record<string, unknown> } | { readonly at: number; readonly why: string };

const isJsonSpace = (char: string | undefined): boolean =>
  char === ' ' || char === '\n' || char === '\r' || char === '\t';

function nextNonSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && isJsonSpace(text[at])) at += 1;
  return at;
}

const TRUNCATED = 'the file ends before the document does (truncated?)';

/** V8's message without the input it quotes and the position it names in our own string (given as a byte instead). */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\s+/g, ' ');
}

/** `text`: everything after the trials' ']'. */
export function keysAfterTrials(text: string): AfterTrials {
  const first = nextNonSpace(text, 0);
  if (first === text.length) return { at: first, why: TRUNCATED };
  if (text[first] === '}') {
    const after = nextNonSpace(text, first + 1);
    return after === text.length ? { members: {} } : { at: after, why: 'text after the end of the document' };
  }
  if (text[first] !== ',')
    return { at: first, why: `${JSON.stringify(text[first])} after the trials where ',' or '}' was expected` };
  const key = nextNonSpace(text, first + 1);
  if (key === text.length) return { at: key, why: TRUNCATED };
  if (text[key] !== '"') return { at: key, why: `${JSON.stringify(text[key])} after ',' where a key was expected` };
  // The ',' becomes the '{' of an object holding the members: index i of `object` is index first + i of `text`.
  const object = `{${text.slice(first + 1)}`;
  try {
    return { members: JSON.parse(object) as Record<string, unknown> };
  } catch (error) {
    const why = reasonOf(error);
    const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    // V8 says "Unexpected end of JSON input", or names the end as the position of what it was reading.
    const truncated = position === undefined ? why.startsWith('Unexpected end') : Number(position) >= object.length;
    if (truncated) return { at: text.length, why: TRUNCATED };
    if (position !== undefined) return { at: first + Number(position), why };
    return { at: key, why: `the keys after the trials, from here, are not valid JSON (${why})` };
  }
}
