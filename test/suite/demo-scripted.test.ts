// The demo's scripted format showcases, run through the engine with no LLM:
// the agent speaking first, an action_followup, and an injected tool timeout.
import { describe, expect, it } from 'vitest';
import { executeTrial } from '../../src/engine/index.js';
import { planRun, type Trial } from '../../src/plan/index.js';
import { loadSuite } from '../../src/suite/index.js';
import { context } from '../engine/support.js';

async function demoTrial(testId: string): Promise<Trial> {
  const loaded = await loadSuite('fixtures/demo/rehearse.yaml');
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const plan = planRun(loaded.suite, { simulatorAvailable: false, variants: ['baseline'], runs: 1, testIds: [testId] });
  const [trial] = plan.trials;
  if (!trial) throw new Error(`no trial for ${testId}`);
  return trial;
}

const said = (trace: Awaited<ReturnType<typeof executeTrial>>) =>
  trace.events.flatMap((e) => (e.type === 'user_message' || e.type === 'agent_message' ? [[e.type, e.content]] : []));

describe('demo scripted scenarios', () => {
  it('greeting-first: the agent speaks first (empty FIRST_MESSAGE) and the user answers its question', async () => {
    const trace = await executeTrial(await demoTrial('greeting-first'), context({ env: process.env }));
    expect(said(trace)[0]).toEqual(['agent_message', expect.stringMatching(/^Hello! .*What is your order number\?$/)]);
    expect(said(trace)[1]).toEqual(['user_message', 'It is B-2002, where is it?']);
    expect(trace.endReason).toBe('endcall');
    expect(trace.usage.costUsd).toBe(0);
  });

  it('lookup-timeout: an injected timeout is handled gracefully, then the action_followup ends the call', async () => {
    // The context's suite settings make an injected timeout 50 ms (run.mock_tool_timeout_ms).
    const trace = await executeTrial(await demoTrial('lookup-timeout'), context({ env: process.env }));
    const call = trace.events.find((e) => e.type === 'tool_call');
    expect(call).toMatchObject({ name: 'lookup_order', error: expect.stringMatching(/timed out/) });
    const agent = said(trace)
      .filter(([type]) => type === 'agent_message')
      .map(([, text]) => text);
    expect(agent[0]).toMatch(/not responding/);
    expect(agent.join('\n')).not.toMatch(/couldn't find/);
    const users = trace.events.flatMap((e) => (e.type === 'user_message' ? [[e.conditionId, e.content]] : []));
    expect(users).toEqual([
      [0, 'Hi, where is my order D-4004?'],
      [1, 'OK, thanks for letting me know.'],
      [2, 'I will try again tomorrow. Bye!'],
    ]);
    expect(trace.endReason).toBe('endcall');
    expect(trace.events.some((e) => e.type === 'error')).toBe(false);
  });
});
