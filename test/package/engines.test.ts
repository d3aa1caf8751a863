/**
 * `engines.node` states what the bundle runs on: no lower than what any
 * package bundled into it declares, and satisfied by the node24 the action
 * runs on (and by the Node running this test).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { engines: { node: string } };

/** The lowest major a simple range allows (`>=22`, `>= 20.0.0`, `^22.12.0 || ^24`): its first comparator. */
function minimumMajor(range: string): number {
  const match = /(?:>=|\^|~)?\s*v?(\d+)/.exec(range.split('||')[0]!);
  if (!match) throw new Error(`cannot read the engines range '${range}'`);
  return Number(match[1]);
}

/** Bare package names imported anywhere under src/ (what ncc bundles). */
async function importedPackages(dir = 'src'): Promise<Set<string>> {
  const names = new Set<string>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const name of await importedPackages(path)) names.add(name);
    else if (entry.name.endsWith('.ts')) {
      const text = await readFile(path, 'utf8');
      for (const m of text.matchAll(
        /^\s*(?:import|export)\b[^;]*?from\s*['"]([^'".][^'"]*)['"]|\bimport\(\s*['"]([^'".][^'"]*)['"]\)/gm,
      )) {
        const spec = (m[1] ?? m[2])!;
        if (spec.startsWith('node:')) continue;
        names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
  }
  return names;
}

describe('engines', () => {
  it('is at least the highest minimum Node of every bundled package', async () => {
    const declared = minimumMajor(pkg.engines.node);
    const needs: string[] = [];
    for (const name of await importedPackages()) {
      const dep = JSON.parse(await readFile(join('node_modules', name, 'package.json'), 'utf8')) as {
        engines?: { node?: string };
      };
      if (dep.engines?.node && minimumMajor(dep.engines.node) > declared)
        needs.push(`${name} needs ${dep.engines.node}`);
    }
    expect(needs, `engines.node is '${pkg.engines.node}'`).toEqual([]);
    // openai is bundled and asks for Node 22: the range must say so.
    expect(declared).toBeGreaterThanOrEqual(22);
  });

  it('is met by the action runtime (action.yml runs.using) and by this Node', async () => {
    const action = parse(await readFile('action.yml', 'utf8')) as { runs: { using: string } };
    const runtime = Number(/^node(\d+)$/.exec(action.runs.using)![1]);
    expect(runtime).toBeGreaterThanOrEqual(minimumMajor(pkg.engines.node));
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(minimumMajor(pkg.engines.node));
  });

  it('minimumMajor reads the ranges packages use', () => {
    expect(minimumMajor('>=22.0.0')).toBe(22);
    expect(minimumMajor('^22.12.0 || ^24.0.0 || >=26.0.0')).toBe(22);
    expect(minimumMajor('>= 14.6')).toBe(14);
  });
});
