/**
 * The action sends the run's traces to the endpoint the workflow's
 * OTEL_EXPORTER_OTLP_* variables configure (OTLP/JSON over HTTP, checked
 * here by a local receiver), and a receiver that fails is a warning that
 * changes nothing else.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readResults } from '../../src/results/index.js';
import { startOtlpReceiver, type OtlpReceiver } from '../support/otlp-receiver.js';
import { ActionHarness } from './harness.js';

let harness: ActionHarness;
let receiver: OtlpReceiver;

beforeAll(async () => {
  harness = await ActionHarness.start();
  receiver = await startOtlpReceiver();
});
afterEach(() => {
  const problems = [...harness.fake.problems];
  harness.fake.reset();
  expect(problems).toEqual([]);
});
afterAll(async () => {
  await harness.fake.close();
  await receiver.close();
});

const quiet = { comment: 'off', 'check-run': 'false', previous: 'none' };

describe("the action's traces", () => {
  it('go to the endpoint the OTEL_EXPORTER_OTLP_* variables name; a failing receiver is only a warning', async () => {
    const env = {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer otel-token-42',
    };
    const run = await harness.runAction({ event: 'pull_request', runId: 901, inputs: quiet, env });
    expect(run.errors).toEqual([]);
    const { received } = receiver;
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ url: '/v1/traces', auth: 'Bearer otel-token-42' });
    const results = await readResults(run.outputs['results-path']!);
    const body = received[0]!.body;
    for (const trial of results.trials) expect(body).toContain(trial.id);
    expect(run.log).not.toContain('otel-token-42');

    receiver.status = 500;
    const failing = await harness.runAction({ event: 'pull_request', runId: 902, inputs: quiet, env });
    expect(failing.outputs).toMatchObject({ verdict: run.outputs['verdict'] });
    expect(failing.warnings.some((warning) => warning.includes('could not export'))).toBe(true);
    // The receiver's own words are untrusted: they never become a workflow command.
    expect(failing.log).not.toMatch(/^::error::receiver down/m);
  });
});
