/**
 * `rehearse compare <previous.json> <current.json>`: what changed between two
 * runs, as markdown, JSON (for scripts), HTML or JUnit.
 */
import { resolve } from 'node:path';
import { comparisonJson, DEFAULT_ALPHA } from '../../compare/index.js';
import { evaluateRun } from '../../pipeline/index.js';
import { renderHtmlChunks, renderJUnitChunks, renderMarkdownReport } from '../../report/index.js';
import { readResults, readSummaries } from '../../results/index.js';
import { ConfigurationError } from '../../util/errors.js';
import { writeChunks, writeTextFile } from '../../util/write-chunks.js';
import { decimalFlag } from '../number-flags.js';
import { parseCommandArgs, parseFormat } from '../args.js';
import type { CliIO } from '../io.js';
import { learnSuiteSecrets } from '../suite-secrets.js';

const FORMATS = ['md', 'json', 'html', 'junit'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: rehearse compare <previous.json> <current.json> [options]

Compare two results files over stable test keys (test id @ variant): each test against
the history <previous.json> carries (else its trials), at α / comparisons. Two stored files
had no confirmation trials between them, so a drop they show is listed as suspected, and
fails nothing, unless <current.json> ran the confirmation trials (docs/statistics.md).

Options:
  --format <md|json|html|junit>  output format (default md); json lists regressions, suspected
                                 and not-confirmed drops, fixes, flaky, new and removed tests
                                 with ids, variants and evidence, for the
                                 previous run and (under "variants") baseline vs candidate;
                                 junit adds each test's changes as properties and names
                                 regressions in its failure messages
  --alpha <p>                    the run-level α, spent over every comparison (default: the α of
                                 the gate recorded in <current.json>, else ${DEFAULT_ALPHA})
  -o, --output <file>            write there instead of stdout
  -h, --help                     show this help

Exit status: 0 compared, 2 bad input (missing file, not a results file, bad option).
`;

interface CompareArgs {
  readonly help: boolean;
  readonly previous: string;
  readonly current: string;
  readonly format: Format;
  /** Absent: the α of the gate recorded in the current results. */
  readonly alpha?: number;
  readonly output?: string;
}

function parseCompareArgs(args: readonly string[]): CompareArgs {
  const { values, positionals } = parseCommandArgs('compare', {
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      alpha: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { help: true, previous: '', current: '', format: 'md' };
  if (positionals.length !== 2)
    throw new ConfigurationError(
      `expected two results files, <previous.json> <current.json>; got ${positionals.length} (see rehearse ` +
        `compare --help)`,
    );
  const alpha =
    values.alpha === undefined
      ? undefined
      : decimalFlag('--alpha', values.alpha, { min: 0, max: 1, minExcluded: true, maxExcluded: true });
  return {
    help: false,
    previous: positionals[0]!,
    current: positionals[1]!,
    format: parseFormat(values.format, FORMATS, 'md', 'compare'),
    ...(alpha !== undefined ? { alpha } : {}),
    ...(values.output ? { output: values.output } : {}),
  };
}

export async function emit(io: CliIO, text: string, output: string | undefined): Promise<void> {
  if (!output) {
    io.stdout(text);
    return;
  }
  await writeTextFile(resolve(io.cwd, output), io.redactor ? io.redactor.redact(text) : text);
  io.stderr(`wrote ${output}\n`);
}

/** Like `emit`, for big outputs made in pieces (HTML, JUnit): written as they come, never joined into one string. */
export async function emitChunks(io: CliIO, chunks: Iterable<string>, output: string | undefined): Promise<void> {
  // Redacted as a stream: a secret split across two pieces is still found whole.
  const redacted = io.redactor ? io.redactor.redactChunks(chunks) : chunks;
  if (!output) {
    for (const chunk of redacted) io.stdout(chunk);
    return;
  }
  await writeChunks(resolve(io.cwd, output), redacted);
  io.stderr(`wrote ${output}\n`);
}

/** The formats that show every transcript; the others need only the tests and their failure digests. */
const SHOWS_TRANSCRIPTS: ReadonlySet<Format> = new Set(['html', 'junit']);

export async function compareCommand(args: readonly string[], io: CliIO): Promise<number> {
  const options = parseCompareArgs(args);
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  // compareRuns reads only the previous run's tests and totals.
  const previous = await readResults(resolve(io.cwd, options.previous), { trials: false });
  const currentPath = resolve(io.cwd, options.current);
  const current = SHOWS_TRANSCRIPTS.has(options.format)
    ? await readResults(currentPath)
    : await readSummaries(currentPath);
  await learnSuiteSecrets(io, current, previous);
  // Not refused (a renamed suite is still the same tests), but every test would read as added or removed.
  if (previous.suite.name !== current.suite.name)
    io.stderr(
      `note: the two runs are of different suites ("${previous.suite.name}" and "${current.suite.name}"): tests ` +
        'match by id and variant only\n',
    );
  const { report, comparisons, gateSettings, gate } = evaluateRun({
    results: current,
    earlier: { previous },
    gate: options.alpha !== undefined ? { overrides: { alpha: options.alpha } } : {},
  });
  // There is always a previous run here: it was given.
  const comparison = comparisons.previous!;
  const { variants } = comparisons;
  if (options.format === 'html')
    return emitChunks(
      io,
      renderHtmlChunks(current, { previous: comparison, ...(variants ? { variants } : {}), gate }),
      options.output,
    ).then(() => 0);
  if (options.format === 'junit')
    return emitChunks(io, renderJUnitChunks(current, { previous: comparison, variants }), options.output).then(() => 0);
  const render: Record<'json' | 'md', () => string> = {
    json: () => comparisonJson(comparison, variants),
    md: () => `${renderMarkdownReport(report)}\n${gateSettings.note}\n`,
  };
  await emit(io, render[options.format](), options.output);
  return 0;
}
