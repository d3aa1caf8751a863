/**
 * Option parsing shared by the subcommands: node's `parseArgs`, with every
 * mistake turned into a one-line ConfigurationError that points at --help.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigurationError, errorMessage } from '../util/errors.js';

export function parseCommandArgs<T extends ParseArgsConfig>(
  command: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new ConfigurationError(`${errorMessage(error)} (see rehearse ${command} --help)`);
  }
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
