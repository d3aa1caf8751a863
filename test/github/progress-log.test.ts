/**
 * The action's progress log: the CLI's rule for CI logs, so the end of a run is always printed, once.
 */
import { describe, expect, it } from 'vitest';
import { progressLog } from '../../src/github/progress-log.js';
import type { Progress } from '../../src/runner/index.js';

const state = (done: number, total: number, extra: Partial<Progress> = {}): Progress => ({
  done,
  total,
  passed: done,
  failed: 0,
  errored: 0,
  invalid: 0,
  inFlight: Math.min(2, total - done),
  spentUsd: 0,
  elapsedMs: 0,
  etaMs: null,
  ...extra,
});

function logged(now: { ms: number }) {
  const lines: string[] = [];
  const update = progressLog({ write: (line) => lines.push(line), now: () => now.ms });
  return { lines, update };
}

describe('progressLog', () => {
  it('prints the end of a run that finishes within 10 s of the last line (a time-only throttle dropped it)', () => {
    const clock = { ms: 0 };
    const { lines, update } = logged(clock);
    // 100 trials, one every 50 ms: 5 s in all, never 10 s apart; each update moves less than 10%.
    for (let done = 0; done <= 100; done += 1) {
      clock.ms = done * 50;
      update(state(done, 100));
    }
    expect(lines.at(-1)).toMatch(/^progress: 100\/100 trials \(100%\)/);
    expect(lines.filter((line) => line.includes('100/100'))).toHaveLength(1);
  });

  it('prints the end once, however often the ticker reports it afterwards', () => {
    const clock = { ms: 0 };
    const { lines, update } = logged(clock);
    update(state(0, 4));
    clock.ms = 1_000;
    update(state(4, 4));
    for (let tick = 0; tick < 5; tick += 1) {
      clock.ms += 1_000;
      update(state(4, 4));
    }
    expect(lines.filter((line) => line.includes('4/4 trials'))).toHaveLength(1);
  });

  it('prints the end when the last change was trials the circuit breaker left out (only the total moved)', () => {
    const clock = { ms: 0 };
    const { lines, update } = logged(clock);
    update(state(0, 9));
    clock.ms = 500;
    update(state(8, 9, { errored: 8, passed: 0 }));
    clock.ms = 600;
    update(state(8, 8, { errored: 8, passed: 0, notRun: 42 }));
    expect(lines.at(-1)).toMatch(/^progress: 8\/8 trials \(100%\).*42 not run/);
  });

  it('between start and end: a line every 10 s, or every 10% of the trials, not every update', () => {
    const clock = { ms: 0 };
    const { lines, update } = logged(clock);
    update(state(0, 1000));
    clock.ms = 1_000;
    update(state(5, 1000)); // 0.5%, 1 s: quiet
    clock.ms = 2_000;
    update(state(100, 1000)); // 10%: printed
    clock.ms = 3_000;
    update(state(101, 1000)); // quiet
    clock.ms = 13_000;
    update(state(102, 1000)); // 10 s since the last line: printed
    expect(lines.map((line) => line.split(' ')[1])).toEqual(['0/1000', '100/1000', '102/1000']);
  });

  it('writes one line per call, each starting with `progress:` so an endpoint retry reason is never a command', () => {
    const { lines, update } = logged({ ms: 0 });
    update(state(1, 2, { retries: { count: 1, lastReason: '::error::injected' } }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^progress: /);
    expect(lines[0]).not.toContain('\n');
  });
});
