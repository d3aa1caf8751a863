import * as core from '@actions/core';

/** The action's entry point: parse inputs, run, report, gate. */
export async function run(): Promise<void> {
  try {
    core.info('rehearse: action not implemented yet');
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
