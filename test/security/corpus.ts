/**
 * Hostile material for the leak and injection tests: a secret with
 * characters that change under URL/JSON/base64 encoding, every form an echo
 * may take, and workflow-command injection strings.
 */

/** Not shaped like any known credential: only the redactor's knowledge of `api_key_env` can hide it. */
export const SECRET = 'Zq81x/TTr9+lmN0"pQ7hh3Key=Value';

/** The secret as an endpoint or agent may echo it, each independently encoded here (not by the code under test). */
export function secretForms(secret: string = SECRET): Record<string, string> {
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const bytes = [...Buffer.from(secret, 'utf8')];
  const percent = bytes.map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  return {
    raw: secret,
    lowercase: secret.toLowerCase(),
    uppercase: secret.toUpperCase(),
    urlEncoded: encodeURIComponent(secret),
    percentPerByte: percent.toUpperCase(),
    percentPerByteLower: percent,
    jsonEscaped: JSON.stringify(secret).slice(1, -1),
    htmlEscaped: secret.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    hex: Buffer.from(secret, 'utf8').toString('hex'),
    hexUpper: Buffer.from(secret, 'utf8').toString('hex').toUpperCase(),
    base64: base64(secret).replace(/=+$/, ''),
    base64url: Buffer.from(secret, 'utf8').toString('base64url'),
    basicAuth: base64(`bot:${secret}`).replace(/=+$/, ''),
    basicAuthOtherUser: base64(`ab:${secret}`).replace(/=+$/, ''),
  };
}

/** A MIME part carrying the secret in a base64 body wrapped at 76 characters (CRLF), as mail and multipart do. */
export function mimeWrapped(secret: string = SECRET): string {
  const body = Buffer.from(`Dear operator,\nthe credentials are: ${secret}\nregards`, 'utf8').toString('base64');
  return `Content-Transfer-Encoding: base64\r\n\r\n${body.replace(/.{76}/g, '$&\r\n')}\r\n`;
}

/** The secret in `parts` pieces of nearly equal length (a key an agent spreads over several messages). */
export function splitSecret(parts: number, secret: string = SECRET): string[] {
  const size = Math.ceil(secret.length / parts);
  return Array.from({ length: parts }, (_, index) => secret.slice(index * size, (index + 1) * size));
}

/** Pieces of the secret this long or longer count as a leak. */
const LEAKED_PIECE = 10;

/**
 * Every form of the secret found in `text`, by name (empty when clean): whole forms, base64 wrapped over lines,
 * and any piece of LEAKED_PIECE characters or more.
 */
export function leaksIn(text: string, secret: string = SECRET): string[] {
  const found = Object.entries(secretForms(secret))
    .filter(([, form]) => text.includes(form))
    .map(([name]) => name);
  const joined = text.replace(/\r?\n/g, '');
  // Whatever came before the secret (0, 1 or 2 bytes mod 3), characters 4-20 of the base64 hold only its bytes.
  const cores = [0, 1, 2].map((offset) =>
    Buffer.from(`${'x'.repeat(offset)}${secret}`, 'utf8')
      .toString('base64')
      .slice(4, 20),
  );
  if (!found.some((name) => name.startsWith('base64')) && cores.some((core) => joined.includes(core)))
    found.push('base64 wrapped over lines');
  const lower = text.toLowerCase();
  found.push(...cutFormsIn(lower, secret));
  for (let at = 0; at + LEAKED_PIECE <= secret.length; at++) {
    if (lower.includes(secret.slice(at, at + LEAKED_PIECE).toLowerCase())) {
      found.push(`piece at ${at}`);
      break;
    }
  }
  return found;
}

/** Forms in which the secret is not written as itself: cut short, each still gives its characters away. */
const ENCODED_FORMS = ['urlEncoded', 'percentPerByte', 'jsonEscaped', 'htmlEscaped', 'hex', 'base64', 'base64url'];

/**
 * An encoded form cut at either end (an excerpt of an error body, the tail of a log) that still encodes LEAKED_PIECE
 * characters of the secret or more, by name (`hex cut`). `lower` is the text in lower case: hex and percent-encoding
 * come in either case.
 */
function cutFormsIn(lower: string, secret: string): string[] {
  const forms = secretForms(secret);
  const found: string[] = [];
  for (const name of ENCODED_FORMS) {
    const form = forms[name]!.toLowerCase();
    if (lower.includes(form)) continue; // counted whole already
    const length = Math.ceil((LEAKED_PIECE * form.length) / secret.length);
    if (length < form.length && (lower.includes(form.slice(0, length)) || lower.includes(form.slice(-length))))
      found.push(`${name} cut`);
  }
  return found;
}

/** Text an endpoint or agent sends to forge workflow commands; PWNED marks what must never become a command. */
export const WORKFLOW_INJECTIONS = [
  '\n::error::PWNED error',
  '\r::add-mask::PWNED',
  '\r\n::stop-commands::PWNEDTOKEN',
  'line\u2028::warning file=a.ts,line=1::PWNED warning',
  'line\u2029::notice::PWNED notice',
  'line\u0085::group::PWNED group',
  '  ::error title=x::PWNED indented',
  'text ##[group]PWNED v1 group',
  '##[error]PWNED v1 error',
  '\u000b::debug::PWNED vt',
  '\u000c::error::PWNED ff',
];

/** Lines as the runner reads them (it breaks on CR too), trimmed like its command parser does. */
export function runnerLines(log: string): string[] {
  return log.split(/\r\n|\r|\n/).map((line) => line.trim());
}

/** Lines of a log that the runner would take as a command carrying injected text. */
export function injectedCommands(log: string): string[] {
  return runnerLines(log).filter(
    (line) =>
      (line.startsWith('::') && /^::[^:]*::PWNED/.test(line)) ||
      line.includes('::stop-commands::') ||
      /##\[/.test(line),
  );
}

/**
 * Terminal control a reply may carry to rewrite the screen: clear screen, cursor home, colours, BEL, NUL, backspace,
 * OSC.
 */
export const TERMINAL_ATTACK =
  '\u001b[2J\u001b[H\u001b[32m✓ all passed\u001b[0m\u0007\u0000\b\b\u001b]0;pwned title\u0007\r✓ all passed';
