/**
 * The npm package as a new user gets it: the CLI bundle is built from the
 * current source into a staging copy of the package, packed with `npm pack`,
 * installed offline into an empty directory outside this repository, and run
 * there: --version, --help, init, validate, run, and `npx <tarball> --help`.
 * The README's quick start runs line by line, its install line against a git
 * repository of the same staged package (what `github:…#v1` fetches).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_VERSION, PACKAGE_NAME } from '../../src/cli/version.js';
import { GREETING_BOT, greetingSuite } from '../support/greeting-suite.js';

const run = promisify(execFile);
const REPO = resolve('.');
const pkg = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  files: string[];
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
  scripts: Record<string, string>;
  private?: boolean;
};

let work: string;
let stage: string;
let tarball: string;
let tarballName: string;
let installDir: string;
let packedFiles: string[];

/** An environment without this repository's npm settings, so nothing points back at it. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_|^INIT_CWD$|^OPENAI_/i.test(key)),
  );
  return { ...env, NO_COLOR: '1' };
}

async function rehearse(args: string[], cwd = installDir): Promise<{ stdout: string; stderr: string; code: number }> {
  const bin = join(installDir, 'node_modules', '.bin', 'rehearse');
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd, env: cleanEnv() });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'rehearse-pack-'));
  stage = join(work, 'stage');
  await mkdir(stage);
  // The package's own files (not dist/: it is built below from the current source).
  for (const entry of ['package.json', 'README.md', ...pkg.files.filter((f) => !f.startsWith('dist'))]) {
    await cp(join(REPO, entry), join(stage, entry), { recursive: true });
  }
  await run(process.execPath, [join(REPO, 'scripts/build.mjs'), '--only', 'cli', '--out-dir', stage], { cwd: REPO });
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: stage, env: cleanEnv() });
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarballName = packed!.filename;
  tarball = join(work, tarballName);
  packedFiles = packed!.files.map((f) => f.path);
  installDir = join(work, 'user-project');
  await mkdir(installDir);
  await run('npm', ['init', '-y'], { cwd: installDir, env: cleanEnv() });
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: installDir, env: cleanEnv() });
}, 400_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the published package', () => {
  it('is public, scoped, bundles its dependencies and ships only what runs', () => {
    expect(pkg.name).toBe(PACKAGE_NAME);
    expect(pkg.version).toBe(CLI_VERSION);
    expect(pkg.private).toBeUndefined();
    // Everything the CLI needs is inside dist/cli (ncc), so installing it fetches nothing.
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(packedFiles).toContain('dist/cli/index.js');
    expect(packedFiles).toContain('bin/rehearse.js');
    expect(packedFiles).toContain('LICENSE');
    // npm installs every dev dependency of a git dependency that has one of these scripts (to "prepare" it): the
    // install from the repository's tag would fetch hundreds of packages, and fail offline.
    const preparing = ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall'];
    expect(Object.keys(pkg.scripts).filter((name) => preparing.includes(name))).toEqual([]);
    expect(
      packedFiles.filter((f) => /^(src|test|fixtures|bench|scripts|docs)\//.test(f) || f === 'dist/index.js'),
    ).toEqual([]);
  });

  it('prints its version and help: --version, --help, -h, help', async () => {
    expect((await rehearse(['--version'])).stdout.trim()).toBe(pkg.version);
    for (const flag of ['--help', '-h', 'help']) {
      const out = await rehearse([flag]);
      expect(out.code).toBe(0);
      expect(out.stdout).toContain('Usage: rehearse <command>');
      for (const command of ['init', 'validate', 'run', 'scenario', 'generate']) expect(out.stdout).toContain(command);
    }
  });

  it('init, validate and an offline run succeed in an empty project', async () => {
    const init = await rehearse(['init']);
    expect(init.code, init.stderr).toBe(0);
    const validate = await rehearse(['validate']);
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).toContain('rehearse.yaml is valid');
    const result = await rehearse(['run']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Gate: ✅ 2\/2 tests passed/);
  }, 60_000);

  it('README quick start: every command runs as written in a new git repository', async () => {
    const readme = await readFile(join(REPO, 'README.md'), 'utf8');
    const block = /<!-- quick-start[^>]*-->\s*```sh\n([\s\S]*?)```/.exec(readme);
    expect(block, 'README has a quick-start sh block').not.toBeNull();
    const commands = block![1]!
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter(Boolean);
    // Installed from the repository's major tag until the package is on npm; the README names the other two ways.
    const major = `v${pkg.version.split('.')[0]}`;
    const fromGit = `github:rehearse-dev/rehearse#${major}`;
    expect(commands[0]).toBe(`npm install --save-dev ${fromGit}`);
    expect(tarballName).toBe(`rehearse-dev-cli-${pkg.version}.tgz`);
    expect(readme).toContain(
      `npm install --save-dev https://github.com/rehearse-dev/rehearse/releases/download/v${pkg.version}/${tarballName}`,
    );
    expect(readme).toContain(`npm install --save-dev ${PACKAGE_NAME}`);
    // The repository as npm fetches it from GitHub: a git tag of the package's files, the bundle committed, no build.
    const gitEnv = { ...cleanEnv(), GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
    const git = (...args: string[]) => run('git', args, { cwd: stage, env: gitEnv });
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'release');
    await git('tag', major);
    const project = await mkdtemp(join(tmpdir(), 'rehearse-quickstart-'));
    const remote = await mkdtemp(join(tmpdir(), 'rehearse-remote-'));
    // The user's repository before the quick start: a git repo with a remote (here a local bare one).
    const env = {
      ...cleanEnv(),
      npm_config_offline: 'true',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    };
    const sh = (command: string, cwd: string) => run('bash', ['-c', command], { cwd, env });
    try {
      await sh('git init -q --bare', remote);
      await sh(`git init -q -b main && npm init -y >/dev/null && git remote add origin ${remote}`, project);
      for (const command of commands) {
        // GitHub is not reachable from this test: the staged package's git repository stands in for it.
        const line = command.replace(fromGit, `git+file://${stage}#${major}`);
        await sh(line, project).catch((error: { stderr?: string }) => {
          throw new Error(`README quick start: '${command}' failed: ${error.stderr ?? String(error)}`);
        });
      }
      expect(JSON.parse(await readFile(join(project, 'package.json'), 'utf8')).devDependencies).toEqual({
        [PACKAGE_NAME]: `git+file://${stage}#${major}`,
      });
      const { stdout } = await sh('git ls-tree -r --name-only add-rehearse', remote);
      expect(stdout).toContain('.github/workflows/rehearse.yml');
      expect(stdout).toContain('rehearse/tests.yaml');
    } finally {
      await rm(project, { recursive: true, force: true });
      await rm(remote, { recursive: true, force: true });
    }
  }, 120_000);

  it("types a code scorer in the user's project (schema/scorer.d.ts), and the scorer loads as written", async () => {
    const tsc = (file: string) =>
      run(
        process.execPath,
        [join(REPO, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', file],
        { cwd: installDir, env: cleanEnv() },
      ).then(
        () => '',
        (error: { stdout: string }) => error.stdout,
      );
    await writeFile(
      join(installDir, 'refunds.mts'),
      [
        "import type { Scorer } from '@rehearse-dev/cli';",
        'const scorer: Scorer = (input) => {',
        "  const refunds = input.toolCalls.filter((call) => call.name === 'refund' && call.error === undefined);",
        '  const pass = refunds.length > 0 && input.endReason !== "error" && input.state?.changes.length !== 0;',
        '  return { pass, reason: `${refunds.length} refund(s) in ${input.turns} turns`, score: pass ? 1 : 0 };',
        '};',
        'export default scorer;',
        '',
      ].join('\n'),
    );
    expect(await tsc('refunds.mts')).toBe('');
    // The types are not `any`: a misspelt field and a verdict of the wrong shape are errors.
    await writeFile(
      join(installDir, 'wrong.mts'),
      [
        "import type { Scorer } from '@rehearse-dev/cli';",
        'const scorer: Scorer = (input) => ({ pass: input.toolCall.length > 0, reason: 1 });',
        'export default scorer;',
        '',
      ].join('\n'),
    );
    const errors = await tsc('wrong.mts');
    expect(errors).toMatch(/Property 'toolCall' does not exist on type 'ScorerInput'\. Did you mean 'toolCalls'\?/);
    expect(errors).toMatch(/Type 'number' is not assignable to type 'string'/);
    // Node's type stripping erases the type import: the suite's scorer loads as written (validate imports it).
    const suite = greetingSuite({ name: 'scored', runs: 1 }).replace(
      'criteria: [{ type: text, contains: hello }]',
      'criteria: [{ id: refunds, type: code, module: ./refunds.mts }]',
    );
    expect(suite).toContain('./refunds.mts');
    await writeFile(join(installDir, 'scored.yaml'), suite);
    await writeFile(join(installDir, 'bot.mjs'), GREETING_BOT);
    const validate = await rehearse(['validate', '-c', 'scored.yaml']);
    expect(validate.code, validate.stderr + validate.stdout).toBe(0);
  }, 60_000);

  it('runs through npx from the tarball', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'rehearse-npx-'));
    try {
      const { stdout } = await run('npx', ['--yes', '--offline', `file:${tarball}`, '--help'], {
        cwd,
        env: cleanEnv(),
      });
      expect(stdout).toContain('Usage: rehearse <command>');
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  }, 60_000);
});
