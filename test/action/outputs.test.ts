import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/compare/index.js';
import { runFilesIn } from '../../src/github/files.js';
import { actionOutputs } from '../../src/github/outputs.js';
import { regressions } from '../report/fixture-sets.js';

describe('action outputs', () => {
  it('count a key that regressed in two comparisons once', () => {
    const { previous, current } = regressions();
    const comparison = compareRuns(previous!, current);
    const gate = { passed: false, reasons: [], summary: '❌' };
    const once = actionOutputs({
      results: current,
      comparisons: [comparison, undefined],
      gate,
      files: runFilesIn('/tmp/x'),
    });
    const twice = actionOutputs({
      results: current,
      comparisons: [comparison, comparison],
      gate,
      files: runFilesIn('/tmp/x'),
    });
    expect(once.regressions).toBe('2');
    expect(twice.regressions).toBe('2');
    expect(twice.fixes).toBe(once.fixes);
  });
});
