#!/usr/bin/env node
// The published CLI is the committed bundle, so `npx rehearse` needs no build step.
// Its compiled code is cached on disk (Node ≥ 22.1; the OS temp dir, or NODE_COMPILE_CACHE): later starts skip most
// of compiling the bundle. Imported after, so that the bundle is compiled with the cache on.
// A namespace import: a named import of enableCompileCache does not link on a Node.js without it (22.0).
import * as nodeModule from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { unsupportedNode } from './node-version.js';

const unsupported = unsupportedNode(process.versions.node);
if (unsupported) {
  process.stderr.write(`${unsupported}\n`);
  process.exit(2);
}
// The young generation grows 16× at a time while the bundle loads, instead of 2×: what loading allocates survives,
// and each scavenge of a small young generation copies it all again. The command sets V8's factor back once its
// code is loaded (src/runner/memory.ts, START_UP_GROWTH_FACTOR).
setFlagsFromString('--semi-space-growth-factor=16');
nodeModule.enableCompileCache?.();
await import('../dist/cli/index.js');
