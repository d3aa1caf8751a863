import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { cli } from '../../src/cli/main.js';
import { buildResults } from '../support/results-builder.js';
import { ROOT } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'rehearse-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const fixture = (name: string): string => join(ROOT, 'fixtures', 'results', name);

function captureIO(cwd = ROOT): CliIO & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env: {},
    isTTY: false,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('rehearse report', () => {
  it('renders every format', async () => {
    const expectations: Record<string, RegExp> = {
      md: /## 🎭 Rehearse · order\\-support/,
      html: /^<!doctype html>/,
      junit: /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites/,
      csv: /^key,testId,variant,name/,
      json: /"runId": "RH-20261121-1a2b3c"/,
    };
    for (const [format, expected] of Object.entries(expectations)) {
      const io = captureIO();
      expect(await cli(['report', fixture('no-previous-run.current.json'), '--format', format], io)).toBe(0);
      expect(io.out()).toMatch(expected);
    }
  });

  it('shows the changes when given --previous, and writes to -o', async () => {
    const out = join(scratch, 'report.md');
    const io = captureIO();
    expect(
      await cli(
        ['report', fixture('regressions.current.json'), '--previous', fixture('regressions.previous.json'), '-o', out],
        io,
      ),
    ).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Confirmed regressions (2)');
  });

  it('exits 2 on a missing file or a bad format', async () => {
    const missing = captureIO();
    expect(await cli(['report', 'nope.json'], missing)).toBe(2);
    expect(missing.err()).toContain('nope.json: cannot read results file');
    const bad = captureIO();
    expect(await cli(['report', fixture('all-green.current.json'), '--format', 'xlsx'], bad)).toBe(2);
    expect(bad.err()).toContain('--format: expected one of md, html, junit, csv, json');
  });
});

describe('rehearse runs', () => {
  const cwd = join(scratch, 'project');
  const store = join(cwd, '.rehearse', 'runs');
  mkdirSync(store, { recursive: true });
  const runs = [
    buildResults({
      runId: 'RH-20261119-aaaaaa',
      startedAt: '2026-11-19T10:00:00.000Z',
      tests: [{ id: 'refund', tags: ['billing'], outcomes: ['pass'] }],
    }),
    buildResults({
      runId: 'RH-20261120-bbbbbb',
      startedAt: '2026-11-20T23:30:00.000Z',
      status: 'stopped',
      stopReason: 'budget',
      tests: [{ id: 'tracking', tags: ['shipping'], outcomes: ['fail'] }],
    }),
    buildResults({
      runId: 'RH-20261121-cccccc',
      startedAt: '2026-11-21T08:00:00.000Z',
      tests: [
        { id: 'refund', tags: ['billing'], outcomes: ['fail'] },
        { id: 'address', tags: ['orders'], outcomes: ['pass'] },
      ],
      gate: { minPassRate: 1, failOn: ['regression'], alpha: 0.05, passed: false, summary: '❌ pass rate 50% < 100%' },
    }),
  ];
  for (const run of runs) writeFileSync(join(store, `${run.runId}.json`), JSON.stringify(run));
  writeFileSync(join(store, 'broken.json'), '{ not json');
  copyFileSync(fixture('all-green.current.json'), join(scratch, 'elsewhere.json'));

  const ids = async (...args: string[]): Promise<string[]> => {
    const io = captureIO(cwd);
    expect(await cli(['runs', '--json', ...args], io)).toBe(0);
    return JSON.parse(io.out()).map((run: { runId: string }) => run.runId);
  };

  it('lists newest first by default, oldest first on request, and skips unreadable files with a warning', async () => {
    const io = captureIO(cwd);
    expect(await cli(['runs'], io)).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toMatch(/^RUN ID\s+STARTED \(UTC\)\s+STATUS\s+STOP\s+SHARD\s+GATE/);
    // The gate's recorded decision; "—" for a file written before decisions were recorded.
    expect(lines[1]).toMatch(/^RH-20261121-cccccc\s+2026-11-21 08:00\s+completed\s+fail\s/);
    expect(lines[3]).toMatch(/^RH-20261119-aaaaaa\s+2026-11-19 10:00\s+completed\s+—\s/);
    expect(lines.slice(1).map((line) => line.split(/\s+/)[0])).toEqual([
      'RH-20261121-cccccc',
      'RH-20261120-bbbbbb',
      'RH-20261119-aaaaaa',
    ]);
    expect(io.err()).toContain('skipped .rehearse/runs/broken.json');
    expect(await ids('--sort', 'oldest')).toEqual(['RH-20261119-aaaaaa', 'RH-20261120-bbbbbb', 'RH-20261121-cccccc']);
  });

  it('filters by date range (a bare --until date includes the whole day), status and search', async () => {
    expect(await ids('--since', '2026-11-20')).toEqual(['RH-20261121-cccccc', 'RH-20261120-bbbbbb']);
    expect(await ids('--until', '2026-11-20')).toEqual(['RH-20261120-bbbbbb', 'RH-20261119-aaaaaa']);
    expect(await ids('--since', '2026-11-20T00:00:00Z', '--until', '2026-11-20T12:00:00Z')).toEqual([]);
    expect(await ids('--status', 'stopped')).toEqual(['RH-20261120-bbbbbb']);
    expect(await ids('--search', 'BILLING')).toEqual(['RH-20261121-cccccc', 'RH-20261119-aaaaaa']);
    expect(await ids('--search', 'address')).toEqual(['RH-20261121-cccccc']);
    expect(await ids('--search', '20261119')).toEqual(['RH-20261119-aaaaaa']);
  });

  it('reads another folder with --dir and says when nothing is stored', async () => {
    const empty = captureIO(scratch);
    expect(await cli(['runs', '--dir', 'no-such-dir'], empty)).toBe(0);
    expect(empty.out()).toContain('No runs stored in no-such-dir');
    const io = captureIO(cwd);
    expect(await cli(['runs', '--dir', scratch, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out()).map((run: { runId: string }) => run.runId)).toEqual(['RH-20261121-1a2b3c']);
  });

  it('exits 2 on bad options', async () => {
    for (const [argv, message] of [
      [['--since', 'yesterday'], /--since: expected a date/],
      [['--status', 'done'], /--status: expected one of running, completed, failed, stopped/],
      [['--sort', 'random'], /--sort: expected newest or oldest/],
      [['--since', '2026-11-21', '--until', '2026-11-20'], /--since is after --until/],
    ] as const) {
      const io = captureIO(cwd);
      expect(await cli(['runs', ...argv], io)).toBe(2);
      expect(io.err()).toMatch(message);
    }
  });
});
