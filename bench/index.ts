/**
 * `npm run bench`: performance as ratios, never as timed unit tests.
 * Runs the runner bench, then the report engineer's compare/render bench when present.
 */
import { existsSync } from 'node:fs';
import { benchReplay } from './replay.js';
import { benchRunner } from './runner.js';

await benchRunner();
await benchReplay();

// Hook for bench/compare-render.ts (exports benchCompareRender()); loaded by path so this file builds without it.
const compareRender = new URL('./compare-render.ts', import.meta.url);
if (existsSync(compareRender)) {
  const module = (await import(compareRender.href)) as { benchCompareRender?: () => Promise<unknown> | unknown };
  await module.benchCompareRender?.();
}
