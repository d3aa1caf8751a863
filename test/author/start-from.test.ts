/**
 * `rehearse scenario from-transcript --start-from N`: the first N turns are replayed as recorded (`start_from`) and
 * the rest is simulated; the test made from it passes against the bot of the recording and fails when the bot stops
 * doing what the rest of the recording shows.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli } from '../../src/cli/main.js';
import { capturedIO } from '../support/cli-io.js';

const TRANSCRIPT = resolve('fixtures/transcripts/refund-damaged.json');
const ORDER_BOT = resolve('fixtures/demo/agent/order-bot.mjs');

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function suiteDir(bot: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-start-from-'));
  dirs.push(dir);
  await mkdir(join(dir, 'agent'));
  await writeFile(join(dir, 'agent/bot.mjs'), bot);
  const root = {
    version: 1,
    name: 'replay',
    include: ['rehearse/refund.yaml'],
    agents: [
      { id: 'bot', type: 'command', command: ['node', 'agent/bot.mjs'], tools: ['lookup_order', 'refund_order'] },
    ],
  };
  await writeFile(join(dir, 'rehearse.yaml'), JSON.stringify(root));
  return dir;
}

interface Written {
  scenarios: { start_from: unknown[]; max_turns: number; conditional_actions: { conditions: { action: string }[] } }[];
  tests: { criteria: { type: string; tool?: string }[] }[];
}

describe('rehearse scenario from-transcript --start-from', () => {
  it('replays the first turns as recorded and simulates the rest, which the same bot passes', async () => {
    const dir = await suiteDir(await readFile(ORDER_BOT, 'utf8'));
    const write = capturedIO(dir);
    const args = ['scenario', 'from-transcript', TRANSCRIPT, '--id', 'refund', '--start-from', '4'];
    expect(await cli(args, write)).toBe(0);
    const written = parse(await readFile(join(dir, 'rehearse/refund.yaml'), 'utf8')) as Written;
    const scenario = written.scenarios[0]!;
    expect(scenario.start_from).toEqual([
      { user: 'Hi, this is Jane Doe, my espresso machine arrived damaged.' },
      { agent: 'I can help with that. Could you give me your order number?' },
      { user: 'Sure, it is A-1001. My email is jane.doe@example.com.' },
      {
        agent: "I'm sorry your espresso machine arrived damaged. Would you like a refund?",
        tool_calls: [
          {
            name: 'lookup_order',
            arguments: { order_id: 'A-1001' },
            result: { found: true, order_id: 'A-1001', item: 'espresso machine', status: 'delivered' },
          },
        ],
      },
    ]);
    // The simulated user says only what came after the recorded turns.
    expect(scenario.conditional_actions.conditions.map((c) => c.action)).toEqual([
      '',
      'Yes please.',
      "Thanks, that's all I needed.",
    ]);
    expect(scenario.max_turns).toBe(4);
    // The recorded lookup is context, not the outcome: only the refund is required.
    expect(written.tests[0]!.criteria.filter((c) => c.type === 'tool_called').map((c) => c.tool)).toEqual([
      'refund_order',
    ]);

    const run = capturedIO(dir);
    expect(await cli(['run'], run)).toBe(0);
    expect(run.text()).toMatch(/Gate: ✅ 1\/1 tests passed/);
  }, 60_000);

  it('fails when the bot no longer does what the rest of the recording shows', async () => {
    // A bot that answers every turn without a tool: the refund the recording goes on to make never happens.
    const lazy = `import { createInterface } from 'node:readline';
createInterface({ input: process.stdin }).on('line', (line) => {
  if (JSON.parse(line).type === 'turn') process.stdout.write(JSON.stringify({ reply: 'Noted, thank you.' }) + '\\n');
});
`;
    const dir = await suiteDir(lazy);
    const args = ['scenario', 'from-transcript', TRANSCRIPT, '--id', 'refund', '--start-from', '4'];
    expect(await cli(args, capturedIO(dir))).toBe(0);
    const run = capturedIO(dir);
    expect(await cli(['run'], run)).toBe(1);
    expect(run.text()).toContain('refund_order called 0×');
  }, 60_000);

  it('says what is wrong with a start that leaves nothing to simulate, or is not a number', async () => {
    const dir = await suiteDir('');
    const tooFar = capturedIO(dir);
    expect(await cli(['scenario', 'from-transcript', TRANSCRIPT, '--start-from', '8'], tooFar)).not.toBe(0);
    expect(tooFar.text()).toMatch(/--start-from 8: .* has 8 turns; leave at least one to simulate/);
    const notANumber = capturedIO(dir);
    expect(await cli(['scenario', 'from-transcript', TRANSCRIPT, '--start-from', 'two'], notANumber)).not.toBe(0);
    expect(notANumber.text()).toBe(
      "rehearse scenario: --start-from: expected a whole number from 1 to 1,000,000 (turns), got 'two'\n",
    );
  });
});
