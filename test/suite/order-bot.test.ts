// Drives the demo agent through protocol lines (src/engine/types.ts) with a
// real child process, so the demo is checked independently of the engine.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const BOT = join(import.meta.dirname, '..', '..', 'fixtures', 'demo', 'agent', 'order-bot.mjs');
type Message = { role: 'user' | 'assistant'; content: string };

function startBot(...flags: string[]) {
  const child = spawn(process.execPath, [BOT, ...flags], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const queue: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  lines.on('line', (line) => (waiters.length > 0 ? waiters.shift()!(line) : queue.push(line)));
  const next = (): Promise<Record<string, unknown>> =>
    new Promise((resolve) => {
      const take = (line: string) => resolve(JSON.parse(line) as Record<string, unknown>);
      if (queue.length > 0) take(queue.shift()!);
      else waiters.push(take);
    });
  const send = (message: unknown) => child.stdin!.write(`${JSON.stringify(message)}\n`);
  const turn = (session: string, turn: number, messages: Message[]) => {
    send({ type: 'turn', session_id: session, turn, messages, profile: null, tools: [] });
    return next();
  };
  const toolResults = (session: string, results: unknown[]) => {
    send({ type: 'tool_results', session_id: session, results });
    return next();
  };
  return { child, turn, toolResults };
}

let bots: ReturnType<typeof startBot>[] = [];
afterEach(() => {
  for (const bot of bots) bot.child.kill();
  bots = [];
});

const DAMAGED: Message[] = [
  { role: 'user', content: 'Hi, my espresso machine arrived damaged.' },
  { role: 'assistant', content: 'I can help with that. Could you give me your order number?' },
  { role: 'user', content: 'Sure, it is A-1001.' },
];
const LOOKUP = { found: true, order_id: 'A-1001', item: 'espresso machine', status: 'delivered' };

describe('demo order-bot (JSON-lines protocol)', () => {
  it('asks for the order number, calls lookup_order through Rehearse, and offers a refund', async () => {
    const bot = startBot();
    bots.push(bot);
    expect(await bot.turn('s1', 1, DAMAGED.slice(0, 1))).toEqual({
      reply: 'I can help with that. Could you give me your order number?',
    });
    const call = await bot.turn('s1', 2, DAMAGED);
    expect(call).toEqual({
      call_tools: [{ id: '2-lookup_order', name: 'lookup_order', arguments: { order_id: 'A-1001' } }],
    });
    const reply = await bot.toolResults('s1', [{ id: '2-lookup_order', output: LOOKUP }]);
    expect(reply.reply).toMatch(/would you like a refund\?/i);
  });

  it('escalates to a human when the refund tool fails', async () => {
    const bot = startBot();
    bots.push(bot);
    const messages: Message[] = [
      ...DAMAGED,
      { role: 'assistant', content: 'Sorry. Would you like a refund?' },
      { role: 'user', content: 'Yes please.' },
    ];
    const call = await bot.turn('s2', 3, messages);
    expect(call).toMatchObject({ call_tools: [{ name: 'refund_order', arguments: { order_id: 'A-1001' } }] });
    const reply = await bot.toolResults('s2', [{ id: '3-refund_order', error: 'payment gateway unavailable' }]);
    expect(reply.reply).toMatch(/escalated this to a human/);
  });

  it('greets when it speaks first (a turn with an empty messages list)', async () => {
    const bot = startBot();
    bots.push(bot);
    expect((await bot.turn('s3', 1, [])).reply).toMatch(/^Hello! .* What is your order number\?$/);
  });

  it('says the order system is down when a lookup fails or times out, not that the order does not exist', async () => {
    const bot = startBot();
    bots.push(bot);
    await bot.turn('s4', 1, [{ role: 'user', content: 'Hi, where is my order D-4004?' }]);
    const reply = await bot.toolResults('s4', [
      { id: '1-lookup_order', error: 'tool "lookup_order" timed out after 2000 ms' },
    ]);
    expect(reply.reply).toMatch(/not responding/);
    expect(reply.reply).not.toMatch(/couldn't find/);
  });

  it('--next forgets the refund offer in some sessions only, the same ones every run', async () => {
    const offers = async (flags: string[]) => {
      const bot = startBot(...flags);
      bots.push(bot);
      const offered: boolean[] = [];
      for (let index = 0; index < 5; index++) {
        const session = `refund-damaged@candidate#${index}`;
        await bot.turn(session, 2, DAMAGED);
        const reply = await bot.toolResults(session, [{ id: '2-lookup_order', output: LOOKUP }]);
        offered.push(/refund/i.test(String(reply.reply)));
      }
      return offered;
    };
    const candidate = await offers(['--next']);
    expect(await offers(['--next'])).toEqual(candidate);
    expect(candidate.filter(Boolean).length).toBe(3);
    expect(await offers([])).toEqual([true, true, true, true, true]);
  });
});
