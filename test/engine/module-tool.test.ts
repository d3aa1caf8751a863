// A module tool's call waits on the trial's signal: the listener must go when the call ends, or a conversation's
// tool calls pile listeners on the one signal (Node warns past 10).
import { getEventListeners } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runModuleTool } from '../../src/engine/tools/module.js';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-module-tool-'));
  file = join(dir, 'tools.mjs');
  await writeFile(file, 'export const lookup = (args, { state }) => ({ seen: args.id, count: ++state.count });\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a module tool', () => {
  it('leaves no listener on the trial signal after its calls', async () => {
    const trial = new AbortController();
    const state = { count: 0 };
    for (let call = 1; call <= 12; call++) {
      const outcome = await runModuleTool(
        'lookup',
        { file },
        { id: `o-${call}` },
        { state, profile: {} },
        { timeoutMs: 2_000, signal: trial.signal },
      );
      expect(outcome).toEqual({ output: { seen: `o-${call}`, count: call } });
    }
    expect(getEventListeners(trial.signal, 'abort')).toHaveLength(0);
  });

  it('still answers "cancelled" when the trial is cancelled mid-call', async () => {
    const slow = join(dir, 'slow.mjs');
    await writeFile(slow, 'export const wait = () => new Promise((resolve) => setTimeout(resolve, 5_000));\n');
    const trial = new AbortController();
    setTimeout(() => trial.abort(), 20);
    const outcome = await runModuleTool(
      'wait',
      { file: slow },
      {},
      { state: {}, profile: {} },
      { timeoutMs: 2_000, signal: trial.signal },
    );
    expect(outcome).toEqual({ error: 'tool "wait" cancelled' });
  });
});
