/**
 * The house a contributor finds: SECURITY.md and CONTRIBUTING.md, Dependabot for both ecosystems, and every
 * `npm run …` the docs name is a script package.json has.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('the house', () => {
  it('SECURITY.md says how to report, what counts and which versions are supported', async () => {
    const security = await readFile('SECURITY.md', 'utf8');
    for (const heading of ['## Supported versions', '## How to report a vulnerability', '## What counts'])
      expect(security).toContain(heading);
    expect(security).toContain('security/advisories/new');
  });

  it('Dependabot watches npm and the workflows', async () => {
    const config = parse(await readFile('.github/dependabot.yml', 'utf8')) as {
      updates: { 'package-ecosystem': string; directory: string }[];
    };
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });

  it.each(['README.md', 'CONTRIBUTING.md', 'docs/reports.md'])(
    'every `npm run <script>` in %s exists',
    async (file) => {
      const text = await readFile(file, 'utf8');
      const named = [...text.matchAll(/npm run (?:--silent )?([a-z][\w:-]*)/g)].map((match) => match[1]!);
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter((name) => !(name in pkg.scripts))).toEqual([]);
    },
  );
});
