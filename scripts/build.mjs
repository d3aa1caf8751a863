// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// CI rebuilds and fails when the committed dist/ differs from the source.
// `--only cli --out-dir <dir>` builds just the CLI into <dir>/dist/cli, which is
// how the packaging test builds the npm package from the current source
// without touching the committed dist/.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compactChunks } from './compact.mjs';
import { nccBuild } from './ncc.mjs';

const { values } = parseArgs({ options: { only: { type: 'string' }, 'out-dir': { type: 'string', default: '.' } } });
const root = values['out-dir'];
const bundles = [
  { name: 'action', entry: 'src/index.ts', out: 'dist' },
  { name: 'cli', entry: 'src/cli/index.ts', out: 'dist/cli' },
].filter((bundle) => !values.only || bundle.name === values.only);
// Only the CLI can be built alone: the action's output folder holds the CLI's.
if (values.only !== undefined && values.only !== 'cli') throw new Error(`--only: expected cli, got '${values.only}'`);

rmSync(join(root, values.only === 'cli' ? 'dist/cli' : 'dist'), { recursive: true, force: true });
for (const { entry, out } of bundles) await nccBuild(entry, join(root, out));
// The CLI starts on every `rehearse` command: its bundle is read, hashed and compiled (lazily, function by function)
// at each start, so it ships without whitespace and comments (see compact.mjs).
await compactChunks(join(root, 'dist/cli'));
