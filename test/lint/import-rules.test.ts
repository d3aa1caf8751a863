/**
 * The stage order of .dependency-cruiser.cjs (run by `npm run lint:imports` in
 * .ci/run) rejects a backwards import, I/O in a pure stage, a folder the
 * layers do not place and a cycle between folders, and the real tree keeps it.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

/** Cruises `src` under `cwd` with the project's rules; the violations it reports. */
async function cruise(cwd: string): Promise<Violation[]> {
  const args = [depcruise, 'src', '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'];
  // depcruise exits non-zero when it finds errors; the JSON report is written either way.
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('import rules', () => {
  it('reject a backwards import and a child process in a pure stage', async () => {
    const violations = await cruise(join(root, 'fixtures/lint/backwards-import'));
    const found = violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    expect(found).toEqual([
      'io-at-the-edge: src/compare/index.ts → child_process',
      'layer-plan: src/plan/index.ts → src/report/index.ts',
    ]);
  });

  it('reject a cycle between two folders, listed in the layers or not, though no module cycle exists', async () => {
    const violations = await cruise(join(root, 'fixtures/lint/folder-cycle'));
    const cycles = violations.filter((v) => v.rule.name === 'no-folder-cycle').map((v) => `${v.from} → ${v.to}`);
    expect(cycles.sort()).toEqual([
      'src/author → src/cli',
      'src/cli → src/author',
      'src/drafts → src/notes',
      'src/notes → src/drafts',
    ]);
    expect(violations.some((v) => v.rule.name === 'no-circular')).toBe(false);
    const others = violations.filter((v) => v.rule.name !== 'no-folder-cycle').map((v) => `${v.rule.name}: ${v.from}`);
    expect(others.sort()).toEqual([
      'folder-not-in-layers: src/drafts/a.ts',
      'folder-not-in-layers: src/notes/d.ts',
      'import-of-folder-not-in-layers: src/drafts/a.ts',
      'import-of-folder-not-in-layers: src/notes/d.ts',
      'layer-author: src/author/constants.ts',
    ]);
  });

  it('hold on the real tree', async () => {
    expect(await cruise(root)).toEqual([]);
  });
});
