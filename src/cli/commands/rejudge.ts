/**
 * `rehearse rejudge <results> [-c suite] [-o out]`: the stored transcripts
 * judged again with the suite's current criteria and thresholds; a new run
 * linked to the original (`rejudgedFrom`), stored with the others.
 */
import { join, resolve } from 'node:path';
import { createSuiteChatClient, evaluateRun, rejudgeRun } from '../../pipeline/index.js';
import { readResults, writeResults } from '../../results/index.js';
import { newRunId } from '../../runner/index.js';
import { LOCAL_RUNS_DIR } from '../../runner/run-info.js';
import { formatComparisonSummary, formatRunSummary } from '../../report/console-summary.js';
import { formatIssue, loadSuite } from '../../suite/index.js';
import { suiteSecretValues } from '../../suite/secrets.js';
import { ConfigurationError } from '../../util/errors.js';
import { parseCommandArgs } from '../args.js';
import { CASSETTE_OPTIONS, closeCassette, openCassette, parseCassetteFlags } from '../cassette.js';
import type { CliIO } from '../io.js';
import { MODEL_FLAG_OPTIONS, roleEndpoints, withRoleEndpoints } from '../model-flags.js';

const REJUDGE_USAGE = `Usage: rehearse rejudge <results.json> [options]

Judges the stored conversations again with the suite's current criteria,
metrics and thresholds: no conversation is run again. Deterministic criteria
need no LLM call; LLM-judged ones call the judge only. The new run is stored
in ${LOCAL_RUNS_DIR}/ and records the run it was judged from (rejudgedFrom).

  -c, --config <file>     suite root file (default: the one the run recorded)
  -o, --output <file>     also write the new results here
      --replay <file>, --record <file>, --replay-or-record <file>
                          answer the judge from a cassette, record its calls, or both
      --judge-base-url <url>, --judge-model <name>
                          the judge's OpenAI-compatible URL and model (env REHEARSE_JUDGE_BASE_URL,
                          REHEARSE_JUDGE_MODEL)
      --base-url <url>, --model <name>
                          the same for the judge (as in rehearse run); the judge flags win over them
  -q, --quiet             print only errors and the final verdict line (Gate: …)

Exit status: 0 gate passed, 1 gate failed, 2 usage error.
`;

export async function rejudgeCommand(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('rejudge', {
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      config: { type: 'string', short: 'c' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
      'judge-base-url': MODEL_FLAG_OPTIONS['judge-base-url'],
      'judge-model': MODEL_FLAG_OPTIONS['judge-model'],
      'base-url': MODEL_FLAG_OPTIONS['base-url'],
      model: MODEL_FLAG_OPTIONS.model,
      ...CASSETTE_OPTIONS,
    },
  });
  const values = parsed.values as Record<string, unknown>;
  if (values.help === true) {
    io.stdout(REJUDGE_USAGE);
    return 0;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0)
    throw new ConfigurationError('expected one results file (usage: rehearse rejudge <results.json> [-c suite])');
  const original = await readResults(resolve(io.cwd, file));
  const config = (values.config as string | undefined) ?? original.suite.config;
  const loaded = await loadSuite(config, { cwd: io.cwd, env: io.env });
  if (!loaded.ok) {
    for (const issue of loaded.issues) io.stderr(`${formatIssue(issue)}\n`);
    io.stderr(
      `rehearse rejudge: ${loaded.issues.length} problem${loaded.issues.length === 1 ? '' : 's'} in the suite; ` +
        `nothing was judged\n`,
    );
    return 1;
  }
  // Only the judge is called here: the other roles' endpoints are left as they are.
  const { judge } = roleEndpoints(values, io.env);
  const suite = judge ? withRoleEndpoints(loaded.suite, { judge }) : loaded.suite;
  // Everything printed and the cassette hide the secrets this suite names too.
  io.redactor?.add(suiteSecretValues(suite, io.env));
  const cassetteFlags = parseCassetteFlags(values);
  const cassette = cassetteFlags ? await openCassette(cassetteFlags, io) : undefined;
  const runId = newRunId();
  const storedPath = join(io.cwd, LOCAL_RUNS_DIR, `${runId}.json`);
  let rejudged;
  try {
    rejudged = await rejudgeRun({
      original,
      suite,
      env: io.env,
      chat: createSuiteChatClient(suite, io.env),
      runId,
      cwd: io.cwd,
      outputPath: storedPath,
      ...(cassette ? { cassette } : {}),
    });
  } finally {
    if (cassette) await closeCassette(cassette, io);
  }
  const { results, dropped } = rejudged;
  if (dropped.length > 0)
    io.stderr(
      `notice: ${dropped.length} stored trial(s) left out (their test is not in the suite): ${dropped.join(', ')}\n`,
    );
  io.stdout(
    `Re-judged ${results.trials.length} trial${results.trials.length === 1 ? '' : 's'} of ${original.runId} as ` +
      `${runId}\n`,
  );
  io.stdout(`${formatRunSummary(results).join('\n')}\n`);
  const evaluation = evaluateRun({ results, gate: { suite: suite.gate } });
  const compared = formatComparisonSummary(evaluation.report);
  if (compared.length) io.stdout(`${compared.join('\n')}\n`);
  io.stdout(`Gate: ${evaluation.gate.summary}\n`);
  if (values.output) {
    const output = resolve(io.cwd, values.output as string);
    await writeResults(output, evaluation.results);
    io.stdout(`Results: ${output}\n`);
  }
  io.stdout(`${values.output ? 'Also stored' : 'Results'}: ${storedPath}\n`);
  return evaluation.gate.passed ? 0 : 1;
}
