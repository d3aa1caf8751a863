import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookUpGitInfo } from '../../src/runner/run-info.js';
import {
  createProgressReporter,
  formatProgress,
  gitInfo,
  newRunId,
  runSource,
  type Progress,
} from '../../src/runner/index.js';

const progress = (done: number, extra: Partial<Progress> = {}): Progress => ({
  done,
  total: 100,
  passed: done,
  failed: 0,
  errored: 0,
  invalid: 0,
  inFlight: 4,
  spentUsd: done * 0.001,
  elapsedMs: done * 1000,
  etaMs: done === 0 ? null : (100 - done) * 1000,
  ...extra,
});

describe('progress', () => {
  it('formats done/total, pass/fail, spend and ETA', () => {
    const line = formatProgress(progress(25, { passed: 20, failed: 3, errored: 2 }));
    expect(line).toContain('25/100 trials (25%)');
    expect(line).toContain('✓ 20  ✗ 3  ! 2');
    expect(line).toContain('$0.0250');
    expect(line).toContain('ETA 1m15s');
  });

  it('says how many planned trials will not run (they are left out of the total)', () => {
    expect(formatProgress(progress(40, { total: 40, notRun: 10 }))).toContain(
      '40/40 trials (100%)  ·  ✓ 40  ✗ 0  ! 0  ·  10 not run  ·',
    );
    expect(formatProgress(progress(40, { total: 40 }))).not.toContain('not run');
  });

  it("counts the run's retries and names the last one retried, on one line", () => {
    const retries = { count: 3, lastReason: `HTTP 429: rate\nlimited ${'x'.repeat(200)}` };
    const line = formatProgress(progress(0, { retries }));
    expect(line).toMatch(/ {2}↻ 3 retries \(last: HTTP 429: rate limited x+…\)/);
    expect(line).not.toContain('\n');
    expect(formatProgress(progress(0, { retries: { count: 1, lastReason: 'HTTP 503' } }))).toContain('↻ 1 retry (');
    expect(formatProgress(progress(0))).not.toContain('↻');
  });

  it('on a TTY redraws one line in place and ends it once', () => {
    const written: string[] = [];
    const reporter = createProgressReporter({ isTTY: true, write: (text) => written.push(text) });
    for (let done = 0; done <= 3; done++) reporter.update(progress(done));
    reporter.finish();
    expect(written).toHaveLength(5);
    expect(written.slice(0, 4).every((text) => text.startsWith('\r') && !text.includes('\n'))).toBe(true);
    expect(written[4]).toBe('\n');
  });

  it('clips the live line to the terminal width so the redraw never wraps', () => {
    const written: string[] = [];
    createProgressReporter({ isTTY: true, write: (text) => written.push(text), columns: 30 }).update(progress(50));
    expect(written[0]!.replace(/^\r\u001b\[2K/, '')).toHaveLength(29);
  });

  it('in CI prints plain lines every 10% or every 10 s, not on every trial', () => {
    let now = 0;
    const written: string[] = [];
    const reporter = createProgressReporter({ isTTY: false, write: (text) => written.push(text), now: () => now });
    for (let done = 0; done <= 100; done++) {
      now += 100; // 0.1 s per trial: 10% (10 trials) comes before 10 s
      reporter.update(progress(done));
    }
    expect(written).toHaveLength(11); // 0, 10, 20 … 100
    expect(written.every((line) => line.startsWith('progress: ') && line.endsWith('\n'))).toBe(true);
    written.length = 0;
    now += 10_000; // a long trial: the heartbeat still shows up
    reporter.update(progress(100));
    expect(written).toHaveLength(1);
  });

  it('in CI the last line reads 100% also when the run ends by trials left out, not by one finishing', () => {
    const written: string[] = [];
    const reporter = createProgressReporter({ isTTY: false, write: (text) => written.push(text), now: () => 0 });
    const outage = (done: number, notRun: number) =>
      progress(done, { total: 50 - notRun, notRun, passed: 0, errored: done, etaMs: 0 });
    reporter.update(outage(0, 0));
    reporter.update(outage(5, 30)); // the circuit breaker tripped: 30 trials will not run
    // Trials taken before the trip, refused at their first call: mid-run, only the total moves, and that waits for
    // the next 10% or 10 s like any other change.
    reporter.update(outage(5, 35));
    expect(written).toHaveLength(2);
    reporter.update(outage(8, 41)); // the last trial in flight finished, one taken before the trip still waiting
    // That one is refused at its first call after the last finished: only the total moved, and it is the end.
    reporter.update(outage(8, 42));
    reporter.update(outage(8, 42)); // the runner's closing report: the same line is not printed twice
    expect(written.at(-1)).toMatch(/^progress: 8\/8 trials \(100%\) .* 42 not run /);
    expect(written.filter((line) => line.includes('(100%)'))).toHaveLength(1);
  });
});

describe('run identity', () => {
  it('run id is RH-YYYYMMDD-HHMMSS-<6 hex> in UTC', () => {
    expect(newRunId(new Date('2026-11-21T09:05:07.123Z'), () => 'a1b2c3')).toBe('RH-20261121-090507-a1b2c3');
    expect(newRunId()).toMatch(/^RH-\d{8}-\d{6}-[0-9a-f]{6}$/);
  });

  it('source and git info come from the Actions environment when present', () => {
    expect(runSource({ GITHUB_ACTIONS: 'true' })).toBe('ci');
    expect(runSource({})).toBe('cli');
    expect(gitInfo({ GITHUB_SHA: 'abc123', GITHUB_REF: 'refs/pull/7/merge', GITHUB_REPOSITORY: 'o/r' }, '/')).toEqual({
      sha: 'abc123',
      ref: 'refs/pull/7/merge',
      repository: 'o/r',
    });
  });

  it('outside a git checkout git info is simply empty', async () => {
    expect(gitInfo({}, '/')).toEqual({});
    expect(await lookUpGitInfo({}, '/')).toEqual({});
  });

  it('the lookup overlapping the run finds what the blocking one does, in a checkout and from the env', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rehearse-git-info-'));
    try {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
      git('init', '-q', '-b', 'trunk');
      git('-c', 'user.email=a@b.c', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'one');
      const found = await lookUpGitInfo({}, dir);
      expect(found).toEqual({ sha: git('rev-parse', 'HEAD'), ref: 'refs/heads/trunk' });
      expect(found).toEqual(gitInfo({}, dir));
      expect(await lookUpGitInfo({ GITHUB_SHA: 'abc123', GITHUB_REPOSITORY: 'o/r' }, dir)).toEqual({
        sha: 'abc123',
        ref: 'refs/heads/trunk',
        repository: 'o/r',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
