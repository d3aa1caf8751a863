#!/usr/bin/env node
// The published CLI is the committed bundle, so `npx rehearse` needs no build step.
// Its compiled code is cached on disk (Node ≥ 22.1; the OS temp dir, or NODE_COMPILE_CACHE): later starts skip most
// of compiling the bundle. Imported after, so that the bundle is compiled with the cache on.
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('../dist/cli/index.js');
