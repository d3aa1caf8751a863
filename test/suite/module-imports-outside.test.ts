/**
 * The local files a code scorer or a module tool imports stay inside the repository as the module itself does: an
 * import through a symbolic link leading out (a folder's or the file's own, dangling or not), a path climbing out
 * with `..`, an absolute path or a `file:` URL elsewhere is refused at load, at the criterion's or the tool's
 * file:line, naming the import as written, where it is written, and the link. Refused imports are never run: the
 * modules are read, not executed, before the worker imports the scorer. Links that stay inside are followed.
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { tempDirSync } from '../support/temp-dir.js';
import { writeSuite } from './helpers.js';

/** A folder outside the repository whose modules leave a `ran` file beside them when they are loaded. */
function outsideFolder(): string {
  const dir = tempDirSync('rehearse-outside-modules-');
  const module = "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./ran', import.meta.url), 'x');\n";
  writeFileSync(join(dir, 'helper.mjs'), `${module}export const helper = () => 1;\n`);
  writeFileSync(join(dir, 'index.mjs'), `${module}export const helper = () => 1;\n`);
  return dir;
}

const WHY = 'a suite may only name files inside its repository';

/** A suite whose code scorer is `own/score.mjs` and whose module tool is `own/tool.mjs`. */
const SUITE = `agents:
  - { id: bot, type: openai, model: m, system_prompt: You help., tools: [mod] }
personas:
  - { id: p, role: A customer }
scenarios:
  - { id: s, type: behavioral, objective: Hi, instructions: Say hi. }
tools:
  - { name: mod, strategy: module, module: { file: own/tool.mjs } }
tests:
  - id: t
    persona: p
    scenario: s
    criteria:
      - { type: code, module: own/score.mjs }
`;
const SCORER_AT = 'rehearse.yaml:14:31: code scorer: module own/score.mjs';
const TOOL_AT = "rehearse.yaml:8:52: tool 'mod': module file own/tool.mjs";

/** The suite with `score.mjs` and `tool.mjs` importing `specifier` (and any other files given), in a fresh folder. */
function suiteImporting(specifier: string, files: Record<string, string> = {}): string {
  return writeSuite({
    'rehearse.yaml': SUITE,
    'own/score.mjs': `import { helper } from '${specifier}';\nexport default () => helper();\n`,
    'own/tool.mjs': `import { helper } from '${specifier}';\nexport default () => ({ value: helper() });\n`,
    ...files,
  });
}

async function issuesOf(cwd: string): Promise<string[]> {
  const result = await loadSuite('rehearse.yaml', { cwd });
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe("a code module's local imports stay inside the repository", () => {
  it('an import through a folder link leading out is refused for the scorer and the tool, and never run', async () => {
    const outside = outsideFolder();
    const cwd = suiteImporting('./lib/helper.mjs');
    symlinkSync(outside, join(cwd, 'own/lib'));
    const issues = await issuesOf(cwd);
    const refused =
      `imports "./lib/helper.mjs", which points outside the repository through the symbolic link 'own/lib' ` +
      `(→ ${JSON.stringify(outside)}): ${WHY}`;
    expect(issues).toContainEqual(expect.stringContaining(`${SCORER_AT} ${refused}`));
    expect(issues).toContainEqual(expect.stringContaining(`${TOOL_AT} ${refused}`));
    expect(existsSync(join(outside, 'ran'))).toBe(false);
  });

  it('an import of a file link leading out, found by its extension or as a folder index, is refused', async () => {
    for (const [specifier, link, target] of [
      ['./helper', 'own/helper.mjs', 'helper.mjs'],
      ['./helper.mjs', 'own/helper.mjs', 'helper.mjs'],
      ['./pkg', 'own/pkg/index.mjs', 'index.mjs'],
    ] as const) {
      const outside = outsideFolder();
      const cwd = suiteImporting(specifier);
      mkdirSync(join(cwd, 'own/pkg'), { recursive: true });
      symlinkSync(join(outside, target), join(cwd, link));
      const issues = await issuesOf(cwd);
      expect(issues).toContainEqual(
        expect.stringContaining(
          `${SCORER_AT} imports "${specifier}", which points outside the repository through the symbolic link ` +
            `'${link}' (→ ${JSON.stringify(join(outside, target))})`,
        ),
      );
      expect(existsSync(join(outside, 'ran'))).toBe(false);
    }
  });

  it('an import a helper makes, two steps down, is refused naming the file that holds it', async () => {
    const outside = outsideFolder();
    const cwd = suiteImporting('./util/index.mjs', {
      'own/util/index.mjs': "export { helper } from './deeper.mjs';\n",
      'own/util/deeper.mjs': "export { helper } from '../vendor/helper.mjs';\n",
    });
    symlinkSync(outside, join(cwd, 'own/vendor'));
    const issues = await issuesOf(cwd);
    expect(issues).toContainEqual(
      expect.stringContaining(
        `${SCORER_AT} imports "../vendor/helper.mjs" in own/util/deeper.mjs, which points outside the repository ` +
          `through the symbolic link 'own/vendor'`,
      ),
    );
    expect(existsSync(join(outside, 'ran'))).toBe(false);
  });

  it('a dangling link is refused too ("not found" would tell what exists out there)', async () => {
    const outside = outsideFolder();
    const cwd = suiteImporting('./gone.mjs');
    symlinkSync(join(outside, 'no-such-file.mjs'), join(cwd, 'own/gone.mjs'));
    expect(await issuesOf(cwd)).toContainEqual(
      expect.stringContaining(`${SCORER_AT} imports "./gone.mjs", which points outside the repository through`),
    );
  });

  it('a path climbing out with .., an absolute path or a file: URL is refused before it is looked at', async () => {
    const outside = outsideFolder();
    for (const specifier of [
      '../../../../../../../../../../etc/helper.mjs',
      join(outside, 'helper.mjs'),
      pathToFileURL(join(outside, 'helper.mjs')).href,
    ]) {
      const issues = await issuesOf(suiteImporting(specifier));
      expect(issues).toContainEqual(
        `${SCORER_AT} imports ${JSON.stringify(specifier)}, which is outside the repository: ${WHY}, so that one ` +
          'from a pull request can not read the rest of the machine',
      );
      expect(issues).toContainEqual(expect.stringContaining(`${TOOL_AT} imports ${JSON.stringify(specifier)}`));
    }
    expect(existsSync(join(outside, 'ran'))).toBe(false);
  });

  it('imports that stay inside, links included, load; packages and built-ins are not followed', async () => {
    const cwd = writeSuite({
      'rehearse.yaml': SUITE,
      'own/score.mjs':
        "import { join } from 'node:path';\nimport { helper } from './linked/helper.mjs';\n" +
        'export default () => helper() + join().length;\n',
      'own/tool.mjs': "import { helper } from './helper';\nexport default () => ({ value: helper() });\n",
      'real/helper.mjs': 'export const helper = () => 1;\n',
    });
    symlinkSync(join(cwd, 'real'), join(cwd, 'own/linked'));
    symlinkSync('../real/helper.mjs', join(cwd, 'own/helper.mjs'));
    expect(await issuesOf(cwd)).toEqual([]);
  });
});
