// Stateful tools end to end: a suite with an initial state, tools declared
// over it and a module tool, run by the CLI against a rule-based command agent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import type { Results, TraceEvent } from '../../src/model/results.js';
import { capturedIO } from '../support/cli-io.js';
import { writeSuite } from '../suite/helpers.js';

/** Returns an item of order #W1, then (unless `blind`) reads the order again and says what it sees. */
const BOT = `
import { createInterface } from 'node:readline';
const mode = process.argv[2] ?? 'good';
const pending = new Map();
const send = (r) => process.stdout.write(JSON.stringify(r) + '\\n');
const call = (session, id, name, args) =>
  new Promise((resolve) => {
    pending.set(session, resolve);
    send({ call_tools: [{ id, name, arguments: args }] });
  });
async function turn(request) {
  const s = request.session_id;
  const order = await call(s, '1', 'get_order_details', { order_id: '#W1' });
  if (order.error) return send({ reply: 'Sorry: ' + order.error });
  const items = mode === 'wrong' ? ['B'] : ['A'];
  const refund = await call(s, '2', 'refund_amount', { order_id: '#W1', item_ids: items });
  const done = await call(s, '3', 'return_delivered_order_items', { order_id: '#W1', item_ids: items });
  if (done.error) return send({ reply: 'Sorry: ' + done.error });
  const status = mode === 'blind'
    ? order.output.status
    : (await call(s, '4', 'get_order_details', { order_id: '#W1' })).output.status;
  const more = status === 'delivered' ? 'You can also return the kettle.' : 'No other item can be returned.';
  send({ reply: 'Done: order #W1 is ' + status + ', refund ' + refund.output + '. ' + more });
}
createInterface({ input: process.stdin }).on('line', (line) => {
  const message = JSON.parse(line);
  if (message.type === 'turn') return void turn(message);
  if (message.type !== 'tool_results') return;
  const resolve = pending.get(message.session_id);
  pending.delete(message.session_id);
  resolve(message.results[0]);
});
`;

const TOOLS_MODULE = `
export function refund_amount(args, { state }) {
  const order = state.orders[args.order_id];
  if (!order) throw new Error('Order not found');
  return order.items.filter((item) => args.item_ids.includes(item.item_id)).reduce((sum, item) => sum + item.price, 0);
}
export async function slow() { await new Promise((resolve) => setTimeout(resolve, 5000)); }
`;

const STATE = `
orders:
  "#W1":
    status: delivered
    items:
      - { item_id: A, name: lamp, price: 30 }
      - { item_id: B, name: kettle, price: 45 }
users:
  u1: { name: { first_name: Ana, last_name: Silva }, zip: "10001" }
`;

const suite = (mode: string) => `
run: { mock_tool_timeout_ms: 200 }
agents:
  - id: bot
    type: command
    command: [node, bot.mjs, ${mode}]
    tools: [get_order_details, return_delivered_order_items, refund_amount]
personas:
  - { id: p, role: A customer }
scenarios:
  - id: return-lamp
    type: scripted
    match: regex
    max_turns: 1
    conditional_actions:
      role: A customer returning a lamp.
      conditions:
        - { id: 0, condition: FIRST_MESSAGE, action: Please return the lamp from order W1., fixed_message: true }
tools:
  - name: get_order_details
    parameters: { type: object, properties: { order_id: { type: string } }, required: [order_id] }
    strategy: state
    state: { read: "orders[{order_id}]", not_found: Order not found }
  - name: return_delivered_order_items
    parameters:
      type: object
      properties: { order_id: { type: string }, item_ids: { type: array, items: { type: string } } }
      required: [order_id, item_ids]
    strategy: state
    state:
      require:
        - { path: "orders[{order_id}]", exists: true, error: Order not found }
        - { path: "orders[{order_id}].status", equals: delivered, error: Non-delivered order cannot be returned }
      set:
        "orders[{order_id}].status": return requested
        "orders[{order_id}].return_items": "{item_ids}"
      returns: "orders[{order_id}]"
  - name: refund_amount
    parameters: { type: object, properties: { order_id: { type: string }, item_ids: { type: array } } }
    strategy: module
    module: { file: tools.mjs }
tests:
  - id: return
    persona: p
    scenario: return-lamp
    state_file: state.yaml
    criteria:
      - { type: state, path: 'orders["#W1"].status', equals: return requested }
      - { type: state, path: 'orders["#W1"].return_items', equals: [A] }
      - { type: state_unchanged, except: ['orders["#W1"]'] }
      - { type: tool_called, tool: return_delivered_order_items, times: 1 }
      - { type: text, not_contains: can also return }
`;

async function run(mode: string): Promise<{ code: number; results: Results }> {
  const dir = writeSuite({ 'suite.yaml': suite(mode), 'bot.mjs': BOT, 'tools.mjs': TOOLS_MODULE, 'state.yaml': STATE });
  const io = capturedIO(dir);
  const code = await cli(['run', '-c', 'suite.yaml', '-o', 'results.json'], io);
  const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as Results;
  return { code, results };
}

type Event<T extends TraceEvent['type']> = Extract<TraceEvent, { type: T }>;
const events = <T extends TraceEvent['type']>(results: Results, type: T): Event<T>[] =>
  (results.trials[0]?.transcript ?? []).filter((event): event is Event<T> => event.type === type);

describe('tools over a trial state', () => {
  it('a write is seen by the next read, recorded in the trace, and the right end state passes', async () => {
    const { code, results } = await run('good');
    const reads = events(results, 'tool_call').filter((call) => call.name === 'get_order_details');
    expect(reads.map((call) => (call.result as { status: string }).status)).toEqual(['delivered', 'return requested']);
    expect(events(results, 'tool_call').find((call) => call.name === 'refund_amount')?.result).toBe(30);
    expect(events(results, 'state_write')).toEqual([
      expect.objectContaining({
        tool: 'return_delivered_order_items',
        changes: [
          { path: 'orders["#W1"].status', before: 'delivered', after: 'return requested' },
          { path: 'orders["#W1"].return_items', after: ['A'] },
        ],
      }),
    ]);
    const [initial, final] = events(results, 'state');
    expect(initial).toMatchObject({ phase: 'initial', state: { orders: { '#W1': { status: 'delivered' } } } });
    expect(final).toMatchObject({
      phase: 'final',
      changes: [{ path: 'orders["#W1"].status' }, { path: 'orders["#W1"].return_items' }],
    });
    expect(results.trials[0]?.metrics.filter((metric) => !metric.passed)).toEqual([]);
    expect(results.trials[0]?.status).toBe('pass');
    expect(code).toBe(0);
  });

  it('a test that can only pass on the right final state fails on a wrong one', async () => {
    const { code, results } = await run('wrong');
    const failed = results.trials[0]?.metrics.filter((metric) => !metric.passed) ?? [];
    expect(failed.map((metric) => metric.reason)).toEqual(['orders["#W1"].return_items is ["B"], expected ["A"]']);
    expect(results.trials[0]?.status).toBe('fail');
    expect(code).toBe(1);
  });

  it('an agent blind to its own write says the wrong thing and fails', async () => {
    const { results } = await run('blind');
    const failed = results.trials[0]?.metrics.filter((metric) => !metric.passed) ?? [];
    expect(failed.map((metric) => metric.type)).toEqual(['text']);
  });
});
