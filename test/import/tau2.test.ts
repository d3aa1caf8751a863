// `rehearse import tau2` on the fixture domain (fixtures/tau2/shop, τ²'s format), then the imported suite run
// offline: a rule-based command agent, a scripted simulated user on the local fake OpenAI server.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import type { Results } from '../../src/model/results.js';
import { capturedIO } from '../support/cli-io.js';
import { startFakeOpenAI, type ChatRequestBody, type FakeOpenAI } from '../support/fake-openai.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DOMAIN = join(ROOT, 'fixtures', 'tau2', 'shop');
const BOT = join(ROOT, 'fixtures', 'tau2', 'agent', 'shop-bot.mjs');
const TOOLS = [
  'find_user_id_by_name_zip',
  'get_user_details',
  'get_order_details',
  'get_product_details',
  'return_delivered_order_items',
  'exchange_delivered_order_items',
  'cancel_pending_order',
  'calculate',
];

/** The simulated user: the task is read from its objective, the reply from the agent's last message. */
function userReply(request: ChatRequestBody): string {
  const system = String(request.messages[0]?.content ?? '');
  const agent = String(request.messages.at(-1)?.content ?? '');
  const task = /exchange both items/.test(system)
    ? 1
    : /cancel your pending order #W3 because/.test(system)
      ? 2
      : /kettle of the same order/.test(system)
        ? 3
        : 0;
  if (/How can I help/.test(agent)) {
    return [
      "Hi, I'm Ana Silva, zip 10001. I'd like to send back the desk lamp from order #W1, money back on my card.",
      'Hello, Ben Okafor here, zip 60601. Order #W2: please exchange the black desk lamp and the glass kettle ' +
        'for the white lamp and the steel kettle.',
      "Hi, I'm Ana Silva, zip 10001. Please cancel order #W3, I don't need it anymore. What do I get back?",
      "Hi, I'm Ana Silva, zip 10001. I'd like to send back the desk lamp from order #W1, money back on my card.",
    ][task] as string;
  }
  if (task === 3 && /return of the desk lamp is requested/.test(agent))
    return 'Thanks. Can the kettle from that order be returned too?';
  if (task === 3 && /cannot be returned/.test(agent))
    return "Then please cancel my pending order #W3, I don't need it.";
  return "Thanks, that's all. <stop/>";
}

let sim: FakeOpenAI;
let dir: string;

beforeAll(async () => {
  sim = await startFakeOpenAI({ respond: (request) => ({ content: userReply(request) }) });
  dir = mkdtempSync(join(tmpdir(), 'rehearse-tau2-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

let lastResults: Results | undefined;

async function runWith(mode: string): Promise<Record<string, string>> {
  writeFileSync(
    join(dir, 'suite', `run-${mode}.yaml`),
    [
      'include: [tau2/*.yaml]',
      `simulator: { model: sim, base_url: "${sim.baseURL}", api_key_env: SIM_KEY }`,
      'defaults: { agent: bot, profile: tau2-db }',
      'agents:',
      `  - { id: bot, type: command, command: [node, "${BOT}", ${mode}], tools: [${TOOLS.join(', ')}] }`,
      '',
    ].join('\n'),
  );
  const io = capturedIO(join(dir, 'suite'), { SIM_KEY: 'test' });
  await cli(['run', '-c', `run-${mode}.yaml`, '-o', `results-${mode}.json`], io);
  const results = JSON.parse(readFileSync(join(dir, 'suite', `results-${mode}.json`), 'utf8')) as Results;
  lastResults = results;
  return Object.fromEntries(results.trials.map((trial) => [trial.testId, trial.status]));
}

describe('rehearse import tau2', () => {
  it('writes a suite that validates: the database as state, stateful tools, one test per task', async () => {
    const io = capturedIO(dir);
    expect(await cli(['import', 'tau2', DOMAIN, '--dir', 'suite'], io)).toBe(0);
    const tools = readFileSync(join(dir, 'suite', 'tau2', 'tools.yaml'), 'utf8');
    expect(tools).toContain('read: orders[{order_id}]');
    const validate = capturedIO(dir, { OPENAI_API_KEY: 'test' });
    expect(await cli(['validate', '-c', 'suite/rehearse.yaml'], validate)).toBe(0);
    expect(validate.text()).toContain('4 tests');
  });

  it('passes where τ² passes: the right end state, with lists in another order', async () => {
    expect(await runWith('good')).toEqual({
      'shop-0': 'pass',
      'shop-1': 'pass',
      'shop-2': 'pass',
      'shop-3': 'pass',
    });
  });

  it('fails a state-blind agent that re-reads the order and says another item can still be returned', async () => {
    expect(await runWith('blind')).toEqual({
      'shop-0': 'pass',
      'shop-1': 'pass',
      'shop-2': 'pass',
      'shop-3': 'fail',
    });
    const shop3 = lastResults?.trials.find((trial) => trial.testId === 'shop-3');
    const failed = shop3?.metrics.filter((metric) => !metric.passed);
    expect(failed?.map((metric) => metric.reason)).toContain('orders["#W3"].status is "pending", expected "cancelled"');
  });

  it('fails where the end state is wrong (refund to a gift card instead of the card)', async () => {
    expect(await runWith('giftcard')).toEqual({
      'shop-0': 'fail',
      'shop-1': 'pass',
      'shop-2': 'pass',
      'shop-3': 'fail',
    });
  });
});
