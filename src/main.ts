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
import { maskSecrets, neutralizeForLog } from './github/log.js';
import { PermissionGuard } from './github/permissions.js';
import { redactingPort } from './github/redacting-port.js';
import { redactorFor } from './suite/secrets.js';
import { errorMessage, isConfigurationError } from './util/errors.js';
import type { Redactor } from './util/redact.js';

const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export async function run(): Promise<void> {
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    core.warning(`Received ${signal}: stopping, the trials that finished are still reported.`);
    cancel.abort();
  };
  const onRejection = (reason: unknown) =>
    core.setFailed(neutralizeForLog(`Rehearse failed: unhandled rejection: ${errorMessage(reason)}`));
  for (const signal of CANCEL_SIGNALS) process.on(signal, onSignal);
  process.on('unhandledRejection', onRejection);
  // Every secret of the environment (INPUT_* tokens included) is hidden from the first log line on;
  // the suite's are added once it is loaded.
  const redactor = redactorFor(undefined, process.env, { onSkipped: (why) => core.debug(why) });
  maskSecrets(redactor);
  try {
    const config = parseInputs((name) => core.getInput(name));
    maskInputs(redactor, config);
    const context = await readRunContext(process.env);
    const repository = { owner: context.owner, repo: context.repo, token: config.githubToken };
    await runAction(config, context, {
      github: redactingPort(createGitHubPort({ ...repository, baseUrl: context.apiUrl }), redactor),
      artifacts: createArtifactStore(repository),
      guard: new PermissionGuard(),
      env: environmentFor(config),
      signal: cancel.signal,
      redactor,
    });
  } catch (error) {
    if (!isConfigurationError(error) && error instanceof Error && error.stack)
      core.debug(neutralizeForLog(error.stack));
    core.setFailed(
      neutralizeForLog(isConfigurationError(error) ? error.message : `Rehearse failed: ${errorMessage(error)}`),
    );
  } finally {
    for (const signal of CANCEL_SIGNALS) process.off(signal, onSignal);
    process.off('unhandledRejection', onRejection);
  }
}

function maskInputs(redactor: Redactor, config: ActionConfig): void {
  redactor.add([config.githubToken, config.openaiApiKey, config.openaiBaseUrl]);
  maskSecrets(redactor);
}

/** The environment the suite sees: the runner's, plus the OpenAI inputs under their usual names. */
function environmentFor(config: ActionConfig): Readonly<Record<string, string | undefined>> {
  return {
    ...process.env,
    ...(config.openaiApiKey ? { OPENAI_API_KEY: config.openaiApiKey } : {}),
    ...(config.openaiBaseUrl ? { OPENAI_BASE_URL: config.openaiBaseUrl } : {}),
  };
}
