/**
 * The one way text we do not control (endpoint errors, retry reasons, agent
 * output, suite-derived text) reaches the workflow log. The runner reads
 * every line of the action's stdout as a possible workflow command: a line
 * starting with `::` (after blanks) or holding `##[` can add a mask, stop
 * command processing, fake an error annotation or open a group. The runner
 * also breaks lines on a lone CR. So untrusted text is redacted, every kind
 * of line break becomes "\n", terminal escapes are removed, and on every
 * line a leading `::` and any `##[` get a zero-width space (invisible, but
 * the runner no longer matches them).
 *
 * Like `core.setSecret`, the secrets to hide are process-wide: the action
 * registers them once (maskSecrets) and every log call redacts with them.
 */
import * as core from '@actions/core';
import { echoedForms, Redactor } from '../util/redact.js';
import { sanitizeForTerminal } from '../util/terminal.js';

export type LogLevel = 'debug' | 'info' | 'notice' | 'warning' | 'error';

const ZERO_WIDTH_SPACE = '\u200b';
/** CRLF, lone CR, LF, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
const LINE_BREAKS = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
const COMMAND_AT_LINE_START = /^(\s*):(?=:)/gm;
const V1_COMMAND = /##(?=\[)/g;

let logRedactor = new Redactor();
/** Per redactor (one per run of the action), the forms already sent to core.setSecret. */
const masked = new WeakMap<Redactor, Set<string>>();

/** Text safe to write as (part of) a log line: no secret, no workflow command, no terminal escape. */
export function neutralizeForLog(text: string, redactor: Redactor = logRedactor): string {
  const lines = sanitizeForTerminal(redactor.redact(text).replace(LINE_BREAKS, '\n'));
  return lines.replace(COMMAND_AT_LINE_START, `$1:${ZERO_WIDTH_SPACE}`).replace(V1_COMMAND, `#${ZERO_WIDTH_SPACE}#`);
}

/** Logs untrusted text at a level; warnings and errors may carry an annotation's file and line. */
export function logUntrusted(level: LogLevel, text: string, properties?: core.AnnotationProperties): void {
  const safe = neutralizeForLog(text);
  if (level === 'debug') core.debug(safe);
  else if (level === 'info') core.info(safe);
  else if (level === 'notice') core.notice(safe, properties);
  else if (level === 'warning') core.warning(safe, properties);
  else core.error(safe, properties);
}

/**
 * Makes `redactor` the log's redactor and registers each of its values (and
 * their echoed forms) with `core.setSecret`, so the runner masks them in the
 * log even when written by code that does not go through logUntrusted.
 * Call again after adding secrets: only new values are registered.
 */
export function maskSecrets(redactor: Redactor): void {
  logRedactor = redactor;
  const done = masked.get(redactor) ?? new Set<string>();
  masked.set(redactor, done);
  for (const value of redactor.values()) {
    for (const form of echoedForms(value)) {
      if (done.has(form)) continue;
      done.add(form);
      core.setSecret(form);
    }
  }
}
