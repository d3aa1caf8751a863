/** Shared by the report tests: goldens on disk and a report input from a fixture pair. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { evaluateRun } from '../../src/pipeline/index.js';
import type { ReportInput } from '../../src/report/index.js';
import type { FixturePair } from './fixture-sets.js';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..');
export const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Compare `actual` with the file (a failure shows the changed lines); `UPDATE_GOLDEN=1` rewrites it instead. */
export function expectFile(path: string, actual: string): void {
  if (UPDATE || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    if (!UPDATE) throw new Error(`${path} did not exist: written, review it and re-run`);
    return;
  }
  const refresh = 'if the change is deliberate, `npm run golden:update` and review the diff';
  const stale = `${relative(ROOT, path)} differs from the golden: ${refresh}`;
  expect(actual, stale).toBe(readFileSync(path, 'utf8'));
}

/** The report input as the product makes it: evaluateRun with the previous run and the history it carries. */
export function reportInput(pair: FixturePair, extra: Partial<ReportInput> = {}): ReportInput {
  const { report } = evaluateRun({
    results: pair.current,
    earlier: pair.previous
      ? { previous: pair.previous, ...(pair.previous.history ? { history: pair.previous.history } : {}) }
      : {},
    gate: { overrides: { minPassRate: 0.8, failOn: ['regression', 'critical'] } },
  });
  return {
    ...report,
    links: {
      checkRunUrl: 'https://github.com/acme/support-bot/runs/123456',
      artifactUrl: 'https://github.com/acme/support-bot/actions/runs/987/artifacts/555',
      runUrl: 'https://github.com/acme/support-bot/actions/runs/987',
    },
    ...extra,
  };
}
