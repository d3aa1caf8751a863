/**
 * `npm run bench`: performance as ratios, never as timed unit tests.
 * Runs the runner bench, then the report engineer's compare/render bench when present, then the verdict bench.
 * `npm run bench -- verdict` runs the verdict bench alone.
 * `npm run bench -- ab <git ref>` compares this tree with another revision (bench/ab.ts), and nothing else.
 */
import { existsSync } from 'node:fs';
import { benchAb } from './ab.js';
import { benchMemory } from './memory.js';
import { benchPeer } from './peer.js';
import { benchReplay } from './replay.js';
import { benchRunner } from './runner.js';
import { benchVerdict } from './verdict.js';
import { benchVerdictPipeline } from './verdict-pipeline.js';

const only = process.argv.slice(2);

if (only[0] === 'ab') {
  await benchAb(only.slice(1));
  process.exit(0);
}

if (only.length === 0 || only.includes('runner')) await benchRunner();
if (only.length === 0 || only.includes('peer')) await benchPeer();
if (only.length === 0 || only.includes('memory')) await benchMemory();
if (only.length === 0 || only.includes('replay')) await benchReplay();

// Hook for bench/compare-render.ts (exports benchCompareRender()); loaded by path so this file builds without it.
const compareRender = new URL('./compare-render.ts', import.meta.url);
if ((only.length === 0 || only.includes('compare-render')) && existsSync(compareRender)) {
  const module = (await import(compareRender.href)) as { benchCompareRender?: () => Promise<unknown> | unknown };
  await module.benchCompareRender?.();
}

if (only.length === 0 || only.includes('verdict')) benchVerdict();
// The same figures through the real runSuite + evaluateRun (seeded): `npm run bench -- verdict-pipeline`.
if (only.length === 0 || only.includes('verdict') || only.includes('verdict-pipeline')) await benchVerdictPipeline();
