/** `rehearse report <results.json>`: render a results file as markdown, HTML, JUnit, CSV or JSON. */
import { resolve } from 'node:path';
import { evaluateRun } from '../../pipeline/index.js';
import {
  renderCsv,
  renderHtmlChunks,
  renderJUnitChunks,
  renderMarkdownReport,
  renderTestsJson,
} from '../../report/index.js';
import { readResults, readSummaries } from '../../results/index.js';
import { ConfigurationError } from '../../util/errors.js';
import type { CliIO } from '../io.js';
import { learnSuiteSecrets } from '../suite-secrets.js';
import { parseCommandArgs, parseFormat } from '../args.js';
import { emit, emitChunks } from './compare.js';

const FORMATS = ['md', 'html', 'junit', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: rehearse report <results.json> [options]

Options:
  --format <md|html|junit|csv|json>  output format (default md); csv and json export per-test results
  --previous <results.json>          compare with this earlier run (md and html show the changes)
  -o, --output <file>                write there instead of stdout
  -h, --help                         show this help

Exit status: 0 rendered, 2 bad input (missing file, not a results file, bad option).
`;

interface ReportArgs {
  readonly help: boolean;
  readonly file: string;
  readonly format: Format;
  readonly previous?: string;
  readonly output?: string;
}

function parseReportArgs(args: readonly string[]): ReportArgs {
  const { values, positionals } = parseCommandArgs('report', {
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      previous: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { help: true, file: '', format: 'md' };
  if (positionals.length !== 1)
    throw new ConfigurationError(`expected one results file; got ${positionals.length} (see rehearse report --help)`);
  return {
    help: false,
    file: positionals[0]!,
    format: parseFormat(values.format, FORMATS, 'md', 'report'),
    ...(values.previous ? { previous: values.previous } : {}),
    ...(values.output ? { output: values.output } : {}),
  };
}

/** The formats that show every transcript; the others need only the tests and their failure digests. */
const SHOWS_TRANSCRIPTS: ReadonlySet<Format> = new Set(['html', 'junit']);

export async function reportCommand(args: readonly string[], io: CliIO): Promise<number> {
  const options = parseReportArgs(args);
  if (options.help) {
    io.stdout(HELP);
    return 0;
  }
  const path = resolve(io.cwd, options.file);
  const results = SHOWS_TRANSCRIPTS.has(options.format) ? await readResults(path) : await readSummaries(path);
  // compareRuns reads only the previous run's tests and totals.
  const previousRun = options.previous
    ? await readResults(resolve(io.cwd, options.previous), { trials: false })
    : undefined;
  await learnSuiteSecrets(io, results, previousRun);
  // The same flow as `rehearse compare`, so both judge a pair of files alike (α included).
  const earlier = previousRun ? { previous: previousRun } : {};
  const { report, comparisons, gateSettings, gate } = evaluateRun({ results, earlier });
  const { previous } = comparisons;
  if (options.format === 'html')
    return emitChunks(
      io,
      renderHtmlChunks(results, {
        ...(previous ? { previous } : {}),
        ...(comparisons.variants ? { variants: comparisons.variants } : {}),
        gate,
      }),
      options.output,
    ).then(() => 0);
  if (options.format === 'junit')
    return emitChunks(io, renderJUnitChunks(results, comparisons), options.output).then(() => 0);
  const render: Record<Exclude<Format, 'html' | 'junit'>, () => string> = {
    csv: () => renderCsv(results, comparisons),
    json: () => renderTestsJson(results),
    md: () => `${renderMarkdownReport(report)}\n${gateSettings.note}\n`,
  };
  await emit(io, render[options.format](), options.output);
  return 0;
}
