// A command agent that writes more lines than it was asked for (an answer twice, a late answer, junk) must never
// shift the transcript unnoticed: each line no request awaits is ignored and reported, naming the agent and turn.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { executeTrial } from '../../src/engine/index.js';
import { judgeTrial } from '../../src/judge/index.js';
import type { TraceEvent } from '../../src/model/results.js';
import { criterion } from '../runner/helpers.js';
import { commandAgent, context, contents, conversationTrial, noLlm } from './support.js';

const AGENT = fileURLToPath(new URL('./fixtures/extra-lines-agent.mjs', import.meta.url));

/** Three agent turns ("turn": 0, 1, 2), then the user hangs up. */
const SCENARIO = {
  id: 's',
  type: 'scripted',
  match: 'regex',
  conditional_actions: {
    role: 'A customer.',
    conditions: [
      { id: 0, condition: 'FIRST_MESSAGE', action: 'Hello', fixed_message: true },
      { id: 1, condition: 'anything', pattern: '.', action: 'Second', fixed_message: true },
      { id: 2, condition: 'anything', pattern: '.', action: 'Third', fixed_message: true },
      { id: 3, condition: 'anything', pattern: '.', action: 'Bye <endcall/>', fixed_message: true },
    ],
  },
};
const LOOKUP = { name: 'lookup', parameters: { type: 'object' }, mock: { default: { output: 'found' } } };
const IN_ORDER = ['answer to turn 0', 'answer to turn 1', 'answer to turn 2'];

async function run(env: Record<string, string>, tools: unknown[] = []) {
  const trial = conversationTrial({ scenario: SCENARIO, agent: commandAgent(AGENT, { env }), tools });
  return executeTrial(trial, context());
}

function errorMessages(events: readonly TraceEvent[]): string[] {
  return events.flatMap((event) => (event.type === 'error' ? [event.message] : []));
}

describe('command agents that write lines no request awaits', () => {
  it('ignores and reports an answer written twice: the next turn still gets its own answer', async () => {
    const trace = await run({ MODE: 'twice' });
    expect(contents(trace.events, 'agent_message')).toEqual(IN_ORDER);
    expect(trace.endReason).toBe('endcall');
    const errors = errorMessages(trace.events);
    expect(errors).toHaveLength(3);
    errors.forEach((message, turn) =>
      expect(message).toMatch(
        new RegExp(
          `^the agent "bot" wrote a line when no answer was awaited \\(after its answer to "turn": ${turn}\\)`,
        ),
      ),
    );
    expect(trace.events.find((event) => event.type === 'error')).toMatchObject({
      source: 'agent',
      category: 'infrastructure',
    });
  });

  it('fails the infrastructure criterion with the report, the conversation complete', async () => {
    const trial = conversationTrial({ scenario: SCENARIO, agent: commandAgent(AGENT, { env: { MODE: 'twice' } }) });
    const trace = await executeTrial(trial, context());
    const judged = { ...trial, criteria: [criterion({ type: 'infrastructure' as const })] };
    const [infrastructure] = await judgeTrial(judged, trace, { chat: noLlm });
    expect(infrastructure).toMatchObject({ passed: false, reason: expect.stringContaining('the agent "bot" wrote') });
  });

  it('never takes a late answer that echoes its turn for the next turn', async () => {
    const trace = await run({ MODE: 'late', ECHO: '1' });
    expect(contents(trace.events, 'agent_message')).toEqual(IN_ORDER);
    expect(errorMessages(trace.events)).toEqual([
      expect.stringMatching(/^the agent "bot" answered "turn": 0 while its answer to "turn": 1 was awaited; ignored/),
      expect.stringMatching(/^the agent "bot" answered "turn": 1 while its answer to "turn": 2 was awaited; ignored/),
    ]);
  });

  it('keeps tool rounds in step when a late answer echoes its turn', async () => {
    const trace = await run({ MODE: 'late', ECHO: '1', TOOLS: '1' }, [LOOKUP]);
    expect(contents(trace.events, 'agent_message')).toEqual(IN_ORDER);
    expect(trace.events.filter((event) => event.type === 'tool_call')).toHaveLength(3);
    expect(errorMessages(trace.events)).toEqual([
      expect.stringMatching(/answered "turn": 0 while its answer to "turn": 1 was awaited/),
      expect.stringMatching(/answered "turn": 1 while its answer to "turn": 2 was awaited/),
    ]);
  });

  it('takes the answers of an agent whose own `turn` is no echo (counted from 1), as before echoes', async () => {
    const trace = await run({ ECHO_FROM: '1' });
    expect(contents(trace.events, 'agent_message')).toEqual(IN_ORDER);
    expect(errorMessages(trace.events)).toEqual([]);
  });

  it('says why a turn timed out when an agent that echoed its turns stops echoing the awaited one', async () => {
    const agent = commandAgent(AGENT, { env: { ECHO_STUCK: '1' }, timeout_ms: 300 });
    const trace = await executeTrial(conversationTrial({ scenario: SCENARIO, agent }), context());
    expect(trace.endReason).toBe('error');
    expect(contents(trace.events, 'agent_message')).toEqual(['answer to turn 0']);
    expect(errorMessages(trace.events)).toEqual([
      expect.stringMatching(/^the agent "bot" answered "turn": 0 while its answer to "turn": 1 was awaited; ignored/),
      'the agent process did not answer within 300 ms with "turn": 1; it answered "turn": 0 meanwhile, ignored ' +
        '(an answer\'s "turn" must echo its request\'s)',
    ]);
  });

  it('reports the answers a late answer without `turn` pushed out, naming the turn', async () => {
    const trace = await run({ MODE: 'late' });
    // Without an echoed turn the late answer cannot be told from the awaited one: it is taken, and the answer
    // it displaced arrives when nothing is awaited. The transcript is wrong, but never silently.
    expect(contents(trace.events, 'agent_message')).toEqual([
      'answer to turn 0',
      'answer to turn 0',
      'answer to turn 1',
    ]);
    expect(errorMessages(trace.events)).toEqual([
      expect.stringMatching(
        /no answer was awaited \(after its answer to "turn": 1\); ignored: \{"reply":"answer to turn 1"\}/,
      ),
      expect.stringMatching(
        /no answer was awaited \(after its answer to "turn": 2\); ignored: \{"reply":"answer to turn 2"\}/,
      ),
    ]);
  });

  it('reports a line written during a tool round, with the round', async () => {
    const trace = await run({ MODE: 'twice', TOOLS: '1' }, [LOOKUP]);
    expect(contents(trace.events, 'agent_message')).toEqual(IN_ORDER);
    expect(trace.events.filter((event) => event.type === 'tool_call')).toHaveLength(3);
    expect(errorMessages(trace.events)[0]).toMatch(/call_tools/);
    expect(errorMessages(trace.events)[1]).toMatch(/after its answer to "turn": 0, tool results round 1\)/);
  });

  it('ignores and reports lines that are not JSON between turns', async () => {
    const trace = await run({ MODE: 'junk' });
    expect(contents(trace.events, 'agent_message')).toEqual(IN_ORDER);
    expect(errorMessages(trace.events)).toEqual(
      [0, 1, 2].map((turn) => expect.stringContaining(`(after its answer to "turn": ${turn}); ignored: not json`)),
    );
  });

  it('quotes the first three ignored lines and counts the rest', async () => {
    const trace = await run({ MODE: 'flood' });
    expect(contents(trace.events, 'agent_message')).toEqual(IN_ORDER);
    const errors = errorMessages(trace.events);
    expect(errors).toHaveLength(4);
    expect(errors[3]).toBe(
      'the agent "bot" wrote 15 lines that answered nothing awaited, all ignored (the first 3 quoted)',
    );
  });

  it('ignores a farewell line written as the session closes by an agent that wrote nothing out of turn', async () => {
    const trace = await run({ MODE: 'goodbye' });
    expect(trace.endReason).toBe('endcall');
    expect(contents(trace.events, 'agent_message')).toEqual(IN_ORDER);
    expect(errorMessages(trace.events)).toEqual([]);
  });

  it('does not bury the error that ended the conversation under lines written after it', async () => {
    const trace = await run({ MODE: 'goodbye', FAIL_TURN: '1' });
    expect(trace.endReason).toBe('error');
    expect(errorMessages(trace.events)).toEqual(['the agent reported an error: broken on purpose']);
  });

  it.each([
    ['that echo the awaited turn', { ECHO: '1', TOOLS: '1' }],
    ['without a turn', { TOOLS: '1' }],
  ])('takes answers %s, and reports nothing', async (_label, env) => {
    const trace = await run(env, [LOOKUP]);
    expect(contents(trace.events, 'agent_message')).toEqual(IN_ORDER);
    expect(errorMessages(trace.events)).toEqual([]);
  });
});
