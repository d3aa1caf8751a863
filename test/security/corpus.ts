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
  return {
    raw: secret,
    urlEncoded: encodeURIComponent(secret),
    jsonEscaped: JSON.stringify(secret).slice(1, -1),
    base64: base64(secret).replace(/=+$/, ''),
    base64url: Buffer.from(secret, 'utf8').toString('base64url'),
    basicAuth: base64(`bot:${secret}`).replace(/=+$/, ''),
    basicAuthOtherUser: base64(`ab:${secret}`).replace(/=+$/, ''),
  };
}

/** Every form of the secret found in `text`, by name (empty when clean). */
export function leaksIn(text: string, secret: string = SECRET): string[] {
  return Object.entries(secretForms(secret))
    .filter(([, form]) => text.includes(form))
    .map(([name]) => name);
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
