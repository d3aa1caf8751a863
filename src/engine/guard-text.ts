/**
 * Text helpers of the simulator guard (guard.ts): what a message quotes, what
 * the instructions give the user to say, and the longest run of words two
 * texts share.
 */

/**
 * Quoted spans: "…", “…”, «…», „…“, and '…' / ‘…’ when the quote marks stand
 * at word edges (the apostrophes of "don't" or "customers'" open nothing).
 */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]|(?<![\p{L}\p{N}])['‘][^\n]*?['’](?![\p{L}\p{N}])/gu;

/** The text with what it quotes left out (a gap is left, so words on either side do not join). */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTED, ' … ');
}

/**
 * A colon that introduces words for the user to say: "End every reply with
 * this sentence: …", "Ask the agent: …", "say: …". The words before the
 * colon (at most SAY_WINDOW of them) name the saying.
 */
const SAY_WORDS =
  /\b(?:say|says|saying|tell|ask|asks|reply|replies|respond|answer|write|end|ends|finish|close|sign|message|messages|sentence|phrase|words|line|closing|quote|verbatim|exactly)\b/i;
const SAY_WINDOW = 8;

/**
 * The instructions without the words they give the user to say (quoted, or
 * after a saying colon, to the end of the line): a user who says them is
 * doing what they were told, not leaking the instructions.
 */
export function withoutWordsToSay(instructions: string): string {
  return withoutQuotes(instructions)
    .split('\n')
    .map((line) => {
      const colon = line.indexOf(':');
      if (colon < 0) return line;
      const before = line.slice(0, colon).split(/\s+/).slice(-SAY_WINDOW).join(' ');
      return SAY_WORDS.test(before) ? `${line.slice(0, colon)} …` : line;
    })
    .join('\n');
}

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/**
 * Every maximal run of at least `min` consecutive words the two texts share,
 * as the words of `a` (dynamic programming over one row at a time).
 */
export function sharedRuns(a: readonly string[], b: readonly string[], min: number): string[][] {
  const runs: string[][] = [];
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      const length = (previous[j - 1] ?? 0) + 1;
      current[j] = length;
      const endsHere = i === a.length || j === b.length || a[i] !== b[j];
      if (length >= min && endsHere) runs.push(a.slice(i - length, i));
    }
    previous = current;
  }
  return runs;
}
