/**
 * The `rehearse` CLI: one dispatcher, one module per subcommand (loaded lazily
 * so `rehearse validate` does not pay for the HTML renderer).
 */
import { suggestion } from '../suite/did-you-mean.js';
import { errorMessage, isConfigurationError } from '../util/errors.js';
import { guardedIO, quietIO, type CliIO, type Command } from './io.js';
import { CLI_VERSION } from './version.js';

/** The line `--quiet` keeps on stdout for the commands that take it: the verdict. */
const VERDICT_LINE: Record<string, (line: string) => boolean> = {
  run: (line) => line.startsWith('Gate: '),
  rerun: (line) => line.startsWith('Gate: '),
  rejudge: (line) => line.startsWith('Gate: '),
  validate: (line) => / is valid: /.test(line),
  init: (line) => line.startsWith('Wrote '),
};
export const QUIET_COMMANDS = Object.keys(VERDICT_LINE);

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: {
    summary: 'check a suite and print its plan',
    load: async () => (await import('./commands/validate.js')).validateCommand,
  },
  run: { summary: 'run a suite and write results', load: async () => (await import('./commands/run.js')).runCommand },
  compare: {
    summary: 'compare two results files',
    load: async () => (await import('./commands/compare.js')).compareCommand,
  },
  report: { summary: 'render a results file', load: async () => (await import('./commands/report.js')).reportCommand },
  runs: { summary: 'list stored runs', load: async () => (await import('./commands/runs.js')).runsCommand },
  merge: {
    summary: 'merge shard results into one run',
    load: async () => (await import('./commands/merge.js')).mergeCommand,
  },
  // Starting a suite (issue 13): a starter suite, scenarios from transcripts and from the agent's prompt.
  init: {
    summary: 'write a starter suite and workflow',
    load: async () => (await import('./commands/init.js')).initCommand,
  },
  scenario: {
    summary: 'scenario from-transcript <file>: a scenario and test from a conversation',
    load: async () => (await import('./commands/scenario.js')).scenarioCommand,
  },
  generate: {
    summary: "propose scenarios from the agent's prompt (--from-prompt)",
    load: async () => (await import('./commands/generate.js')).generateCommand,
  },
  import: {
    summary: 'import tau2 <domain>: a suite from a τ²-bench domain',
    load: async () => (await import('./commands/import.js')).importCommand,
  },
  rejudge: {
    summary: 'judge stored transcripts again',
    load: async () => (await import('./commands/rejudge.js')).rejudgeCommand,
  },
  'export-otel': {
    summary: 'export trials as OpenTelemetry traces (OTLP/JSON)',
    load: async () => (await import('./commands/export-otel.js')).exportOtelCommand,
  },
  rerun: {
    summary: "run a stored run's plan again",
    load: async () => (await import('./commands/rerun.js')).rerunCommand,
  },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return [
    'Usage: rehearse <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `rehearse <command> --help` for its options; `rehearse --version` prints the version.',
    '',
  ].join('\n');
}

export async function cli(argv: readonly string[], rawIO: CliIO): Promise<number> {
  // Everything below writes through the redacting, terminal-safe writers.
  const io = guardedIO(rawIO);
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout(`${CLI_VERSION}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(`rehearse: unknown command '${name}'${suggestion(name, Object.keys(COMMANDS))}\n\n${usage()}`);
    return 2;
  }
  try {
    const command = await entry.load();
    const quiet = withoutQuiet(name, rest);
    return await command(quiet.args, quiet.on ? quietIO(io, VERDICT_LINE[name]!) : io);
  } catch (error) {
    // A user's mistake is one line (a path given that cannot be used is one too); anything else is a bug worth a
    // stack trace.
    const mistake = isConfigurationError(error) || isPathError(error);
    io.stderr(
      mistake
        ? `rehearse ${name}: ${errorMessage(error)}\n`
        : `rehearse ${name}: ${(error as Error)?.stack ?? String(error)}\n`,
    );
    return mistake ? 2 : 1;
  }
}

/** What the file system says of a path it was given (a folder that is a file, no permission, a full disk…). */
const PATH_ERRORS = new Set(['EEXIST', 'ENOTDIR', 'EISDIR', 'ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT']);

function isPathError(error: unknown): boolean {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  return typeof path === 'string' && code !== undefined && PATH_ERRORS.has(code);
}

/**
 * `-q`/`--quiet` (anywhere before a `--`) for the commands that print a verdict: taken out of the arguments here,
 * applied to the writers. Other commands print only what was asked for and reject it like any unknown option.
 */
function withoutQuiet(name: string, args: readonly string[]): { args: string[]; on: boolean } {
  if (!(name in VERDICT_LINE)) return { args: [...args], on: false };
  const end = args.includes('--') ? args.indexOf('--') : args.length;
  const isQuiet = (arg: string, index: number) => index < end && (arg === '--quiet' || arg === '-q');
  return { args: args.filter((arg, index) => !isQuiet(arg, index)), on: args.some(isQuiet) };
}
