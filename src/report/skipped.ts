/**
 * Tests that could not run (no simulator key or endpoint): one wording for
 * every output, so the console, the comment, the HTML and JUnit agree.
 */
import type { SkippedTest } from '../model/results.js';

/** "no simulator key" or "no simulator configured": the short cause, for headings. */
export function skipCause(skipped: readonly SkippedTest[]): string {
  const cause = (entry: SkippedTest): string =>
    entry.missing?.endpoint ? 'no simulator configured' : entry.missing ? 'no simulator key' : 'not run';
  const causes = new Set(skipped.map(cause));
  return [...causes].join(', ');
}

/** The distinct environment variables the skipped tests lack, in order of appearance. */
export function missingEnvVars(skipped: readonly SkippedTest[]): string[] {
  return [...new Set(skipped.flatMap((entry) => (entry.missing?.envVar ? [entry.missing.envVar] : [])))];
}

/**
 * How to run what was skipped. `cli`: the local flags; `ci`: the repository
 * secret to add. Undefined when the entries do not say what was missing (older files).
 */
export function skipHint(skipped: readonly SkippedTest[], audience: 'cli' | 'ci' | 'any'): string | undefined {
  const vars = missingEnvVars(skipped);
  const noEndpoint = skipped.some((entry) => entry.missing?.endpoint);
  if (vars.length === 0 && !noEndpoint) return undefined;
  if (audience === 'any') {
    const set = vars.length ? `set ${vars.join(', ')} (in CI: a repository secret passed as env)` : '';
    const endpoint = noEndpoint ? 'configure `simulator:` in the suite' : '';
    return `${[set, endpoint].filter(Boolean).join(' and ')} to run them`;
  }
  if (audience === 'ci') {
    const noun = vars.length === 1 ? 'secret' : 'secrets';
    const secrets = vars.length ? `add the ${noun} ${vars.join(', ')} to the workflow's env` : '';
    const endpoint = noEndpoint ? 'configure `simulator:` in the suite' : '';
    return `${[secrets, endpoint].filter(Boolean).join(' and ')} to run them`;
  }
  const set = vars.length ? `set ${vars.join(', ')} or ` : '';
  const flags = noEndpoint && vars.length === 0 ? '--simulator-base-url and --simulator-model' : '--simulator-base-url';
  return `${set}pass ${flags} to run them`;
}
