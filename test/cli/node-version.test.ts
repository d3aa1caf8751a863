/**
 * The CLI's entry (bin/rehearse.js) refuses a Node.js older than package.json's `engines` with one line naming the
 * version it needs and the one it got, instead of crashing on the first missing API (a SyntaxError about
 * `enableCompileCache` on Node 20).
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript shipped as is in bin/, without type declarations
import { MIN_NODE_MAJOR, unsupportedNode } from '../../bin/node-version.js';

const run = promisify(execFile);
const refuse = unsupportedNode as (version: string) => string | undefined;

/** The system's own Node.js when it is older than the CLI needs (this project's machines have Node 20 there). */
function olderNode(): { path: string; version: string } | undefined {
  try {
    const version = execFileSync('/usr/bin/node', ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    return refuse(version) ? { path: '/usr/bin/node', version } : undefined;
  } catch {
    return undefined;
  }
}
const older = olderNode();

describe('the Node.js version the CLI needs', () => {
  it("is package.json's engines.node", async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${MIN_NODE_MAJOR as number}`);
  });

  it.each(['20.20.2', '18.0.0', '21.7.3', 'v20.1.0', '0.12.18'])('%s is refused in one line naming both', (version) => {
    const message = refuse(version);
    expect(message).toBe(
      `rehearse needs Node.js 22 or later, got ${version}: install a newer Node.js and run it again`,
    );
  });

  it.each(['22.0.0', '22.1.0', '24.21.0', '25.0.0-pre', 'v23.11.1', '100.0.0'])('%s runs', (version) => {
    expect(refuse(version)).toBeUndefined();
  });

  it.each(['', 'unknown', '22'])('%j, which does not read as a version, is not refused', (version) => {
    expect(refuse(version)).toBeUndefined();
  });

  it('the entry runs on this Node.js (its compile cache named through a namespace import)', async () => {
    const { stdout } = await run(process.execPath, ['bin/rehearse.js', '--version']);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('a Node.js that reports an older version gets that line and exit 2 (its version overridden)', async () => {
    // Wherever no older Node.js is installed, the check still runs: the entry reads process.versions.node only.
    const older = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.1.0"})';
    const failed = await run(process.execPath, ['--import', older, 'bin/rehearse.js', '--version']).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stdout).toBe('');
    expect(failed?.stderr).toBe(
      'rehearse needs Node.js 22 or later, got 20.1.0: install a newer Node.js and run it again\n',
    );
  });

  it.runIf(older)('on an older Node.js the entry exits 2 with that line, before loading the bundle', async () => {
    const { path, version } = older!;
    const failed = await run(path, ['bin/rehearse.js', '--version']).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stdout).toBe('');
    expect(failed?.stderr).toBe(
      `rehearse needs Node.js 22 or later, got ${version}: install a newer Node.js and run it again\n`,
    );
  });
});
