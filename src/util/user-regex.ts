/**
 * Regexes written by users (text criteria, scripted-scenario patterns,
 * expected_output with match: regex) run on RE2JS, a linear-time engine: a
 * pattern like `(a+)+$` can not backtrack catastrophically, so matching never
 * freezes a run past its timeout or its cancellation. RE2 has no
 * backreferences or lookaround; those are rejected with a message saying so,
 * at load time, with the same function the engine uses.
 */
import { RE2JS } from 're2js';

export interface UserRegex {
  readonly source: string;
  /** Whether the pattern matches anywhere in `text`. */
  test(text: string): boolean;
}

export type CompiledUserRegex =
  { readonly ok: true; readonly regex: UserRegex } | { readonly ok: false; readonly message: string };

const RE2_HINT = 'Rehearse runs regexes on RE2, a linear-time engine';

/** Constructs RE2 can not run in linear time, found before RE2's own (terser) syntax error. */
function unsupportedConstruct(pattern: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next))
        return `backreference \\${next} is not supported (${RE2_HINT}): repeat the group's pattern instead`;
      if (!inClass && next === 'k' && pattern[i + 2] === '<')
        return `named backreference \\k<…> is not supported (${RE2_HINT})`;
      i++;
    } else if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') {
      inClass = true;
      if (pattern[i + 1] === ']' || (pattern[i + 1] === '^' && pattern[i + 2] === ']'))
        i += pattern[i + 1] === '^' ? 2 : 1;
    } else if (char === '(' && pattern[i + 1] === '?') {
      const look = /^\(\?(<?[=!])/.exec(pattern.slice(i));
      if (look) {
        const kind = look[1]!.startsWith('<') ? 'lookbehind' : 'lookahead';
        const instead = 'match the text itself, or use a text check (contains/not_contains)';
        return `${kind} ${look[0]}…) is not supported (${RE2_HINT}): ${instead}`;
      }
    }
  }
  return undefined;
}

/** Compiles `pattern` (JavaScript-like syntax; `ignoreCase` for case-insensitive matching). */
export function compileUserRegex(pattern: string, options: { readonly ignoreCase?: boolean } = {}): CompiledUserRegex {
  const unsupported = unsupportedConstruct(pattern);
  if (unsupported) return { ok: false, message: unsupported };
  try {
    const compiled = RE2JS.compile(pattern, options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
    return { ok: true, regex: { source: pattern, test: (text) => compiled.test(text) } };
  } catch (error) {
    return { ok: false, message: describeSyntaxError(error) };
  }
}

/** Like `compileUserRegex`, for patterns the loader has already accepted (an Error otherwise). */
export function userRegex(pattern: string, options: { readonly ignoreCase?: boolean } = {}): UserRegex {
  const compiled = compileUserRegex(pattern, options);
  if (!compiled.ok) throw new Error(`invalid regex /${pattern}/: ${compiled.message}`);
  return compiled.regex;
}

function describeSyntaxError(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  // RE2JS says "error parsing regexp: missing closing ): `(?i)your (name`"; the pattern is already in our message.
  const withoutPrefix = raw.replace(/^error parsing regexp:\s*/, '');
  return withoutPrefix.replace(/:\s*`[\s\S]*`$/, '');
}
