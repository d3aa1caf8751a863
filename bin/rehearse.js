#!/usr/bin/env node
// The published CLI is the committed bundle, so `npx rehearse` needs no build step.
// Its compiled code is cached on disk (Node ≥ 22.1; the OS temp dir, or NODE_COMPILE_CACHE): later starts skip most
// of compiling the bundle. Imported after, so that the bundle is compiled with the cache on.
// A namespace import: a named import of enableCompileCache does not link on a Node.js without it (22.0).
import * as nodeModule from 'node:module';
import { unsupportedNode } from './node-version.js';

const unsupported = unsupportedNode(process.versions.node);
if (unsupported) {
  process.stderr.write(`${unsupported}\n`);
  process.exit(2);
}
nodeModule.enableCompileCache?.();
await import('../dist/cli/index.js');
