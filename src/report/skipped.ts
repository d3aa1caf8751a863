/**
 * Tests that could not run (no key or endpoint for the simulator, the judge or
 * the agent, or a key the endpoint rejected): one wording for every output, so
 * the console, the comment, the HTML and JUnit agree.
 */
import type { Missing, SkippedTest } from '../model/results.js';

/** "no simulator key", "no judge configured", "agent key rejected"…: the short cause of one entry. */
function causeOf(missing: Missing | undefined): string {
  if (!missing) return 'not run';
  if (missing.status === 'rejected') return `${missing.role} key rejected`;
  if (missing.endpoint) return `no ${missing.role} configured`;
  // An agent's URL or header variable is not a key.
  if (missing.role === 'agent' && missing.url) return `agent ${missing.envVar ?? 'setting'} not set`;
  return `no ${missing.role} key`;
}

/** "no simulator key" or "no simulator configured": the short cause, for headings. */
export function skipCause(skipped: readonly SkippedTest[]): string {
  const causes = new Set(skipped.map((entry) => causeOf(entry.missing)));
  return [...causes].join(', ');
}

type Lack = Pick<Missing, 'role' | 'status' | 'envVar' | 'endpoint'>;

/** Every lack of each entry: the one that skipped it, then what else it lacks (`also`). */
function lacksOf(skipped: readonly SkippedTest[]): Lack[] {
  return skipped.flatMap((entry) => (entry.missing ? [entry.missing, ...(entry.missing.also ?? [])] : []));
}

/** The distinct environment variables the skipped tests lack (not those rejected), in order of appearance. */
export function missingEnvVars(skipped: readonly SkippedTest[]): string[] {
  return [
    ...new Set(lacksOf(skipped).flatMap((lack) => (lack.envVar && lack.status !== 'rejected' ? [lack.envVar] : []))),
  ];
}

/** The distinct variables whose key an endpoint refused. */
function rejectedEnvVars(skipped: readonly SkippedTest[]): string[] {
  return [
    ...new Set(lacksOf(skipped).flatMap((lack) => (lack.envVar && lack.status === 'rejected' ? [lack.envVar] : []))),
  ];
}

/** The roles with no endpoint at all, e.g. ['simulator', 'judge']. */
function unconfigured(skipped: readonly SkippedTest[]): string[] {
  return [...new Set(lacksOf(skipped).flatMap((lack) => (lack.endpoint ? [lack.role] : [])))];
}

/**
 * How to run what was skipped. `cli`: the local flags; `ci`: the repository
 * secret to add. Undefined when the entries do not say what was missing (older files).
 */
export function skipHint(skipped: readonly SkippedTest[], audience: 'cli' | 'ci' | 'any'): string | undefined {
  const vars = missingEnvVars(skipped);
  const rejected = rejectedEnvVars(skipped);
  const roles = unconfigured(skipped);
  if (vars.length === 0 && roles.length === 0 && rejected.length === 0) return undefined;
  const endpoint = roles.length ? `configure ${roles.map((role) => `\`${role}:\``).join(' and ')} in the suite` : '';
  const fix = rejected.length ? `replace the rejected key in ${rejected.join(', ')}` : '';
  if (audience === 'any') {
    const set = vars.length ? `set ${vars.join(', ')} (in CI: a repository secret passed as env)` : '';
    return `${[set, fix, endpoint].filter(Boolean).join(' and ')} to run them`;
  }
  if (audience === 'ci') {
    const noun = vars.length === 1 ? 'secret' : 'secrets';
    const secrets = vars.length ? `add the ${noun} ${vars.join(', ')} to the workflow's env` : '';
    return `${[secrets, fix, endpoint].filter(Boolean).join(' and ')} to run them`;
  }
  // The simulator (and the judge, when the tests need it too) can be pointed elsewhere from the command line.
  const simulatorOnly = skipped.every((entry) => entry.missing?.role === 'simulator');
  if (!simulatorOnly) {
    const set = vars.length ? `set ${vars.join(', ')}` : '';
    return `${[set, fix, endpoint].filter(Boolean).join(' and ')} to run them`;
  }
  const judgeToo = skipped.some((entry) => entry.missing?.also?.some((lack) => lack.role === 'judge'));
  const set = vars.length ? `set ${vars.join(', ')} or ` : '';
  const models = roles.length > 0 && vars.length === 0;
  // Each role's own flags: `--base-url` would move the openai agents as well.
  const flags = judgeToo
    ? models
      ? '--simulator-base-url, --simulator-model, --judge-base-url and --judge-model'
      : '--simulator-base-url and --judge-base-url'
    : models
      ? '--simulator-base-url and --simulator-model'
      : '--simulator-base-url';
  return `${fix ? `${fix} or ` : ''}${set}pass ${flags} to run them`;
}
