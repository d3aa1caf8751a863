// Every broken suite under fixtures/broken/<case>/ must produce exactly the
// errors in its expected.txt (file:line:column: message, paths from the repo root).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadSuite } from '../../src/suite/index.js';

const REPO = join(import.meta.dirname, '..', '..');
const BROKEN = join(REPO, 'fixtures', 'broken');
const cases = readdirSync(BROKEN).sort();

describe('broken suites', () => {
  it('has a corpus of at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s gives exactly its expected errors', async (name) => {
    const expected = readFileSync(join(BROKEN, name, 'expected.txt'), 'utf8')
      .trim()
      .split('\n');
    const result = await loadSuite(`fixtures/broken/${name}/rehearse.yaml`, { cwd: REPO });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toEqual(expected);
  });
});
