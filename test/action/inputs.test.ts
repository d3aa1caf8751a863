import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/config/inputs.js';
import { ConfigurationError } from '../../src/util/errors.js';

const reader = (inputs: Record<string, string>) => (name: string) =>
  ({ 'github-token': 'ghs_x', ...inputs })[name] ?? '';

describe('action inputs', () => {
  it('applies the documented defaults', () => {
    const config = parseInputs(reader({ 'github-token': 'ghs_x' }), '/repo');
    expect(config).toMatchObject({
      mode: 'run',
      configPath: path.resolve('/repo/rehearse.yaml'),
      previous: { kind: 'artifact' },
      artifactName: 'rehearse-results',
      comment: 'always',
      checkRun: true,
      rerunErrored: true,
    });
    expect(config.minPassRate).toBeUndefined();
    expect(config.failOn).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('parses lists, numbers, the shard and a previous file relative to the working directory', () => {
    const config = parseInputs(
      reader({
        'working-directory': 'agents',
        variants: 'baseline, candidate',
        tags: 'smoke\nrefunds',
        'fail-on': 'regression,critical',
        'min-pass-rate': '0.8',
        runs: '3',
        concurrency: '2',
        budget: '1.5',
        shard: '2/4',
        previous: 'baseline/results.json',
        'check-run': 'false',
        comment: 'on-change',
        'rerun-errored': 'FALSE',
      }),
      '/repo',
    );
    expect(config).toMatchObject({
      workingDirectory: path.resolve('/repo/agents'),
      variants: ['baseline', 'candidate'],
      tags: ['smoke', 'refunds'],
      failOn: ['regression', 'critical'],
      minPassRate: 0.8,
      runs: 3,
      concurrency: 2,
      budgetUsd: 1.5,
      shard: { index: 2, total: 4 },
      previous: { kind: 'file', path: path.resolve('/repo/agents/baseline/results.json') },
      checkRun: false,
      comment: 'on-change',
      rerunErrored: false,
    });
  });

  it.each([
    ['min-pass-rate', 'abc', "input 'min-pass-rate' must be a number between 0 and 1, got 'abc'"],
    ['min-pass-rate', '1.5', "input 'min-pass-rate' must be a number between 0 and 1, got '1.5'"],
    ['runs', '0', "input 'runs' must be a whole number from 1 to 1000, got '0'"],
    ['runs', '1000000000', "input 'runs' must be a whole number from 1 to 1000, got '1000000000'"],
    ['concurrency', '2.5', "input 'concurrency' must be a whole number from 1 to 256, got '2.5'"],
    ['budget', '-1', "input 'budget' must be a positive number (USD), got '-1'"],
    [
      'fail-on',
      'regression,sometimes',
      "input 'fail-on' must be one of 'regression', 'critical', 'any-failure', 'never', got 'sometimes'",
    ],
    ['comment', 'loud', "input 'comment' must be one of 'always', 'on-change', 'on-failure', 'off', got 'loud'"],
    ['mode', 'dance', "input 'mode' must be one of 'run', 'merge', 'report', 'rejudge', got 'dance'"],
    ['check-run', 'yes', "input 'check-run' must be 'true' or 'false', got 'yes'"],
    ['rerun-errored', 'yes', "input 'rerun-errored' must be 'true' or 'false', got 'yes'"],
    ['rerun-errored', '1', "input 'rerun-errored' must be 'true' or 'false', got '1'"],
    ['variants', 'gpt x', `input 'variants' must be a variant id: letters, digits, "-", "_" or "." (starting with`],
    ['variants', 'baseline,4o', "got '4o'"],
    ['artifact-name', 'a/b', "input 'artifact-name' must not contain"],
  ])('rejects %s=%s with one clear line', (name, value, message) => {
    const parse = () => parseInputs(reader({ [name]: value }), '/repo');
    expect(parse).toThrow(ConfigurationError);
    expect(parse).toThrow(message);
  });

  it("accepts the suite's own variant ids (the planner checks them against the suite)", () => {
    expect(parseInputs(reader({ variants: 'baseline, gpt-4.1,claude_x' }), '/repo').variants).toEqual([
      'baseline',
      'gpt-4.1',
      'claude_x',
    ]);
  });

  it('rejects a bad shard and a report without results', () => {
    const badShard = "input 'shard' must be 'i/n' with 1 <= i <= n <= 100,000, e.g. '2/4', got '5/4'";
    expect(() => parseInputs(reader({ shard: '5/4' }), '/repo')).toThrow(badShard);
    expect(() => parseInputs(reader({ mode: 'report' }), '/repo')).toThrow(
      "input 'results' is required with 'mode: report'",
    );
    expect(() => parseInputs(reader({ mode: 'merge', shard: '1/2' }), '/repo')).toThrow(
      "input 'shard' only applies to 'mode: run'",
    );
    expect(() => parseInputs(reader({ 'github-token': '' }), '/repo')).toThrow("input 'github-token' is empty");
  });

  it('reads the cassette inputs: replay by default, roles checked, mode and roles only with a cassette', () => {
    expect(
      parseInputs(reader({ cassette: 'calls.jsonl', 'cassette-roles': 'simulator, judge' }), '/repo').cassette,
    ).toEqual({
      path: '/repo/calls.jsonl',
      mode: 'replay',
      roles: ['simulator', 'judge'],
    });
    expect(() => parseInputs(reader({ cassette: 'c.jsonl', 'cassette-mode': 'rewind' }), '/repo')).toThrow(
      "input 'cassette-mode' must be one of 'record', 'replay', 'replay-or-record', got 'rewind'",
    );
    expect(() => parseInputs(reader({ cassette: 'c.jsonl', 'cassette-roles': 'user' }), '/repo')).toThrow(
      "input 'cassette-roles' must be one of",
    );
    expect(() => parseInputs(reader({ 'cassette-mode': 'record' }), '/repo')).toThrow("need 'cassette'");
    expect(() => parseInputs(reader({ mode: 'rejudge' }), '/repo')).toThrow(
      "input 'results' is required with 'mode: rejudge'",
    );
  });
});
