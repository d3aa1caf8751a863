/**
 * `rehearse merge <shard.json…> -o merged.json`: the shards of one plan
 * (a matrix of `rehearse run --shard i/n`) combined into one run.
 */
import { resolve } from 'node:path';
import { mergeResults, readResults, writeResults } from '../../results/index.js';
import { missingShardsNote } from '../../results/merge.js';
import { formatTotals } from '../../report/console-summary.js';
import { ConfigurationError, errorMessage } from '../../util/errors.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';
import { learnSuiteSecrets } from '../suite-secrets.js';

const MERGE_USAGE = `Usage: rehearse merge <shard.json>... -o <merged.json>

Combines the results of \`rehearse run --shard i/n\` (one file per shard of the
same suite and variants) into one results file, as if the plan ran unsharded.
`;

export async function mergeCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { files, output, help } = parseMergeFlags(args);
  if (help) {
    io.stdout(MERGE_USAGE);
    return 0;
  }
  const shards = await Promise.all(files.map((file) => readResults(resolve(io.cwd, file))));
  let merged;
  try {
    merged = mergeResults(shards);
  } catch (error) {
    // Name the files, not just the shard positions.
    throw new ConfigurationError(`${errorMessage(error)} (files: ${files.join(', ')})`);
  }
  const path = resolve(io.cwd, output);
  // Shards made elsewhere (another machine, an older version, a hand edit) may hold what this run's redaction would
  // have hidden: the merged file is redacted with the suite's secrets, as `rehearse report` redacts what it writes.
  await learnSuiteSecrets(io, ...shards);
  await writeResults(path, io.redactor ? io.redactor.redactValue(merged) : merged);
  io.stdout(
    `Merged ${shards.length} shard${shards.length === 1 ? '' : 's'} (${merged.trials.length} trials, status ` +
      `${merged.status})\n`,
  );
  const incomplete = missingShardsNote(merged);
  if (incomplete) io.stderr(`rehearse merge: ${incomplete}\n`);
  io.stdout(`${formatTotals('Total', merged.totals)}\n`);
  io.stdout(`Results: ${path}\n`);
  // The file is still written (it reports what the present shards found); a script must not take it for a whole run.
  return incomplete ? 1 : 0;
}

function parseMergeFlags(args: readonly string[]): { files: string[]; output: string; help: boolean } {
  const parsed = parseCommandArgs('merge', {
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  });
  const help = parsed.values.help === true;
  if (help) return { files: [], output: '', help };
  if (parsed.positionals.length === 0)
    throw new ConfigurationError(
      'no shard results files given (usage: rehearse merge <shard.json>... -o <merged.json>)',
    );
  if (!parsed.values.output) throw new ConfigurationError('missing -o/--output <merged.json>');
  return { files: parsed.positionals, output: parsed.values.output, help };
}
