import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';

function captureIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: process.cwd(),
    env: {},
    isTTY: false,
  };
}

describe('rehearse CLI dispatcher', () => {
  it('lists every subcommand in its usage', async () => {
    const io = captureIO();
    expect(await cli(['--help'], io)).toBe(0);
    for (const name of ['validate', 'run', 'compare', 'report', 'runs', 'merge'])
      expect(io.out.join('')).toContain(name);
  });

  it('rejects an unknown subcommand with exit code 2', async () => {
    const io = captureIO();
    expect(await cli(['frobnicate'], io)).toBe(2);
    expect(io.err.join('')).toContain("unknown command 'frobnicate'");
  });
});
