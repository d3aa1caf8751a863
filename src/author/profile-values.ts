/**
 * Pulls obvious test data out of what a user said (emails, ids, dates, names)
 * so a scenario says `{{profile.order_id}}` instead of a hard-coded value.
 * Pure and deterministic: the same text always gives the same keys.
 */

export interface ProfileValue {
  readonly key: string;
  readonly value: string;
}

const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
/** An identifier: letters then digits (A-1001, ORD12345, #48213), the noun before it names the key. */
const IDENTIFIER = new RegExp(
  String.raw`\b(?:(order|booking|reservation|account|ticket|invoice|case|customer|policy|member)\s+` +
    String.raw`(?:number\s+|id\s+|no\.?\s+)?(?:is\s+)?)?#?([A-Z]{1,4}-?\d{3,}|\d{5,})\b`,
  'gi',
);
/** A named id of any shape with a digit in it: "reservation ZFA04Y", "user id is mia_li_3668", "order #W2378156". */
const NAMED_TOKEN =
  /\b(order|booking|reservation|account|ticket|invoice|case|customer|policy|member|user)\s+(?:number\s+|id\s+|no\.?\s+)?(?:is\s+)?(#?(?=[A-Za-z0-9_]*\d)[A-Za-z0-9_]{5,})\b/gi;
/**
 * One part of a name: capitalised, any script (José, Zoë, Łukasz), with the shapes names take (O'Brien, McDonald,
 * Anne-Marie). All capitals is not a name ("This is URGENT").
 */
const NAME_PART = String.raw`(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*`;
/** Straight or typographic apostrophe: chat exports and phones write "I’m". */
const NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[Mm]y name(?: is|['’]s)|[Tt]his is|[Cc]all me|I am|I['’]m|[Nn]ame\s*:)\s+` +
    `(${NAME_PART}(?:\\s+${NAME_PART})?)(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Words that follow "I'm" or "This is" capitalised without being a name ("I'm Sorry", "This is Urgent"). */
const NOT_A_NAME = new Set(
  (
    'sorry not just looking trying calling having still here interested happy glad fine good okay afraid sure ' +
    'writing reaching following checking unable able going getting wondering confused frustrated hoping very so ' +
    'really also the a an in on at from with about urgent important regarding re done back new'
  ).split(' '),
);

export function extractProfileValues(userTexts: readonly string[]): ProfileValue[] {
  const found = new Map<string, string>();
  const add = (base: string, value: string): void => {
    if ([...found.values()].includes(value)) return;
    let key = base;
    for (let n = 2; found.has(key); n++) key = `${base}_${n}`;
    found.set(key, value);
  };
  for (const text of userTexts) {
    for (const match of text.matchAll(EMAIL)) add('email', match[0]);
    for (const match of text.matchAll(ISO_DATE)) add('date', match[0]);
    for (const match of text.matchAll(IDENTIFIER)) {
      if (/^\d{4}$/.test(match[2]!)) continue;
      add(match[1] ? `${match[1].toLowerCase()}_id` : 'id', match[2]!);
    }
    for (const match of text.matchAll(NAMED_TOKEN)) add(`${match[1]!.toLowerCase()}_id`, match[2]!);
    for (const match of text.matchAll(NAME)) {
      const parts = match[1]!.split(/\s+/);
      if (NOT_A_NAME.has(parts[0]!.toLowerCase())) continue;
      const [first, ...rest] = parts.filter((part) => !NOT_A_NAME.has(part.toLowerCase()));
      add('first_name', first!);
      if (rest.length > 0) add('last_name', rest.join(' '));
    }
  }
  return [...found].map(([key, value]) => ({ key, value }));
}

/** Replaces each value by its `{{profile.key}}` placeholder (longest first, so no value eats another). */
export function templateValues(text: string, values: readonly ProfileValue[]): string {
  let out = text;
  for (const { key, value } of [...values].sort((a, b) => b.value.length - a.value.length)) {
    out = out.split(value).join(`{{profile.${key}}}`);
  }
  return out;
}
