import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli/main.js';
import { CLI_VERSION, PACKAGE_NAME } from '../src/cli/version.js';
import { capturedIO } from './support/cli-io.js';

describe('rehearse --version and help', () => {
  it('the constants match package.json (the bundle has no package.json to read)', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { name: string; version: string };
    expect({ name: PACKAGE_NAME, version: CLI_VERSION }).toEqual({ name: pkg.name, version: pkg.version });
  });

  it.each(['--version', '-V', 'version'])('%s prints the version and exits 0', async (flag) => {
    const io = capturedIO(process.cwd());
    expect(await cli([flag], io)).toBe(0);
    expect(io.out.join('')).toBe(`${CLI_VERSION}\n`);
  });

  it.each(['--help', '-h', 'help'])('%s lists the new commands and exits 0', async (flag) => {
    const io = capturedIO(process.cwd());
    expect(await cli([flag], io)).toBe(0);
    for (const name of ['init', 'scenario', 'generate', '--version']) expect(io.out.join('')).toContain(name);
  });

  it.each([['init'], ['scenario'], ['generate']])('%s --help exits 0 with its usage', async (name) => {
    const io = capturedIO(process.cwd());
    expect(await cli([name, '--help'], io)).toBe(0);
    expect(io.out.join('')).toContain(`Usage: rehearse ${name}`);
  });
});
