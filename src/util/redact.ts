/**
 * The one redaction layer: every secret value Rehearse knows, and text shaped
 * like a credential, become `***` before anything is written or posted.
 *
 * Known values are also matched in the forms an echo usually takes: wrapped
 * over lines, URL-encoded, JSON-escaped and base64-encoded (at any of the
 * three byte alignments, so `base64("user:" + secret)` in a Basic header is
 * caught without knowing the user). Values shorter than MIN_SECRET_LENGTH are
 * not registered: turning every "a" into *** would wreck the reports and
 * protect nothing.
 *
 * Pure: no I/O. A Redactor only grows (`add`), so every writer holding it sees
 * secrets learned later (the suite's `api_key_env` names are known only once
 * it is loaded).
 */

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
  private matchers: ((text: string) => string)[] = [];
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
      added.push(value);
    }
    // Longest first, so a secret inside another is not hidden piecemeal; every secret's whole forms
    // before any cut-off piece, so a piece of one never eats into another.
    if (added.length > 0) {
      const longestFirst = [...this.secrets].sort((a, b) => b.length - a.length);
      this.matchers = [
        ...longestFirst.map(wholeFormsMatcher),
        ...longestFirst.map((secret) => (text: string) => hideCutOff(text, secret)),
      ];
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
    let result = text;
    for (const hide of this.matchers) result = hide(result);
    if (!SHAPE_HINT.test(result)) return result;
    for (const { pattern, replace } of SHAPES) result = result.replace(pattern, replace as string);
    return result;
  }

  /** A copy of plain data (results, trials) with every string redacted, object keys included. */
  redactValue<T>(value: T): T {
    return redactDeep(value, (text) => this.redact(text)) as T;
  }
}

function redactDeep(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), redactDeep(item, redact)]));
  }
  return value;
}

/** A cut-off echo (a stderr tail, a truncated error) keeps this much of a secret at least to be recognised. */
export const MIN_FRAGMENT_LENGTH = 10;
/** Chars of a secret that must appear unbroken before the (slower) wrapped-over-lines search runs. */
const WRAPPED_PREFILTER_LENGTH = 3;

/**
 * Hides one secret in all its whole forms (exact, encoded, wrapped over
 * lines). Plain searches (indexOf) do the work; the one regex (the value
 * wrapped over lines) runs only on text that holds the value's first
 * characters, so clean text costs a few scans.
 */
function wholeFormsMatcher(secret: string): (text: string) => string {
  const encoded = echoedForms(secret).sort((a, b) => b.length - a.length);
  const wrapped = new RegExp([...secret].map(escapeChar).join('\\s{0,4}'), 'g');
  const start = secret.slice(0, WRAPPED_PREFILTER_LENGTH);
  return (text) => {
    let result = text;
    if (result.includes(start)) result = result.replace(wrapped, REDACTED);
    for (const form of encoded) if (result.includes(form)) result = result.replaceAll(form, REDACTED);
    return result;
  };
}

/** The secret, or a piece of it cut at either end (≥ MIN_FRAGMENT_LENGTH chars), becomes REDACTED. */
function hideCutOff(text: string, secret: string): string {
  const keep = Math.min(secret.length, MIN_FRAGMENT_LENGTH);
  const head = secret.slice(0, keep);
  const tail = secret.slice(secret.length - keep);
  if (!text.includes(head) && !text.includes(tail)) return text;
  const spans: [number, number][] = [];
  for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + 1)) {
    let end = at + keep;
    while (end - at < secret.length && text[end] === secret[end - at]) end++;
    spans.push([at, end]);
  }
  for (let at = text.indexOf(tail); at !== -1; at = text.indexOf(tail, at + 1)) {
    let begin = at;
    const offset = secret.length - keep;
    while (at - begin < offset && text[begin - 1] === secret[offset - (at - begin) - 1]) begin--;
    spans.push([begin, at + keep]);
  }
  return replaceSpans(text, spans);
}

/** Replaces each group of overlapping spans by one REDACTED. */
function replaceSpans(text: string, spans: [number, number][]): string {
  const merged: [number, number][] = [];
  for (const [begin, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && begin <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([begin, end]);
  }
  let result = '';
  let cursor = 0;
  for (const [begin, end] of merged) {
    result += text.slice(cursor, begin) + REDACTED;
    cursor = end;
  }
  return result + text.slice(cursor);
}

/** The secret as an echo may carry it. */
export function echoedForms(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), ...base64Cores(secret)];
  return forms.filter((form) => form.length >= MIN_SECRET_LENGTH);
}

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
