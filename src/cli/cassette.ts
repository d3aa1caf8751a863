/**
 * The cassette flags of `rehearse run` (and `rerun`): `--record`, `--replay`,
 * `--replay-or-record <file>`, `--replay-roles simulator,judge`; opening the
 * file before the run and writing it after.
 */
import { relative, resolve } from 'node:path';
import {
  Cassette,
  CASSETTE_ROLES,
  keepCassetteLog,
  readCassetteFile,
  secretRedactor,
  writeCassetteFile,
  type CassetteMode,
  type CassetteRole,
} from '../cassette/index.js';
import { ConfigurationError } from '../util/errors.js';
import type { CliIO } from './io.js';

export interface CassetteFlags {
  readonly mode: CassetteMode;
  readonly file: string;
  readonly roles?: readonly CassetteRole[];
}

export const CASSETTE_OPTIONS = {
  record: { type: 'string' },
  replay: { type: 'string' },
  'replay-or-record': { type: 'string' },
  'replay-roles': { type: 'string', multiple: true },
} as const;

export const CASSETTE_USAGE =
  `      --record <file>          record every LLM call, agent turn and passthrough ` +
  `tool call in a cassette
      --replay <file>          answer every call from the cassette, offline; a call it lacks is an error
      --replay-or-record <f>   replay what the cassette has, call live and add what it lacks
      --replay-roles <a,b>     only these calls use the cassette: simulator, agent, judge, tool (default all)
`;

export function parseCassetteFlags(values: Record<string, unknown>): CassetteFlags | undefined {
  const given = (['record', 'replay', 'replay-or-record'] as const).filter((mode) => typeof values[mode] === 'string');
  const rolesText = (values['replay-roles'] as string[] | undefined)
    ?.flatMap((value) => value.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (given.length > 1) throw new ConfigurationError(`--${given.join(' and --')}: choose one cassette mode`);
  const mode = given[0];
  if (!mode) {
    if (rolesText) throw new ConfigurationError('--replay-roles needs --replay, --record or --replay-or-record <file>');
    return undefined;
  }
  for (const role of rolesText ?? []) {
    if (!CASSETTE_ROLES.includes(role as CassetteRole)) {
      throw new ConfigurationError(`--replay-roles: unknown role '${role}' (expected ${CASSETTE_ROLES.join(', ')})`);
    }
  }
  return { mode, file: values[mode] as string, ...(rolesText ? { roles: rolesText as CassetteRole[] } : {}) };
}

/**
 * The cassette, read from its file (`record` starts empty and replaces it), with its log of the calls recorded
 * as they come (see keepCassetteLog): a resumed run takes in what the interrupted one recorded.
 */
export async function openCassette(flags: CassetteFlags, io: CliIO, resuming = false): Promise<Cassette> {
  const path = resolve(io.cwd, flags.file);
  const name = relative(io.cwd, path) || path;
  const entries = flags.mode === 'record' ? [] : await readCassetteFile(path, name, flags.mode === 'replay-or-record');
  const cassette = new Cassette({
    mode: flags.mode,
    name,
    // The command's redactor: it holds the suite's secrets (`api_key_env`…), added when the suite was loaded.
    redactor: secretRedactor(io.env, undefined, io.redactor),
    entries,
    ...(flags.roles ? { roles: flags.roles } : {}),
  });
  await keepCassetteLog(cassette, path, resuming);
  return cassette;
}

/** Writes the cassette (not in strict replay, which never changes it) and says what was replayed. */
export async function closeCassette(cassette: Cassette, io: CliIO): Promise<void> {
  const { replayed, recorded, replayedCostUsd } = cassette.stats;
  if (cassette.mode !== 'replay') await writeCassetteFile(resolve(io.cwd, cassette.name), cassette.serialize());
  const parts = [
    ...(replayed > 0
      ? [`${replayed} call${replayed === 1 ? '' : 's'} replayed ($${replayedCostUsd.toFixed(4)} not spent)`]
      : []),
    ...(cassette.mode !== 'replay' ? [`${recorded} recorded`] : []),
  ];
  io.stdout(`Cassette ${cassette.name}: ${parts.join(', ') || 'no call'}\n`);
  for (const miss of cassette.misses) io.stderr(`replay: ${miss}\n`);
}
