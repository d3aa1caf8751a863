/**
 * Commands that read a results file (report, compare, export-otel) redact
 * what they print and write with the secrets its suite names, not only the
 * environment's credential-named variables: a key held in `LLM_ACCESS`
 * (named by `api_key_env`) is as secret as one in `OPENAI_API_KEY`. The suite
 * is the one the run recorded (`suite.config`), read from the working
 * directory when it is there; a suite that is missing or does not load adds
 * nothing (the command still redacts the environment's credentials).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Results } from '../model/results.js';
import { loadSuite } from '../suite/index.js';
import { suiteSecretValues } from '../suite/secrets.js';
import type { CliIO } from './io.js';

export async function learnSuiteSecrets(io: CliIO, ...runs: readonly (Results | undefined)[]): Promise<void> {
  if (!io.redactor) return;
  const configs = new Set(runs.flatMap((run) => (run?.suite.config ? [resolve(io.cwd, run.suite.config)] : [])));
  for (const config of configs) {
    if (!existsSync(config)) continue;
    try {
      const loaded = await loadSuite(config, { cwd: io.cwd, env: io.env });
      if (loaded.ok) io.redactor.add(suiteSecretValues(loaded.suite, io.env));
    } catch {
      // Only a source of secrets to hide: a suite that cannot be read is the run's business, not this command's.
    }
  }
}
