import { describe, expect, it } from 'vitest';
import { executeTrial } from '../../src/engine/index.js';
import { planRun } from '../../src/plan/index.js';
import { loadSuite } from '../../src/suite/index.js';
import { context } from './support.js';

describe('the demo order-support bot through the engine', () => {
  it('holds every scripted conversation of the demo suite with no LLM, tools included', async () => {
    const loaded = await loadSuite('fixtures/demo/rehearse.yaml');
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
    const plan = planRun(loaded.suite, { simulatorAvailable: false, variants: ['baseline'], runs: 1 });
    const trials = plan.trials.filter((t) => t.kind === 'conversation' && t.scenario.type === 'scripted');
    expect(trials.length).toBeGreaterThan(2);

    const traces = await Promise.all(trials.map((trial) => executeTrial(trial, context({ env: process.env }))));
    for (const [i, trace] of traces.entries()) {
      const label = trials[i]!.testId;
      expect({ label, errors: trace.events.filter((e) => e.type === 'error') }).toEqual({ label, errors: [] });
      expect(trace.events.some((e) => e.type === 'user_message')).toBe(true);
      expect(trace.events.some((e) => e.type === 'agent_message')).toBe(true);
      expect(trace.usage.costUsd).toBe(0);
    }
    expect(traces.map((t) => t.endReason)).toContain('endcall');
    expect(traces.flatMap((t) => t.events).some((e) => e.type === 'tool_call' && e.name === 'lookup_order')).toBe(true);
  });
});
