/**
 * End to end through `rehearse run`: a previous run in .rehearse/runs makes a drop suspected, and the
 * run adds confirmation trials before the verdict (a local command agent; no network).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { cli } from '../../src/cli/main.js';
import { readResults } from '../../src/results/index.js';
import { greetingSuite } from '../support/greeting-suite.js';

function captureIO(cwd: string): CliIO & { out: () => string } {
  const out: string[] = [];
  return { stdout: (t) => out.push(t), stderr: () => undefined, cwd, env: {}, isTTY: false, out: () => out.join('') };
}

/** An agent that greets while mode.txt says "good", and stops greeting otherwise (a real regression). */
const BOT = `import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const request = JSON.parse(line);
  if (request.type !== 'turn') return;
  const good = readFileSync(new URL('./mode.txt', import.meta.url), 'utf8').trim() === 'good';
  process.stdout.write(JSON.stringify({ reply: good ? 'Hello, how can I help?' : 'Goodbye.' }) + '\\n');
});
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-cli-confirm-'));
  await writeFile(join(dir, 'bot.mjs'), BOT);
  await writeFile(
    join(dir, 'rehearse.yaml'),
    greetingSuite({ name: 'drops', runs: 5, baselineMetrics: false, concurrency: 4 }),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rehearse run with a previous local run', () => {
  it('confirms a suspected drop with extra trials; --no-confirm runs the plan only', async () => {
    await writeFile(join(dir, 'mode.txt'), 'good');
    expect(await cli(['run', '-o', 'first.json'], captureIO(dir))).toBe(0);
    const first = await readResults(join(dir, 'first.json'));
    expect(first.trials).toHaveLength(5);

    await writeFile(join(dir, 'mode.txt'), 'bad');
    await cli(['run', '-o', 'second.json'], captureIO(dir));
    const second = await readResults(join(dir, 'second.json'));
    const greet = second.tests.find((test) => test.key === 'greet@default')!;
    expect(greet.trials).toBe(25);
    expect(greet.confirmation).toMatchObject({ reasons: ['drop'], extraTrials: 20, drop: 'confirmed' });
    expect(greet.confirmation?.evidence).toContain('5/5 over the last runs → 0/5 now, 0/25 after confirmation');
    expect(second.trials.filter((trial) => trial.phase === 'confirmation')).toHaveLength(20);

    expect(await cli(['run', '-o', 'third.json', '--no-confirm'], captureIO(dir))).toBe(1);
    expect((await readResults(join(dir, 'third.json'))).trials).toHaveLength(5);
  }, 60_000);
});
