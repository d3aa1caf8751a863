/**
 * An `openai` agent's requests carry its earlier tool calls and results; a
 * cassette keys requests by their body, so a multi-turn, tool-using agent is
 * recorded with that context and replays offline to the same conversation.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { readResults } from '../../src/results/index.js';
import { startFakeOpenAI, type ChatRequestBody } from '../support/fake-openai.js';
import { captureIO } from './support.js';

const suite = (baseURL: string) => `version: 1
agents:
  - id: bot
    type: openai
    model: agent-model
    base_url: "${baseURL}"
    system_prompt: You help with orders.
    tools: [lookup_order]
tools:
  - name: lookup_order
    parameters: { type: object, properties: { order_id: { type: string } }, required: [order_id] }
    mock:
      mappings:
        - { when: { order_id: A-1 }, output: { status: delivered } }
        - { when: { order_id: B-2 }, output: { status: shipped } }
personas:
  - { id: p, role: a customer }
scenarios:
  - id: two-orders
    type: scripted
    match: regex
    conditional_actions:
      role: A customer with two orders.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: Where is order A-1?, fixed_message: true }
        - { id: 1, condition: first status, pattern: delivered, action: And order B-2?, fixed_message: true }
        - { id: 2, condition: anything, pattern: ".", action: "Thanks <endcall/>", fixed_message: true }
tests:
  - id: orders
    persona: p
    scenario: two-orders
    baseline_metrics: false
    criteria: [{ type: tool_called, tool: lookup_order, min_times: 2 }]
`;

/** Looks up the order of the latest user message, then answers from the latest tool result. */
function orderModel(request: ChatRequestBody) {
  const last = request.messages.at(-1);
  if (last?.role === 'tool') return { content: `Order status: ${last.content}` };
  const order = /[A-Z]-\d/.exec(last?.content ?? '')?.[0] ?? 'none';
  return { toolCalls: [{ id: `call_${order}`, name: 'lookup_order', arguments: { order_id: order } }] };
}

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('records the tool history in the agent requests and replays the conversation offline', async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-cassette-context-'));
  const server = await startFakeOpenAI({ respond: orderModel });
  await writeFile(join(dir, 'rehearse.yaml'), suite(server.baseURL));
  await cli(['run', '--record', 'run.jsonl', '-o', 'recorded.json'], captureIO(dir, {}));
  await server.close();
  expect(server.requests).toHaveLength(4);

  const entries = (await readFile(join(dir, 'run.jsonl'), 'utf8'))
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { kind: string; request: { messages: { role: string }[] } });
  expect(entries.map((entry) => entry.kind)).toEqual(['agent', 'agent', 'agent', 'agent']);
  // The second turn's first request, as recorded: the first turn's call and result before the new question.
  const roles = entries.map((entry) => entry.request.messages.map((message) => message.role).join(' '));
  expect(roles).toContain('system user assistant tool assistant user');

  const io = captureIO(dir, {});
  const status = await cli(['run', '--replay', 'run.jsonl', '-o', 'replayed.json'], io);
  expect(io.err()).not.toContain('replay:');
  expect(status).toBe(0);
  const said = async (file: string) =>
    (await readResults(join(dir!, file))).trials.map((trial) => [
      trial.status,
      trial.transcript.flatMap((event) => ('content' in event ? [event.content] : [])),
    ]);
  const recorded = await said('recorded.json');
  expect(recorded).toEqual([
    [
      'pass',
      [
        'Where is order A-1?',
        'Order status: {"status":"delivered"}',
        'And order B-2?',
        'Order status: {"status":"shipped"}',
        'Thanks',
      ],
    ],
  ]);
  expect(await said('replayed.json')).toEqual(recorded);
});
