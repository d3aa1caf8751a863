/**
 * The action's cassette: opened before the run from the `cassette` input,
 * written after it (unless replaying strictly), every call a strict replay
 * lacked reported as an error annotation. The recipe: record once with a key,
 * commit the file, let fork PRs replay the simulator and the judge.
 */
import path from 'node:path';
import * as core from '@actions/core';
import { Cassette, readCassetteFile, secretRedactor, writeCassetteFile } from '../cassette/index.js';
import type { ActionConfig } from '../config/inputs.js';
import type { LoadedSuite } from '../suite/types.js';

type Env = Readonly<Record<string, string | undefined>>;

export async function openActionCassette(
  config: ActionConfig,
  env: Env,
  suite: LoadedSuite,
): Promise<Cassette | undefined> {
  const settings = config.cassette;
  if (!settings) return undefined;
  const name = path.relative(config.workingDirectory, settings.path).split(path.sep).join('/');
  const entries =
    settings.mode === 'record' ? [] : await readCassetteFile(settings.path, name, settings.mode === 'replay-or-record');
  core.info(
    `Cassette ${name}: ${settings.mode}${settings.roles ? ` (${settings.roles.join(', ')})` : ''}, ` +
      `${entries.length} recorded calls`,
  );
  return new Cassette({
    mode: settings.mode,
    name,
    redactor: secretRedactor(env, suite),
    entries,
    ...(settings.roles ? { roles: settings.roles } : {}),
  });
}

export async function closeActionCassette(cassette: Cassette, config: ActionConfig): Promise<void> {
  const { replayed, recorded, replayedCostUsd } = cassette.stats;
  if (cassette.mode !== 'replay' && config.cassette)
    await writeCassetteFile(config.cassette.path, cassette.serialize());
  core.info(
    `Cassette ${cassette.name}: ${replayed} calls replayed ($${replayedCostUsd.toFixed(4)} not spent), ` +
      `${recorded} recorded`,
  );
  for (const miss of cassette.misses) core.error(`Rehearse replay: ${miss}`);
}
