/**
 * Folder links under include globs: a loop is not followed (each real file is read once, by device and inode, with a
 * note), a link out of the repository is not searched, and an include cycle closed through a link is a cycle.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { writeSuite } from './helpers.js';
import { tempDirSync } from '../support/temp-dir.js';

const SUITE = `include: ["tests/**/*.yaml"]
agents:
  - { id: bot, type: command, command: [node, bot.mjs] }
scenarios:
  - { id: greet, type: behavioral, objective: Hi, instructions: Say hi. }
tests:
  - { id: hello, persona: calm, scenario: greet }
`;
const PERSONA = 'personas:\n  - { id: calm, role: A customer }\n';

async function load(cwd: string) {
  const result = await loadSuite('rehearse.yaml', { cwd });
  return result.ok
    ? { files: result.suite.files.length, messages: result.warnings.map(formatIssue) }
    : { files: 0, messages: result.issues.map(formatIssue) };
}

const loopNote = (link: string): string =>
  `rehearse.yaml:1:11: warning: include 'tests/**/*.yaml' does not follow the folder link '${link}': it leads back ` +
  'to a folder above it (a symbolic link loop); each file is read once';

describe('folder links under include globs', () => {
  it('a link to a folder above it is not followed: each file once, with a note (no duplicate ids)', async () => {
    const cwd = writeSuite({ 'rehearse.yaml': SUITE, 'tests/a.yaml': PERSONA, 'tests/sub/.keep': '' });
    symlinkSync('..', join(cwd, 'tests/sub/up'));
    expect(await load(cwd)).toEqual({ files: 2, messages: [loopNote('tests/sub/up')] });
  });

  it('two links that lead to each other, and a link to the suite root, are loops too', async () => {
    const cwd = writeSuite({ 'rehearse.yaml': SUITE, 'tests/a/x.yaml': PERSONA, 'tests/b/.keep': '' });
    symlinkSync('../b', join(cwd, 'tests/a/l1'));
    symlinkSync('../a', join(cwd, 'tests/b/l2'));
    symlinkSync('../..', join(cwd, 'tests/b/top'));
    expect(await load(cwd)).toEqual({
      files: 2,
      messages: [
        loopNote('tests/a/l1/l2'),
        loopNote('tests/a/l1/top'),
        loopNote('tests/b/l2/l1'),
        loopNote('tests/b/top'),
      ],
    });
  });

  it('two links to one folder give its files once, by their shortest name', async () => {
    const cwd = writeSuite({ 'rehearse.yaml': SUITE, 'shared/p.yaml': PERSONA, 'tests/.keep': '' });
    symlinkSync('../shared', join(cwd, 'tests/one'));
    symlinkSync('../shared', join(cwd, 'tests/two'));
    const result = await loadSuite('rehearse.yaml', { cwd });
    expect(result.ok && result.suite.files.map((file) => file.replace(cwd, ''))).toEqual([
      '/rehearse.yaml',
      '/tests/one/p.yaml',
    ]);
  });

  it('a folder link out of the repository is not searched (a link to / walked the whole disk)', async () => {
    const outside = tempDirSync('rehearse-outside-');
    writeFileSync(join(outside, 'p.yaml'), PERSONA);
    const cwd = writeSuite({ 'rehearse.yaml': SUITE, 'tests/a.yaml': PERSONA });
    symlinkSync(outside, join(cwd, 'tests/ext'));
    symlinkSync('/', join(cwd, 'tests/root'));
    const { files, messages } = await load(cwd);
    expect(files).toBe(2);
    expect(messages).toEqual([
      expect.stringContaining(`does not search the folder link 'tests/ext', which points outside the repository`),
      expect.stringContaining(`does not search the folder link 'tests/root', which points outside the repository`),
    ]);
  });

  it('an include cycle closed through a folder link is a cycle (it recursed until the path was too long)', async () => {
    const cwd = writeSuite({
      'rehearse.yaml': SUITE.replace('"tests/**/*.yaml"', 'child.yaml'),
      'child.yaml': `include: [self/rehearse.yaml]\n${PERSONA}`,
    });
    symlinkSync('.', join(cwd, 'self'));
    expect((await load(cwd)).messages).toEqual([
      'child.yaml:1:11: include cycle: rehearse.yaml → child.yaml → self/rehearse.yaml (self/rehearse.yaml is ' +
        'rehearse.yaml through a link)',
    ]);
  });

  it('a hard link is the same file', async () => {
    const cwd = writeSuite({ 'rehearse.yaml': SUITE, 'tests/a.yaml': PERSONA });
    mkdirSync(join(cwd, 'tests/copy'));
    const { linkSync } = await import('node:fs');
    linkSync(join(cwd, 'tests/a.yaml'), join(cwd, 'tests/copy/a.yaml'));
    expect(await load(cwd)).toEqual({ files: 2, messages: [] });
  });
});
