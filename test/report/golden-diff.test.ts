/**
 * A golden test fails on any difference: expectFile() rejects output that
 * differs from its golden file by one character, and names the refresh command.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectFile } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'rehearse-golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(process.env['UPDATE_GOLDEN'])('golden files', () => {
  it('accept identical output and reject a one-character difference', () => {
    const golden = join(dir, 'comment.md');
    writeFileSync(golden, '## ✅ Rehearse passed\n');
    expect(() => expectFile(golden, '## ✅ Rehearse passed\n')).not.toThrow();
    expect(() => expectFile(golden, '## ✅ Rehearse passed \n')).toThrow(/differs from the golden.*golden:update/s);
  });
});
