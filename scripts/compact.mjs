// Removes whitespace and comments from a bundle's JavaScript files, nothing else: names, syntax and behaviour are
// kept as they are (no renaming, no rewriting), so stack traces still name every function and any code that reads
// its own source reads the same program. Legal comments stay.
//
// Why: Node reads, hashes and compiles each chunk of the CLI at every start, and V8 compiles each function the
// first time it runs by parsing its source again (the on-disk compile cache holds only what is compiled eagerly).
// 4.3 MB of bundle became 2.5 MB: `rehearse run` spends ~20 ms less CPU starting up (bench/README.md).
// Used by scripts/build.mjs on dist/cli and by the A/B bench on both trees it builds, so that it measures what ships.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

export async function compactChunks(dir) {
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.js')) continue;
    const file = join(dir, name);
    const { code } = await transform(await readFile(file, 'utf8'), {
      loader: 'js',
      format: 'esm',
      target: 'es2022',
      minifyWhitespace: true,
    });
    await writeFile(file, code);
  }
}
