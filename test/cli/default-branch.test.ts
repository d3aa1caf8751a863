/**
 * `rehearse init` writes the workflow for the repository's default branch, found as the history rule finds it
 * (origin/HEAD, a local main or master, init.defaultBranch, the only local branch), else the branch checked out,
 * else main; and prints commands a user can paste (`npx rehearse …`).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBranch } from '../../src/cli/default-branch.js';
import { inspectRepository } from '../../src/cli/history-rule.js';
import { cli } from '../../src/cli/main.js';
import { capturedIO } from '../support/cli-io.js';

const run = promisify(execFile);
const git = (cwd: string, ...args: string[]) => run('git', args, { cwd });
let root: string;
const saved = { global: process.env.GIT_CONFIG_GLOBAL, system: process.env.GIT_CONFIG_NOSYSTEM };

beforeAll(async () => {
  // The machine's own git settings (a global init.defaultBranch) must not decide these tests.
  process.env.GIT_CONFIG_GLOBAL = '/dev/null';
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  root = await mkdtemp(join(tmpdir(), 'rehearse-branch-'));
});
afterAll(async () => {
  for (const [key, value] of [
    ['GIT_CONFIG_GLOBAL', saved.global],
    ['GIT_CONFIG_NOSYSTEM', saved.system],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await rm(root, { recursive: true, force: true });
});

const author = ['-c', 'user.name=Test', '-c', 'user.email=test@example.com'];

describe('the default branch init writes into the workflow', () => {
  it("is the remote's HEAD in a clone, whatever is checked out", async () => {
    const origin = join(root, 'origin');
    await git(root, 'init', '-q', '-b', 'trunk', origin);
    await git(origin, ...author, 'commit', '-q', '--allow-empty', '-m', 'first');
    await git(root, 'clone', '-q', origin, 'clone');
    const clone = join(root, 'clone');
    await git(clone, 'switch', '-q', '-c', 'feature');
    expect(await defaultBranch(clone)).toEqual({ branch: 'trunk', source: 'origin/HEAD' });

    const io = capturedIO(clone);
    expect(await cli(['init'], io)).toBe(0);
    const workflow = await readFile(join(clone, '.github/workflows/rehearse.yml'), 'utf8');
    expect(workflow).toContain('    branches: [trunk]\n');
    expect(workflow).toContain('# Pushes to trunk store the results');
    expect(io.out.join('')).toContain('The workflow stores results on pushes to trunk (origin/HEAD');
    expect(io.out.join('')).toContain('\nNext:\n  npx rehearse validate\n  npx rehearse run\n');
  });

  it('is init.defaultBranch without a remote, else the branch checked out, else main', async () => {
    const configured = join(root, 'configured');
    await git(root, 'init', '-q', '-b', 'feature', configured);
    await git(configured, 'config', 'init.defaultBranch', 'develop');
    expect(await defaultBranch(configured)).toEqual({ branch: 'develop', source: 'init.defaultBranch' });
    const plain = join(root, 'plain');
    await git(root, 'init', '-q', '-b', 'work', plain);
    expect(await defaultBranch(plain)).toEqual({ branch: 'work', source: 'current branch' });
    expect(await defaultBranch(root)).toEqual({ branch: 'main', source: 'fallback' });
  });

  it('is the branch the local history takes as the default: init and run never disagree', async () => {
    // One branch, not main, no remote (the first hour of a new project): it is the default branch for both.
    const trunk = join(root, 'trunk-only');
    await git(root, 'init', '-q', '-b', 'trunk', trunk);
    await git(trunk, ...author, 'commit', '-q', '--allow-empty', '-m', 'first');
    expect(await defaultBranch(trunk)).toEqual({ branch: 'trunk', source: 'only branch' });
    expect(await inspectRepository(trunk)).toMatchObject({ branch: 'trunk', defaultBranch: 'trunk' });
    // A local main is the default, wherever HEAD is.
    await git(trunk, 'branch', 'main');
    await git(trunk, 'switch', '-q', '-c', 'feature');
    expect(await defaultBranch(trunk)).toEqual({ branch: 'main', source: 'local branch' });
    expect(await inspectRepository(trunk)).toMatchObject({ branch: 'feature', defaultBranch: 'main' });
    // Several branches and nothing to tell which is the default: init takes the one checked out, history none.
    const several = join(root, 'several');
    await git(root, 'init', '-q', '-b', 'trunk', several);
    await git(several, ...author, 'commit', '-q', '--allow-empty', '-m', 'first');
    await git(several, 'switch', '-q', '-c', 'feature');
    expect(await defaultBranch(several)).toEqual({ branch: 'feature', source: 'current branch' });
    expect((await inspectRepository(several))?.defaultBranch).toBeUndefined();
  });

  it('--branch wins; --dir elsewhere gives pasteable -c paths', async () => {
    const io = capturedIO(root);
    expect(await cli(['init', '--dir', 'suite', '--branch', 'release/2'], io)).toBe(0);
    expect(await readFile(join(root, 'suite/.github/workflows/rehearse.yml'), 'utf8')).toContain(
      '    branches: [release/2]\n',
    );
    expect(io.out.join('')).toContain('npx rehearse validate -c suite/rehearse.yaml');
  });
});
