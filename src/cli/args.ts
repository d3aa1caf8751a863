/**
 * Option parsing shared by the subcommands: node's `parseArgs`, with every
 * mistake turned into a one-line ConfigurationError that points at --help.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { suggestion } from '../suite/did-you-mean.js';
import { ConfigurationError, errorMessage } from '../util/errors.js';

export function parseCommandArgs<T extends ParseArgsConfig>(
  command: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const unknown = /^Unknown option '([^']+)'/.exec(errorMessage(error))?.[1];
    if (unknown !== undefined) throw unknownOption(command, unknown, optionNames(config));
    const positional = /^Unexpected argument '([^']+)'/.exec(errorMessage(error))?.[1];
    if (positional !== undefined) throw unexpectedArgument(command, positional, optionNames(config));
    throw new ConfigurationError(`${errorMessage(error)} (see rehearse ${command} --help)`);
  }
}

/** The flags a parseArgs config accepts, as typed: `--name` and `-x`. */
export function optionNames(config: ParseArgsConfig): string[] {
  return Object.entries(config.options ?? {}).flatMap(([name, option]) => [
    `--${name}`,
    ...(option.short ? [`-${option.short}`] : []),
  ]);
}

/** "unknown option '--reprot-dir' — did you mean '--report-dir'?", one line that points at --help. */
export function unknownOption(command: string, given: string, known: readonly string[]): ConfigurationError {
  if (!given.startsWith('-')) return unexpectedArgument(command, given, known);
  const name = given.split('=')[0]!;
  const longOnly = known.filter((flag) => flag.startsWith('--'));
  const hint = suggestion(name, name.startsWith('--') ? longOnly : known);
  return new ConfigurationError(`unknown option '${name}'${hint} (see rehearse ${command} --help)`);
}

export function parseFormat<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  command: string,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(
    `--format: expected one of ${allowed.join(', ')}, got '${value}' (see rehearse ${command} --help)`,
  );
}

/**
 * A word where the command takes none: most often the suite file written without `-c` (`rehearse validate
 * rehearse.yaml`), which the message then spells out.
 */
function unexpectedArgument(command: string, given: string, known: readonly string[]): ConfigurationError {
  const suiteFile = /\.ya?ml$/i.test(given) && known.includes('--config');
  return new ConfigurationError(
    suiteFile
      ? `unexpected argument '${given}': a suite file is given with -c, as in rehearse ${command} -c ${given}`
      : `unexpected argument '${given}': rehearse ${command} takes no positional arguments (see rehearse ${command} ` +
          '--help)',
  );
}
