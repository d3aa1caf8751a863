/**
 * `rehearse validate [-c rehearse.yaml] [--json]`: load the suite, report
 * every problem as file:line:column, or print a summary and the plan.
 */
import { plural } from '../../util/plural.js';
import type { Plan } from '../../plan/index.js';
import { planSuiteRun } from '../../pipeline/index.js';
import { preflightLines, probeEndpoints } from '../../runner/preflight.js';
import { formatIssue, loadSuite, type LoadedSuite, type SuiteIssue } from '../../suite/index.js';
import { ConfigurationError } from '../../util/errors.js';
import type { CliIO } from '../io.js';
import { unknownOption } from '../args.js';

const DEFAULT_CONFIG = 'rehearse.yaml';
const HELP = `Usage: rehearse validate [-c <config>] [--check-keys] [--json]

Checks a suite (the root config and every file it includes) and prints its plan, with the
agents, simulator and judge whose key or URL variable is not set here (their tests would be skipped).
  -c, --config <path>  root config file (default: ${DEFAULT_CONFIG})
  --check-keys         also send one cheap request to each endpoint whose key is set (as \`rehearse run\`
                       does before the first trial), and fail when a key or URL is missing or refused
  --json               machine-readable output
  -q, --quiet          print only errors and the verdict line (✓ … is valid)
Exit code: 0 when valid, 1 when any error was found (with --check-keys: or a key or URL is missing or refused).
`;

interface ValidateArgs {
  readonly config: string;
  readonly json: boolean;
  readonly help: boolean;
  readonly checkKeys: boolean;
}

export async function validateCommand(args: readonly string[], io: CliIO): Promise<number> {
  const options = parseArgs(args);
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  const result = await loadSuite(options.config, { cwd: io.cwd, env: io.env });
  if (!result.ok) {
    const errors = result.issues.filter((issue) => issue.severity === 'error').length;
    if (options.json) io.stdout(`${JSON.stringify({ ok: false, issues: result.issues.map(issueJson) }, null, 2)}\n`);
    else
      io.stderr(
        `${result.issues.map(formatIssue).join('\n')}\n\n${errors} error${errors === 1 ? '' : 's'} in ` +
          `${options.config}\n`,
      );
    return 1;
  }
  // The same check `rehearse run` makes before its first trial; the requests only with --check-keys.
  const envPlan = planSuiteRun(result.suite, {}, io.env);
  const probed = options.checkKeys ? await probeEndpoints({ plan: envPlan, env: io.env }) : undefined;
  const plan = probed ? planSuiteRun(result.suite, {}, io.env, { probed: probed.unavailable }) : envPlan;
  const preflight = preflightLines(plan, probed);
  const keysFailed = options.checkKeys && plan.skipped.length > 0;
  if (options.json) {
    const report = {
      ok: !keysFailed,
      preflight,
      warnings: result.warnings.map(issueJson),
      counts: counts(result.suite),
      plan: planJson(plan),
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    if (result.warnings.length > 0) io.stderr(`${result.warnings.map(formatIssue).join('\n')}\n`);
    io.stdout(summaryText(options.config, result.suite, plan, preflight));
    if (keysFailed) io.stderr(`rehearse validate: ${plural(plan.skipped.length, 'test')} could not run here (above)\n`);
  }
  return keysFailed ? 1 : 0;
}

function parseArgs(args: readonly string[]): ValidateArgs {
  let config = DEFAULT_CONFIG;
  let json = false;
  let help = false;
  let checkKeys = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-c' || arg === '--config') {
      const value = args[++i];
      if (!value) throw new ConfigurationError(`${arg} needs a path, e.g. ${arg} ${DEFAULT_CONFIG}`);
      config = value;
    } else if (arg.startsWith('--config=')) config = arg.slice('--config='.length);
    else if (arg === '--json') json = true;
    else if (arg === '--check-keys') checkKeys = true;
    else if (arg === '-h' || arg === '--help') help = true;
    else throw unknownOption('validate', arg, ['--config', '-c', '--json', '--check-keys', '--help', '-h']);
  }
  return { config, json, help, checkKeys };
}

function counts(suite: LoadedSuite): Record<string, number> {
  return {
    files: suite.files.length,
    agents: suite.agents.length,
    personas: suite.personas.length,
    scenarios: suite.scenarios.length,
    profiles: suite.profiles.length,
    tools: suite.tools.length,
    metrics: suite.metrics.length,
    tests: suite.tests.length,
    sets: suite.sets.length,
    datasets: suite.datasets.length,
    dataset_items: suite.datasets.reduce((sum, dataset) => sum + dataset.items.length, 0),
  };
}

interface PlannedTest {
  readonly testId: string;
  readonly priority: string;
  readonly runs: number;
  readonly variants: string[];
}

/** One line per test: trials grouped over variants, in plan order (critical first). */
function plannedTests(plan: Plan): PlannedTest[] {
  const tests = new Map<string, PlannedTest>();
  for (const trial of plan.trials) {
    const test = tests.get(trial.testId) ?? {
      testId: trial.testId,
      priority: trial.priority,
      runs: trial.runs,
      variants: [],
    };
    if (!test.variants.includes(trial.variant)) test.variants.push(trial.variant);
    tests.set(trial.testId, test);
  }
  return [...tests.values()];
}

function planJson(plan: Plan): unknown {
  return { trials: plan.trials.length, variants: plan.variants, tests: plannedTests(plan), skipped: plan.skipped };
}

function summaryText(config: string, suite: LoadedSuite, plan: Plan, preflight: readonly string[]): string {
  const c = counts(suite);
  const variantText = Object.entries(suite.variants).map(
    ([name, v]) => `${name}${v?.description ? ` (${v.description})` : ''}`,
  );
  const tests = plannedTests(plan);
  const idWidth = Math.max(4, ...tests.map((t) => t.testId.length));
  const lines = [
    `✓ ${config} is valid: suite '${suite.name}' (${plural(c.files!, 'file')})`,
    `  ${plural(c.agents!, 'agent')} · ${plural(c.personas!, 'persona')} · ${plural(c.scenarios!, 'scenario')} ` +
      `· ${plural(c.profiles!, 'profile')} · ${plural(c.tools!, 'tool')} · ${plural(c.tests!, 'test')} · ` +
      `${plural(c.sets!, 'set')} · ${plural(c.datasets!, 'dataset')} (${plural(c.dataset_items!, 'item')})`,
    `  variants: ${variantText.length > 0 ? variantText.join(', ') : 'default (no baseline/candidate declared)'}`,
    '',
    `Plan: ${plural(plan.trials.length, 'trial')} over ${plural(tests.length, 'test')} × ${plan.variants.join(', ')}`,
    ...tests.map(
      (t) =>
        `  ${t.priority.padEnd(8)}  ${t.testId.padEnd(idWidth)}  ${plural(t.runs, 'run')} × ${t.variants.join(', ')}`,
    ),
  ];
  if (preflight.length > 0) lines.push('', 'Preflight:', ...preflight.map((line) => `  ${line}`));
  if (plan.skipped.length > 0) {
    lines.push('', `Skipped (${plan.skipped.length}):`, ...plan.skipped.map((s) => `  ${s.key}: ${s.reason}`));
  }
  return `${lines.join('\n')}\n`;
}

function issueJson(issue: SuiteIssue): Record<string, unknown> {
  return { ...issue.location, severity: issue.severity, message: issue.message, text: formatIssue(issue) };
}
