/**
 * The one redaction layer: every secret value Rehearse knows, and text shaped
 * like a credential, become `***` before anything is written or posted.
 *
 * Known values are also matched in the forms an echo usually takes: wrapped
 * over lines, URL-encoded (also every byte as %XX), JSON- and HTML-escaped,
 * hex, and base64-encoded (at any of the three byte alignments, so
 * `base64("user:" + secret)` in a Basic header is caught without knowing the
 * user, and wrapped over lines as MIME writes it), in any letter case; any
 * piece of MIN_FRAGMENT_LENGTH characters or more (a secret cut off, or
 * split across messages); and any of those forms cut at either end while it
 * still encodes MIN_FRAGMENT_LENGTH characters (an error body cut to an
 * excerpt before it reached us). Values shorter than MIN_SECRET_LENGTH are
 * not registered: turning every "a" into *** would wreck the reports and
 * protect nothing.
 *
 * Pure: no I/O. A Redactor only grows (`add`), so every writer holding it sees
 * secrets learned later (the suite's `api_key_env` names are known only once
 * it is loaded).
 */
import { mapJson } from './bounded.js';

export const REDACTED = '***';
/** Shorter values are skipped (with a notice): they would match ordinary words. */
export const MIN_SECRET_LENGTH = 8;

/** Names under which a credential is written in headers, JSON, query strings and config dumps. */
const CREDENTIAL_KEYS = [
  '(?:proxy-)?authorization',
  'x-api-key',
  'api[-_]?key',
  'x-auth-token',
  'auth[-_]?token',
  'access[-_]?token',
  'refresh[-_]?token',
  'client[-_]?secret',
  'secret[-_]?access[-_]?key',
  'password',
  'passwd',
].join('|');
const SCHEMES = 'bearer|basic|token|digest';

/**
 * Credential shapes, redacted whether or not we know the value. Each keeps
 * what names the credential (scheme, header, key prefix) and hides the rest.
 * Every pattern is linear: bounded quantifiers over disjoint classes.
 */
const SHAPES: readonly { readonly pattern: RegExp; readonly replace: string | ((...groups: string[]) => string) }[] = [
  // PEM private keys, whole.
  { pattern: /-----BEGIN ([A-Z ]{0,40})PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g, replace: REDACTED },
  // `Authorization: Bearer x`, `"x-api-key": "x"`, `api_key=x`, `password: x` in headers, JSON, query strings, dumps.
  {
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(${CREDENTIAL_KEYS})(["']?\\s{0,4}[:=]\\s{0,4}["']?)` + // name and separator
        `(?:(${SCHEMES})\\s{1,4})?(?!(?:${SCHEMES})\\b)[^\\s"'&,;<>{}*]{6,}`, // optional scheme, then the value
      'gi',
    ),
    replace: (_whole, name, separator, scheme) => `${name}${separator}${scheme ? `${scheme} ` : ''}${REDACTED}`,
  },
  // Bearer/Basic/token credentials wherever they appear; a digit is required so prose ("Basic question") stays.
  {
    pattern: /\b(Bearer|Basic|Token)\s{1,4}(?=[A-Za-z._~+/-]{0,300}[0-9])[A-Za-z0-9._~+/-]{8,}=*/g,
    replace: `$1 ${REDACTED}`,
  },
  // Passwords in URLs: https://user:pass@host.
  { pattern: /\b([a-z][a-z0-9+.-]{1,20}:\/\/[^\s/@:]{1,200}):[^\s/@]{1,200}@/gi, replace: `$1:${REDACTED}@` },
  // OpenAI / Anthropic style keys: sk-…, sk-proj-…, sk-ant-…; Stripe-style sk_live_…/rk_test_….
  { pattern: /(?<![A-Za-z0-9])(?:sk-[A-Za-z0-9_-]{16,}|[sr]k_(?:live|test)_[A-Za-z0-9]{16,})/g, replace: REDACTED },
  // GitHub tokens.
  { pattern: /(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, replace: REDACTED },
  // AWS access key ids.
  { pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}(?![A-Z0-9])/g, replace: REDACTED },
  // Slack and Google API keys.
  { pattern: /(?<![A-Za-z0-9])(?:xox[abposr]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35})/g, replace: REDACTED },
  // JWTs: base64url JSON header and payload (both start `{"` → `eyJ`), optional signature.
  { pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, replace: REDACTED },
];

/**
 * Something every shape above needs. Text without any (nearly all of it) skips the shape patterns: one scan
 * instead of ten. Case-insensitive, so it is a superset of the triggers.
 */
const SHAPE_HINT = new RegExp(
  [
    '-----BEGIN',
    CREDENTIAL_KEYS,
    SCHEMES,
    ':\\/\\/',
    'sk-',
    '[sr]k_',
    'gh[pousr]_',
    'github_pat_',
    '(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)',
    'xox',
    'AIza',
    'eyJ',
  ].join('|'),
  'i',
);

export interface RedactorOptions {
  /** Told about each skipped value (never the value itself): a debug notice. */
  readonly onSkipped?: (why: string) => void;
}

export class Redactor {
  private readonly secrets = new Set<string>();
  private known: KnownSecret[] = [];
  private longest = 0;
  private readonly onSkipped: ((why: string) => void) | undefined;

  constructor(secrets: Iterable<string | undefined> = [], options: RedactorOptions = {}) {
    this.onSkipped = options.onSkipped;
    this.add(secrets);
  }

  /** Registers more secret values (undefined, empty and duplicates ignored); returns the values newly added. */
  add(values: Iterable<string | undefined>): string[] {
    const added: string[] = [];
    for (const raw of values) {
      const value = raw?.trim();
      if (!value || this.secrets.has(value)) continue;
      if (value.length < MIN_SECRET_LENGTH) {
        this.onSkipped?.(`a secret of ${value.length} characters is not redacted (shorter than ${MIN_SECRET_LENGTH})`);
        continue;
      }
      this.secrets.add(value);
      this.known.push(knownSecret(value));
      this.longest = Math.max(this.longest, Buffer.byteLength(value, 'utf8'));
      added.push(value);
    }
    return added;
  }

  /** The registered values (for core.setSecret). */
  values(): string[] {
    return [...this.secrets];
  }

  redact(text: string): string {
    // Shorter than any secret, form, piece or shape we look for (object keys, statuses, ids).
    if (text.length < MIN_SECRET_LENGTH) return text;
    const spans = this.spansOf(text);
    let result = spans.length > 0 ? replaceSpans(text, spans) : text;
    if (!SHAPE_HINT.test(result)) return result;
    for (const { pattern, replace } of SHAPES) result = result.replace(pattern, replace as string);
    return result;
  }

  /**
   * Where the known secrets are in `text`, in any of their forms, in any letter case (a search index lowercases
   * what it holds; hex and percent-encoding come in both cases), and any piece of one of at least
   * MIN_FRAGMENT_LENGTH characters.
   */
  private spansOf(text: string): [number, number][] {
    if (this.known.length === 0) return [];
    const folded = fold(text);
    const spans: [number, number][] = [];
    for (const known of this.known) {
      for (const form of known.wholeForms) {
        for (let at = folded.indexOf(form); at !== -1; at = folded.indexOf(form, at + 1))
          spans.push([at, at + form.length]);
      }
      if (folded.includes(known.start)) {
        for (const match of text.matchAll(known.wrapped)) spans.push([match.index, match.index + match[0].length]);
      }
      findPieces(folded, known, spans);
      findCutForms(folded, known, spans);
    }
    if (MIME_LINE_BREAK.test(text)) findWrappedBase64(text, this.known, spans);
    return spans;
  }

  /** A copy of plain data (results, trials) with every string redacted, object keys included; any depth is safe. */
  redactValue<T>(value: T): T {
    return mapJson(value, { string: (text) => this.redact(text), key: (key) => this.redact(key) }) as T;
  }

  /**
   * Redacts a document written in pieces (the HTML report, JUnit XML) as the pieces go by: a secret split
   * across two pieces is found whole, because the end of each piece, as long as any form of a secret could be,
   * waits for the next one.
   */
  *redactChunks(chunks: Iterable<string>): Generator<string> {
    let carry = '';
    for (const chunk of chunks) {
      const text = carry + chunk;
      const hold = HOLD_BASE + HOLD_PER_SECRET_BYTE * this.longest;
      if (text.length <= 2 * hold) {
        carry = text;
        continue;
      }
      let cut = text.length - hold;
      // Credential shapes are single-line: cut after a line break when there is one near.
      const lineBreak = text.lastIndexOf('\n', cut);
      if (lineBreak > cut - hold) cut = lineBreak + 1;
      for (const [begin, end] of mergeSpans(this.spansOf(text))) if (begin < cut && end > cut) cut = begin;
      yield this.redact(text.slice(0, cut));
      carry = text.slice(cut);
    }
    if (carry !== '') yield this.redact(carry);
  }
}

/** Text held back between pieces, on top of what the longest secret's longest form needs. */
const HOLD_BASE = 1024;
/** The longest form per byte of secret: wrapped over lines, up to 4 spaces between characters. */
const HOLD_PER_SECRET_BYTE = 6;

interface KnownSecret {
  readonly secret: string;
  /**
   * The forms (folded, see fold; longest first) searched whole only; the others are found from their ends (`ends`),
   * whole ones too.
   */
  readonly wholeForms: readonly string[];
  /** The secret's base64 cores, folded: also looked for in base64 wrapped over lines (MIME). */
  readonly cores: readonly string[];
  /** The secret wrapped over lines (case-insensitive). */
  readonly wrapped: RegExp;
  /** Its first characters, folded: the wrapped search runs only where they are. */
  readonly start: string;
  /** Each encoded form's ends, as long as it takes to encode MIN_FRAGMENT_LENGTH characters (findCutForms). */
  readonly ends: readonly CutForm[];
  /** The folded secret, and its blocks of PIECE_BLOCK characters at multiples of PIECE_BLOCK. */
  readonly folded: string;
  readonly blocks: readonly { readonly at: number; readonly text: string }[];
}

function knownSecret(secret: string): KnownSecret {
  const folded = fold(secret);
  const blocks: { at: number; text: string }[] = [];
  for (let at = 0; at + PIECE_BLOCK <= folded.length; at += PIECE_BLOCK)
    blocks.push({ at, text: folded.slice(at, at + PIECE_BLOCK) });
  const forms = [...new Set(echoedForms(secret).map(fold))].sort((a, b) => b.length - a.length);
  const ends = forms
    .filter((form) => form !== folded)
    .map((form) => ({ form, length: Math.ceil((MIN_FRAGMENT_LENGTH * form.length) / secret.length) }))
    .filter(({ form, length }) => length < form.length)
    .map(({ form, length }) => ({ form, length, head: form.slice(0, length), tail: form.slice(-length) }));
  const fromEnds = new Set(ends.map(({ form }) => form));
  return {
    secret,
    wholeForms: forms.filter((form) => !fromEnds.has(form)),
    ends,
    cores: [...new Set(base64Cores(secret).map(fold))].filter((core) => core.length >= MIN_SECRET_LENGTH),
    wrapped: new RegExp([...secret].map(escapeChar).join('\\s{0,4}'), 'gi'),
    start: folded.slice(0, WRAPPED_PREFILTER_LENGTH),
    folded,
    blocks,
  };
}

/**
 * Letter case folded without changing the length (so positions in the folded
 * text are positions in the text): toLowerCase, or ASCII letters only where
 * toLowerCase would change the length.
 */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[A-Z]/g, (char) => char.toLowerCase());
}

/** Aligned blocks this long: any piece of ≥ 2 × PIECE_BLOCK - 1 characters holds one whole. */
const PIECE_BLOCK = 5;

/**
 * Every piece of the secret of at least MIN_FRAGMENT_LENGTH characters (or
 * the whole of a shorter secret): a secret cut at either end, or split across
 * messages. Each aligned block found is grown both ways while the text goes
 * on matching the secret.
 */
function findPieces(folded: string, known: KnownSecret, spans: [number, number][]): void {
  const secret = known.folded;
  const minimum = Math.min(secret.length, MIN_FRAGMENT_LENGTH);
  for (const block of known.blocks) {
    for (let at = folded.indexOf(block.text); at !== -1; at = folded.indexOf(block.text, at + 1)) {
      let begin = at;
      let offset = block.at;
      while (offset > 0 && begin > 0 && folded[begin - 1] === secret[offset - 1]) {
        begin--;
        offset--;
      }
      let end = at + PIECE_BLOCK;
      let next = block.at + PIECE_BLOCK;
      while (next < secret.length && end < folded.length && folded[end] === secret[next]) {
        end++;
        next++;
      }
      if (end - begin >= minimum) spans.push([begin, end]);
    }
  }
}

/** An encoded form and its two ends as long as they must be to be found cut (findCutForms). */
interface CutForm {
  readonly form: string;
  readonly length: number;
  readonly head: string;
  readonly tail: string;
}

/**
 * An encoded form cut short at either end (its start kept by an excerpt, its end by a log's tail) while what is left
 * still encodes MIN_FRAGMENT_LENGTH characters of the secret or more: the piece rule, for the forms that are not the
 * secret as written. Each end found is grown while the text goes on matching the form.
 */
function findCutForms(folded: string, known: KnownSecret, spans: [number, number][]): void {
  for (const { form, length, head, tail } of known.ends) {
    for (let at = folded.indexOf(head); at !== -1; at = folded.indexOf(head, at + 1)) {
      let end = at + length;
      while (end - at < form.length && folded[end] === form[end - at]) end++;
      spans.push([at, end]);
    }
    for (let at = folded.indexOf(tail); at !== -1; at = folded.indexOf(tail, at + 1)) {
      let begin = at;
      let offset = form.length - length;
      while (offset > 0 && begin > 0 && folded[begin - 1] === form[offset - 1]) {
        begin--;
        offset--;
      }
      spans.push([begin, at + length]);
    }
  }
}

const MIME_LINE_BREAK = /[A-Za-z0-9+/=_-]\r?\n[A-Za-z0-9+/=_-]/;
/**
 * Base64 over several lines, as MIME (76 characters a line) and PEM-like dumps write it. Starting only where a run
 * of its letters starts keeps the search linear: from inside a long run with no line break after it (a 1 MB line
 * of letters), each position would scan the rest of the run again.
 */
const WRAPPED_BASE64 = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/=_-]+(?:\r?\n[A-Za-z0-9+/=_-]+)+/g;

/** A block of base64 wrapped over lines that, joined, holds a secret's base64: the whole block. */
function findWrappedBase64(text: string, known: readonly KnownSecret[], spans: [number, number][]): void {
  for (const match of text.matchAll(WRAPPED_BASE64)) {
    const joined = fold(match[0].replace(/\r?\n/g, ''));
    if (known.some((secret) => secret.cores.some((core) => joined.includes(core))))
      spans.push([match.index, match.index + match[0].length]);
  }
}

/** A cut-off echo (a stderr tail, a truncated error) keeps this much of a secret at least to be recognised. */
export const MIN_FRAGMENT_LENGTH = 10;
/** Chars of a secret that must appear unbroken before the (slower) wrapped-over-lines search runs. */
const WRAPPED_PREFILTER_LENGTH = 3;

/** Sorted, overlapping spans joined (touching ones stay apart: two secrets side by side are two). */
function mergeSpans(spans: readonly [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [begin, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && begin < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([begin, end]);
  }
  return merged;
}

/** Replaces each group of overlapping spans by one REDACTED. */
function replaceSpans(text: string, spans: readonly [number, number][]): string {
  let result = '';
  let cursor = 0;
  for (const [begin, end] of mergeSpans(spans)) {
    result += text.slice(cursor, begin) + REDACTED;
    cursor = end;
  }
  return result + text.slice(cursor);
}

/**
 * The secret as an echo may carry it: as is, URL-encoded (as encodeURIComponent does, and every byte as %XX),
 * JSON-escaped, HTML-escaped, in hex, and base64-encoded.
 */
export function echoedForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const hex = bytes.toString('hex');
  const forms = [
    secret,
    encodeURIComponent(secret),
    [...bytes].map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`).join(''),
    JSON.stringify(secret).slice(1, -1),
    secret.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!),
    hex,
    ...base64Cores(secret),
  ];
  return [...new Set(forms)].filter((form) => form.length >= MIN_SECRET_LENGTH);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * The part of base64(prefix + secret + suffix) that depends only on the
 * secret, for the three lengths of prefix mod 3, in both alphabets.
 */
function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    // Characters touched by the padding bytes in front, and by whatever follows the secret, vary: drop them.
    const start = offset === 0 ? 0 : offset === 1 ? 2 : 3;
    const end = Math.floor(((offset + bytes.length) * 8) / 6);
    const core = encoded.slice(start, end);
    cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return cores;
}

function escapeChar(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Where a redirect points, without what may be a credential: a login or signed-URL redirect carries a token in its
 * query (`?token=…`, `?sig=…`) or a password in its authority, which no redactor knows. The scheme, host and path
 * are what `base_url` (or an http agent's `url`) needs.
 */
export function redirectTarget(location: string): string {
  return withoutCredentials(location);
}

/**
 * A URL as an error message shows it: its user and password (`http://user:pass@host`) and its query (`?code=…`, a
 * function key or signature no redactor knows) left out. An http agent's or a passthrough tool's URL is shown so.
 */
export function withoutCredentials(url: string): string {
  // A URL that does not parse was never sent, and its failure quotes it (see unparsedUserInfo).
  const unparsed = unparsedUserInfo(url);
  const rest = unparsed ? unparsed.rest : url;
  const cut = rest.search(/[?#]/);
  const bare = cut < 0 ? rest : `${rest.slice(0, cut)}?…`;
  if (unparsed) return `${unparsed.scheme}…@${bare}`;
  // Up to the last @ before the path: a password may hold a raw @ too.
  return bare.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/]*@/i, '$1');
}

/**
 * The user info of a URL that does not parse, with its scheme and what follows: a password written with a raw
 * / ? # or \ ends the host early, so the parser's rule can not say where the user info ends. The last @ does. One
 * rule for what errors show (withoutCredentials) and what is redacted (suite/secrets.ts). undefined when the URL
 * parses or has no @.
 */
export function unparsedUserInfo(
  url: string,
): { readonly scheme: string; readonly userInfo: string; readonly rest: string } | undefined {
  if (URL.canParse(url)) return undefined;
  const match = /^([a-z][a-z0-9+.-]*:\/\/)(.*)@/is.exec(url);
  return match
    ? { scheme: match[1] as string, userInfo: match[2] as string, rest: url.slice(match[0].length) }
    : undefined;
}
