/**
 * Names that look right but are not: a Cyrillic 'о' in "refund_оrder" or a
 * zero-width space pasted from a chat window. "did you mean 'refund_order'?"
 * alone reads like nonsense for a name that looks identical, so messages name
 * the offending character and its code point.
 */

/** Characters that render as nothing (or nearly): the usual copy-paste stowaways. */
const INVISIBLE: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** Letters from other scripts that look like ASCII ones, with the letter they imitate. */
const LOOKALIKES: Record<number, readonly [name: string, looksLike: string]> = {
  0x0430: ['CYRILLIC SMALL LETTER A', 'a'],
  0x0435: ['CYRILLIC SMALL LETTER IE', 'e'],
  0x043e: ['CYRILLIC SMALL LETTER O', 'o'],
  0x0440: ['CYRILLIC SMALL LETTER ER', 'p'],
  0x0441: ['CYRILLIC SMALL LETTER ES', 'c'],
  0x0443: ['CYRILLIC SMALL LETTER U', 'y'],
  0x0445: ['CYRILLIC SMALL LETTER HA', 'x'],
  0x0456: ['CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I', 'i'],
  0x0455: ['CYRILLIC SMALL LETTER DZE', 's'],
  0x0458: ['CYRILLIC SMALL LETTER JE', 'j'],
  0x0410: ['CYRILLIC CAPITAL LETTER A', 'A'],
  0x0412: ['CYRILLIC CAPITAL LETTER VE', 'B'],
  0x0415: ['CYRILLIC CAPITAL LETTER IE', 'E'],
  0x041a: ['CYRILLIC CAPITAL LETTER KA', 'K'],
  0x041c: ['CYRILLIC CAPITAL LETTER EM', 'M'],
  0x041d: ['CYRILLIC CAPITAL LETTER EN', 'H'],
  0x041e: ['CYRILLIC CAPITAL LETTER O', 'O'],
  0x0420: ['CYRILLIC CAPITAL LETTER ER', 'P'],
  0x0421: ['CYRILLIC CAPITAL LETTER ES', 'C'],
  0x0422: ['CYRILLIC CAPITAL LETTER TE', 'T'],
  0x0425: ['CYRILLIC CAPITAL LETTER HA', 'X'],
  0x03b1: ['GREEK SMALL LETTER ALPHA', 'a'],
  0x03bf: ['GREEK SMALL LETTER OMICRON', 'o'],
  0x03c1: ['GREEK SMALL LETTER RHO', 'p'],
  0x03bd: ['GREEK SMALL LETTER NU', 'v'],
  0x0391: ['GREEK CAPITAL LETTER ALPHA', 'A'],
  0x0392: ['GREEK CAPITAL LETTER BETA', 'B'],
  0x0395: ['GREEK CAPITAL LETTER EPSILON', 'E'],
  0x039f: ['GREEK CAPITAL LETTER OMICRON', 'O'],
  0x0131: ['LATIN SMALL LETTER DOTLESS I', 'i'],
  0x2010: ['HYPHEN', '-'],
  0x2011: ['NON-BREAKING HYPHEN', '-'],
  0x2013: ['EN DASH', '-'],
  0x2212: ['MINUS SIGN', '-'],
  0x00a0: ['NO-BREAK SPACE', ' '],
};

export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * "it contains U+200B ZERO WIDTH SPACE (invisible) at character 7" for the
 * first character outside printable ASCII, or undefined when there is none.
 */
export function describeStrangeCharacter(name: string): string | undefined {
  const chars = [...name];
  const index = chars.findIndex((char) => !/^[\x21-\x7e]$/.test(char) && char !== ' ');
  if (index < 0) return undefined;
  const char = chars[index]!;
  const code = char.codePointAt(0)!;
  const where = `at character ${index + 1}`;
  const invisible = INVISIBLE[code];
  if (invisible !== undefined || /\p{Cc}|\p{Cf}/u.test(char)) {
    const label = invisible ? ` ${invisible}` : '';
    return `it contains ${codePoint(char)}${label} (invisible) ${where}: delete it and retype the name`;
  }
  const lookalike = LOOKALIKES[code];
  if (lookalike) {
    const [label, looksLike] = lookalike;
    return `it contains ${codePoint(char)} ${label} ${where}, which looks like '${looksLike}': retype it in ASCII`;
  }
  return `it contains the non-ASCII character '${char}' (${codePoint(char)}) ${where}`;
}

/** The name with invisible characters dropped and lookalikes replaced: what the user meant to type. */
export function skeleton(name: string): string {
  return [...name]
    .filter((char) => INVISIBLE[char.codePointAt(0)!] === undefined)
    .map((char) => LOOKALIKES[char.codePointAt(0)!]?.[1] ?? char)
    .join('');
}

/** The name with invisible characters written as `\u200B`, so a message shows where they are. */
export function visible(name: string): string {
  return [...name]
    .map((char) =>
      INVISIBLE[char.codePointAt(0)!] !== undefined || /\p{Cc}|\p{Cf}/u.test(char)
        ? `\\u${codePoint(char).slice(2)}`
        : char,
    )
    .join('');
}
