/**
 * The action's entry point: parse inputs once, read the run's context, wire
 * the GitHub edges, run the flow. One top-level try/catch ends in
 * `core.setFailed` with one clear line; a user's mistake never shows a stack.
 */
import * as core from '@actions/core';
import { parseInputs, type ActionConfig } from './config/inputs.js';
import { runAction } from './github/action.js';
import { createArtifactStore } from './github/artifacts.js';
import { readRunContext } from './github/context.js';
import { createGitHubPort } from './github/octokit-port.js';
import { PermissionGuard } from './github/permissions.js';
import { errorMessage, isConfigurationError } from './util/errors.js';

const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export async function run(): Promise<void> {
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    core.warning(`Received ${signal}: stopping, the trials that finished are still reported.`);
    cancel.abort();
  };
  const onRejection = (reason: unknown) => core.setFailed(`Rehearse failed: unhandled rejection: ${errorMessage(reason)}`);
  for (const signal of CANCEL_SIGNALS) process.on(signal, onSignal);
  process.on('unhandledRejection', onRejection);
  try {
    const config = parseInputs((name) => core.getInput(name));
    maskSecrets(config);
    const context = await readRunContext(process.env);
    const repository = { owner: context.owner, repo: context.repo, token: config.githubToken };
    await runAction(config, context, {
      github: createGitHubPort({ ...repository, baseUrl: context.apiUrl }),
      artifacts: createArtifactStore(repository),
      guard: new PermissionGuard(),
      env: environmentFor(config),
      signal: cancel.signal,
    });
  } catch (error) {
    if (!isConfigurationError(error) && error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(isConfigurationError(error) ? error.message : `Rehearse failed: ${errorMessage(error)}`);
  } finally {
    for (const signal of CANCEL_SIGNALS) process.off(signal, onSignal);
    process.off('unhandledRejection', onRejection);
  }
}

function maskSecrets(config: ActionConfig): void {
  for (const secret of [config.githubToken, config.openaiApiKey, config.openaiBaseUrl]) if (secret) core.setSecret(secret);
}

/** The environment the suite sees: the runner's, plus the OpenAI inputs under their usual names. */
function environmentFor(config: ActionConfig): Readonly<Record<string, string | undefined>> {
  return {
    ...process.env,
    ...(config.openaiApiKey ? { OPENAI_API_KEY: config.openaiApiKey } : {}),
    ...(config.openaiBaseUrl ? { OPENAI_BASE_URL: config.openaiBaseUrl } : {}),
  };
}
