/**
 * The one place where text we do not control (agent, simulated user, judge,
 * tool output, test names) is made safe for markdown, HTML and XML.
 *
 * Markdown: HTML specials become entities, markdown punctuation is
 * backslash-escaped (no links, images, emphasis, tables broken by `|`), and a
 * zero-width joiner after `@` stops mentions from pinging anyone.
 * Inside `<pre>` blocks only the HTML escape applies: markdown is not parsed
 * there, and escaped `<` means the block cannot be closed early.
 *
 * GitHub links references after rendering, on the text itself, so a
 * backslash (gone once rendered) does not stop them: `#123`, `GH-42`,
 * `owner/repo#7`, commit SHAs and bare URLs would become links, and put
 * backlinks on those issues. A word joiner (invisible) inside each breaks
 * the pattern and keeps the text readable.
 *
 * Everywhere (markdown, HTML, XML): zero-width characters in untrusted text
 * are removed (they hide differences between identical-looking names) and
 * bidi controls, which can reorder what a reader sees, are shown as
 * `[U+202E]`.
 */
export { truncate } from '../util/text.js';

const ZERO_WIDTH_JOINER = '\u200d';
const WORD_JOINER = '\u2060';

/**
 * Zero-width space, non-joiner, joiner, word joiner, BOM (zero-width no-break
 * space), soft hyphen, Mongolian vowel separator.
 */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad\u180e]/g;
/** Embeddings, overrides, isolates and the implicit marks (LRM, RLM, ALM). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** Zero-width characters removed, bidi controls made visible as `[U+XXXX]`. */
export function revealInvisible(text: string): string {
  return text
    .replace(ZERO_WIDTH, '')
    .replace(BIDI_CONTROLS, (char) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

/**
 * `#123`, `owner/repo#7` (possibly backslash-escaped), `GH-42`, SHAs, `https://` and `www.` autolinks. Each
 * pattern comes with a cheap test its matches all pass, so most text skips the costly patterns (the SHA one looks
 * ahead at every position).
 */
const REFERENCES: readonly { readonly mayMatch: RegExp; readonly pattern: RegExp; readonly replacement: string }[] = [
  { mayMatch: /#\d/, pattern: /(?<!&)#(?=\d)/g, replacement: `#${WORD_JOINER}` }, // not inside an entity like &#39;
  { mayMatch: /gh\\?-\d/i, pattern: /\b(GH)(?=\\?-\d)/gi, replacement: `$1${WORD_JOINER}` },
  // A commit SHA: 7 to 40 hex digits with at least one letter and one digit (so plain numbers stay untouched).
  {
    mayMatch: /[0-9a-f]{7}/i,
    pattern:
      /(?<![0-9A-Za-z])(?=[0-9a-f]{0,39}[a-f])(?=[0-9a-f]{0,39}\d)([0-9a-f]{4})(?=[0-9a-f]{3,36}(?![0-9A-Za-z]))/gi,
    replacement: `$1${WORD_JOINER}`,
  },
  { mayMatch: /:\/\//, pattern: /(\b[a-z][a-z0-9+.-]{0,20}(?:\\?:))(?=\/\/)/gi, replacement: `$1${WORD_JOINER}` },
  { mayMatch: /www/i, pattern: /\b(www)(?=\\?\.)/gi, replacement: `$1${WORD_JOINER}` },
];

/** References GitHub would link (issues, PRs, commits, URLs) made inert but readable. */
export function defuseReferences(text: string): string {
  let result = text;
  for (const { mayMatch, pattern, replacement } of REFERENCES)
    if (mayMatch.test(result)) result = result.replace(pattern, replacement);
  return result;
}
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Characters that would otherwise be control characters or invisible line breaks in a report. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g;

/** @ followed by something that GitHub could read as a user or team. */
const MENTION = /@(?=[A-Za-z0-9_-])/g;

export function defuseMentions(text: string): string {
  return text.replace(MENTION, `@${ZERO_WIDTH_JOINER}`);
}

export function escapeHtml(text: string): string {
  return revealInvisible(text)
    .replace(CONTROL_CHARS, '')
    .replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

/** For text inside `<pre>` in GitHub markdown: HTML-escaped, mentions defused, newlines kept. */
export function escapePre(text: string): string {
  return defuseReferences(defuseMentions(escapeHtml(text.replace(/\r\n?/g, '\n'))));
}

/** ASCII punctuation markdown could act on; `&` and `;` are left alone because the entities below use them. */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~:]/g;

/** For inline markdown (list items, table cells, headings): one line, nothing interpreted. */
export function escapeMarkdown(text: string): string {
  const oneLine = revealInvisible(text).replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim();
  const entities = oneLine.replace(/[&<>]/g, (char) => HTML_ENTITIES[char]!);
  return defuseReferences(defuseMentions(entities.replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)));
}

/** Inline code for identifiers (test ids, tool names): a backtick fence longer than any run inside. */
export function inlineCode(text: string): string {
  // Mentions are not linked inside code spans, so ids stay copyable. A pipe would end
  // a table cell even inside a code span; test ids never contain one anyway.
  const oneLine = revealInvisible(text).replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\u2223');
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** Characters XML 1.0 does not allow at all, even escaped. */
const INVALID_XML_CHARS = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function escapeXml(text: string): string {
  return revealInvisible(text)
    .replace(INVALID_XML_CHARS, '')
    .replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}
