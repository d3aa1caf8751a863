import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localImports, moduleGraphHash } from '../../src/suite/module-graph.js';
import { writeSuite } from './helpers.js';

describe('localImports', () => {
  it('follows every literal local specifier, in any import form, and no package', () => {
    const text = `import a from './a.js';
import { b1, b2 } from "../b.mjs";
import {
  g1,
  g2,
} from './g.js';
import type { T } from './types.ts';
import './side-effect.js';
export * from './c';
export { d } from './d.ts';
const e = await import('./e.js');
const f = require('./f.cjs');
import z from 'zod';
import { readFile } from 'node:fs';
const dynamic = await import(name);
import {
  h, // a note inside the list
} from './h.js';
// import old from './commented-out.js';
/* import older from './block-commented.js'; */
const url = 'see https://example.com/x' + "it's";
import here from '.';
import up from '..';
import broken from 'file://[';
const message = "require('/etc/passwd') and import x from '../../outside.js' are text, not imports";
const template = \`import('./in-a-template.js')\`;
const quoted = 'export * from "./in-a-string.js"';
`;
    expect(localImports('/suite/scorers/main.mjs', text)).toEqual([
      '/suite/scorers/a.js',
      '/suite/b.mjs',
      '/suite/scorers/g.js',
      '/suite/scorers/types.ts',
      '/suite/scorers/side-effect.js',
      '/suite/scorers/c',
      '/suite/scorers/d.ts',
      '/suite/scorers/e.js',
      '/suite/scorers/f.cjs',
      '/suite/scorers/h.js',
      '/suite/scorers',
      '/suite',
    ]);
  });
});

describe('moduleGraphHash', () => {
  const sha256 = (text: Buffer): string => createHash('sha256').update(text).digest('hex');

  it('is the content hash alone for a module importing nothing local (the identity scorers always had)', async () => {
    const dir = writeSuite({ 'score.mjs': "import { z } from 'zod';\nexport default () => true;\n" });
    const content = await readFile(join(dir, 'score.mjs'));
    expect(await moduleGraphHash(join(dir, 'score.mjs'), content)).toBe(sha256(content));
  });

  it('changes with any local module imported, directly or not, and not with an unrelated file', async () => {
    const dir = writeSuite({
      'score.ts': "import { words } from './lib/text.js';\nexport default (input: unknown) => words(input);\n",
      'lib/text.ts': "import { STOP } from './stop';\nexport const words = (x: unknown) => String(x) !== STOP;\n",
      'lib/stop.mjs': "import { words } from './text.js';\nexport const STOP = 'stop';\n",
      'lib/unrelated.mjs': 'export const x = 1;\n',
    });
    const main = join(dir, 'score.ts');
    const hash = async () => moduleGraphHash(main, await readFile(main));
    const before = await hash();
    expect(before).not.toBe(sha256(await readFile(main)));
    expect(await hash(), 'the same files, the same hash (the cycle is followed once)').toBe(before);
    writeFileSync(join(dir, 'lib/unrelated.mjs'), 'export const x = 2;\n');
    expect(await hash()).toBe(before);
    writeFileSync(join(dir, 'lib/stop.mjs'), "export const STOP = 'halt';\n");
    const afterStop = await hash();
    expect(afterStop, 'a module imported two levels down').not.toBe(before);
    writeFileSync(join(dir, 'lib/text.ts'), "import { STOP } from './stop';\nexport const words = () => true;\n");
    expect(await hash()).not.toBe(afterStop);
  });

  it('follows a scorer reached through a link from where the real file is, as Node resolves it', async () => {
    const dir = writeSuite({
      'shared/score.mjs': "import { verdict } from './helper.mjs';\nexport default () => verdict;\n",
      'shared/helper.mjs': 'export const verdict = true;\n',
    });
    mkdirSync(join(dir, 'suite'));
    symlinkSync(join(dir, 'shared/score.mjs'), join(dir, 'suite/score.mjs'));
    const linked = join(dir, 'suite/score.mjs');
    const hash = async () => moduleGraphHash(linked, await readFile(linked), join(dir, 'suite'));
    const before = await hash();
    writeFileSync(join(dir, 'shared/helper.mjs'), 'export const verdict = false;\n');
    expect(await hash()).not.toBe(before);
  });

  it('does not depend on where the checkout is: paths are taken relative to the suite', async () => {
    const files = {
      'suite/score.mjs': "import { verdict } from './lib/helper.mjs';\nexport default () => verdict;\n",
      'suite/lib/helper.mjs': 'export const verdict = true;\n',
    };
    const [one, two] = [writeSuite(files), writeSuite(files)];
    const hashIn = async (dir: string) =>
      moduleGraphHash(join(dir, 'suite/score.mjs'), await readFile(join(dir, 'suite/score.mjs')), join(dir, 'suite'));
    expect(await hashIn(one)).toBe(await hashIn(two));
  });
});
