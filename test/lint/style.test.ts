/**
 * The lint and format steps of .ci/run (`npm run lint`, `npm run format:check`)
 * reject a deliberately bad file: ESLint finds its errors with the project's
 * config, and Prettier says it is not formatted.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bad = join(root, 'fixtures/lint/style/bad.ts');

describe('lint and format rules', () => {
  it('ESLint rejects a bad file with the project config', async () => {
    // fixtures/ is ignored by the config for the tree; lint the file's text as if it were in src/.
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(readFileSync(bad, 'utf8'), { filePath: join(root, 'src/util/bad.ts') });
    const rules = (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['no-var', '@typescript-eslint/no-unused-vars']));
  });

  it('Prettier says the bad file is not formatted, and the formatted text passes', async () => {
    const options = { ...(await prettier.resolveConfig(join(root, 'src/util/bad.ts'))), filepath: 'bad.ts' };
    const text = readFileSync(bad, 'utf8');
    expect(await prettier.check(text, options)).toBe(false);
    expect(await prettier.check(await prettier.format(text, options), options)).toBe(true);
  });

  it('npm run lint exits non-zero when a source file breaks a rule', async () => {
    const eslintBin = join(root, 'node_modules/eslint/bin/eslint.js');
    const run = promisify(execFile)(process.execPath, [eslintBin, '--no-ignore', bad], { cwd: root });
    await expect(run).rejects.toMatchObject({ code: 1 });
  });
});
