/**
 * Every numeric flag of every command, given a value `Number()` would have read: exit code 2 and one line on stderr
 * that names the flag, what it takes and what was given. Each case is refused before anything is read or run, so
 * the files the commands name need not exist (rerun's stored run is a fixture: it reads that first).
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { capturedIO } from '../support/cli-io.js';

const STORED_RUN = 'fixtures/results/all-green.current.json';

const cases: [command: string, args: string[], line: string][] = [
  ['run', ['--runs', '1e3'], "--runs: expected a whole number from 1 to 1,000, got '1e3'"],
  ['run', ['--runs', ''], "--runs: expected a whole number from 1 to 1,000, got ''"],
  ['run', ['--runs', '0x10'], "--runs: expected a whole number from 1 to 1,000, got '0x10'"],
  ['run', ['--concurrency', ' 5 '], "--concurrency: expected a whole number from 1 to 256, got ' 5 '"],
  ['run', ['--concurrency', '2.5'], "--concurrency: expected a whole number from 1 to 256, got '2.5'"],
  ['run', ['--budget', 'Infinity'], "--budget: expected a number from 0 to 1,000,000 (USD), got 'Infinity'"],
  ['run', ['--budget', '1e300'], "--budget: expected a number from 0 to 1,000,000 (USD), got '1e300'"],
  ['run', ['--budget', '+2.5'], "--budget: expected a number from 0 to 1,000,000 (USD), got '+2.5'"],
  [
    'run',
    ['--shard', '1/99999999999999999999'],
    "--shard: expected 'i/n' with 1 <= i <= n <= 100,000, e.g. '2/4', got '1/99999999999999999999'",
  ],
  ['rerun', [STORED_RUN, '--runs', '１'], "--runs: expected a whole number from 1 to 1,000, got '１'"],
  ['rerun', [STORED_RUN, '--budget=-1'], "--budget: expected a number from 0 to 1,000,000 (USD), got '-1'"],
  [
    'compare',
    ['previous.json', 'current.json', '--alpha', 'NaN'],
    "--alpha: expected a number above 0 and below 1, got 'NaN'",
  ],
  [
    'compare',
    ['previous.json', 'current.json', '--alpha', '5e-2'],
    "--alpha: expected a number above 0 and below 1, got '5e-2'",
  ],
  [
    'generate',
    ['--from-prompt', 'prompt.md', '--count', '٣'],
    "--count: expected a whole number from 1 to 50, got '٣'",
  ],
  [
    'scenario',
    ['from-transcript', 'log.json', '--start-from', '1.5'],
    "--start-from: expected a whole number from 1 to 1,000,000 (turns), got '1.5'",
  ],
  ['runs', ['--keep', '1e300'], "--keep: expected a whole number from 0 to 1,000,000, got '1e300'"],
  ['runs', ['--keep', ''], "--keep: expected a whole number from 0 to 1,000,000, got ''"],
  [
    'runs',
    ['--older-than', '99999999999999999999d'],
    "--older-than: expected an age of at most 36,525d (100 years), got '99999999999999999999d'",
  ],
  ['runs', ['--older-than', '1e3d'], "--older-than: expected an age like 30d, 12h, 2w or 90m, got '1e3d'"],
];

describe('numeric flags given what no one means as a number', () => {
  it.each(cases)('rehearse %s %j: exit 2, one line', async (command, args, line) => {
    const io = capturedIO(process.cwd());
    expect(await cli([command, ...args], io)).toBe(2);
    expect(io.err.join('')).toBe(`rehearse ${command}: ${line}\n`);
  });

  it('every command with a numeric flag is covered', () => {
    const flagOf = (args: string[]) => args.findLast((arg) => arg.startsWith('--'))!.split('=')[0];
    const covered = new Set(cases.map(([command, args]) => `${command} ${flagOf(args)}`));
    for (const flag of [
      'run --runs',
      'run --concurrency',
      'run --budget',
      'run --shard',
      'rerun --runs',
      'rerun --budget',
      'compare --alpha',
      'generate --count',
      'scenario --start-from',
      'runs --keep',
      'runs --older-than',
    ])
      expect(covered, flag).toContain(flag);
  });
});
