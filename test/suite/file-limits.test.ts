/** Suite files that cannot be read as such: a FIFO or a folder (a read would block or fail), too large, too much. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { MAX_SUITE_FILE_BYTES } from '../../src/suite/limits.js';
import { MINIMAL, writeSuite } from './helpers.js';

async function issuesOf(cwd: string): Promise<string[]> {
  const result = await loadSuite('rehearse.yaml', { cwd });
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('suite files that are not files, or too large', () => {
  it('an include that is a FIFO or a folder is an error at once (a FIFO would block the read forever)', async () => {
    const cwd = writeSuite({ 'rehearse.yaml': `include: [pipe.yaml, folder.yaml]\n${MINIMAL}` });
    execFileSync('mkfifo', [join(cwd, 'pipe.yaml')]);
    mkdirSync(join(cwd, 'folder.yaml'));
    const issues = await issuesOf(cwd);
    expect(issues).toContain('pipe.yaml:1:1: cannot read suite file: not a regular file (a special file)');
    expect(
      issues.some((issue) => /folder\.yaml.*not a regular file \(a folder\)|folder\.yaml.*folder/.test(issue)),
    ).toBe(true);
  });

  it('a file over MAX_SUITE_FILE_BYTES is refused before it is parsed, naming the limit', async () => {
    const cwd = writeSuite({ 'rehearse.yaml': `include: [huge.yaml]\n${MINIMAL}` });
    const line = `# ${'x'.repeat(1022)}\n`;
    writeFileSync(join(cwd, 'huge.yaml'), line.repeat(Math.ceil(MAX_SUITE_FILE_BYTES / line.length) + 1));
    expect(await issuesOf(cwd)).toEqual([
      expect.stringMatching(
        /^huge\.yaml:1:1: suite file too large: 10,4\d\d,\d{3} bytes, at most 10 MB \(split it with include:\)$/,
      ),
    ]);
  });

  it('a system prompt file that is a FIFO or a folder is an error at once, saying which', async () => {
    const cwd = writeSuite({
      'rehearse.yaml': `${MINIMAL}
simulator: { model: m, system_prompt_file: prompts/fifo.md }
variants:
  candidate: { system_prompt_file: prompts }
`,
    });
    mkdirSync(join(cwd, 'prompts'));
    execFileSync('mkfifo', [join(cwd, 'prompts/fifo.md')]);
    const issues = await issuesOf(cwd);
    expect(issues).toContainEqual(
      expect.stringMatching(/system prompt file 'prompts\/fifo\.md' is not a regular file/),
    );
    expect(issues).toContainEqual(expect.stringMatching(/system prompt file 'prompts' is a folder/));
  });
});
