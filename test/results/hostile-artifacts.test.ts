/**
 * Results files nobody can trust (an artifact, a file given on the command
 * line) are read within bounds: any depth, any key, any string length, and
 * above the documented limits a clear refusal, never a stack trace.
 */
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import type { Results } from '../../src/model/results.js';
import { readResults, writeResults } from '../../src/results/index.js';
import {
  MAX_ARTIFACT_NAME_CHARS,
  MAX_RESULTS_FILE_BYTES,
  MAX_RESULTS_TESTS,
  MAX_RESULTS_TRIALS,
} from '../../src/results/limits.js';
import { nestingCut } from '../../src/util/bounded.js';
import { isConfigurationError } from '../../src/util/errors.js';
import { capturedIO } from '../support/cli-io.js';
import { regressions } from '../report/fixture-sets.js';

const STACK = /\n\s+at |RangeError|TypeError|Maximum call stack/;
const DEPTH = 100_000;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The fixture run written as writeResults writes it, with `edit` applied to its text. */
async function artifact(name: string, results: Results, edit: (text: string) => string = (t) => t): Promise<string> {
  const path = join(dir, name);
  await writeResults(path, results);
  await writeFile(path, edit(await readFile(path, 'utf8')));
  return path;
}

/** Runs a command in `dir`; its status and everything it printed. */
async function run(args: string[]): Promise<{ status: number; text: string }> {
  const io = capturedIO(dir);
  const status = await cli(args, io).catch((error: unknown) => {
    throw new Error(`cli threw: ${String(error)}`);
  });
  return { status, text: io.text() };
}

function withTestKey(results: Results, key: string): Results {
  const old = results.tests[0]!.key;
  const rename = <T extends { key: string; testId: string }>(item: T): T =>
    item.key === old ? { ...item, key, testId: key } : item;
  return { ...results, tests: results.tests.map(rename), trials: results.trials.map(rename) };
}

describe('hostile results files', () => {
  it('a tool argument nested 100,000 deep: read, reported in every format and compared, the cut named', async () => {
    const { current, previous } = regressions();
    const marker = 'DEEP-ARGUMENT-MARKER';
    const deep = (text: string) => text.replace(`"${marker}"`, `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`);
    const trials = current.trials.map((trial, index) =>
      index === 0
        ? {
            ...trial,
            transcript: trial.transcript.map((event) =>
              event.type === 'tool_call' ? { ...event, arguments: marker } : event,
            ),
          }
        : trial,
    );
    const path = await artifact('deep.json', { ...current, trials }, deep);
    const before = await artifact('deep-previous.json', previous!);
    expect(await readFile(path, 'utf8')).toContain('['.repeat(DEPTH));
    expect(JSON.stringify((await readResults(path)).trials[0])).toContain(nestingCut());
    for (const format of ['md', 'html', 'junit', 'csv', 'json']) {
      const { status, text } = await run(['report', path, '--format', format, '-o', `deep.${format}`]);
      expect(status, format).toBe(0);
      expect(text).not.toMatch(STACK);
    }
    for (const format of ['md', 'html', 'json']) {
      const { text } = await run(['compare', before, path, '--format', format, '-o', `deep-compare.${format}`]);
      expect(text).not.toMatch(STACK);
    }
    expect(await readFile(join(dir, 'deep.html'), 'utf8')).toContain(nestingCut());
  });

  it('tests keyed constructor, __proto__ and toString compare and report like any other', async () => {
    const { current, previous } = regressions();
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const before = await artifact(`${key}-previous.json`, withTestKey(previous!, key));
      const after = await artifact(`${key}-current.json`, withTestKey(current, key));
      for (const format of ['md', 'html', 'json']) {
        const { status, text } = await run(['compare', before, after, '--format', format]);
        expect(text, `${key} ${format}`).not.toMatch(STACK);
        expect([0, 1], `${key} ${format}`).toContain(status);
      }
      const { status, text } = await run(['report', after, '--previous', before, '--format', 'html', '-o', 'k.html']);
      expect(text).not.toMatch(STACK);
      expect(status).toBe(0);
      const compared = JSON.parse(
        (await run(['compare', before, after, '--format', 'json'])).text.replace(/\nGate:[\s\S]*$/, ''),
      ) as unknown;
      expect(JSON.stringify(compared)).toContain(`"${key}"`);
    }
  });

  it('8 MB test names, criterion ids and types are cut in every report, keeping them apart', async () => {
    const { current } = regressions();
    const big = (char: string) => char.repeat(8_000_000);
    const tests = current.tests.map((test, index) =>
      index === 0
        ? {
            ...test,
            name: big('N'),
            ...(test.failure
              ? {
                  failure: {
                    ...test.failure,
                    criteria: test.failure.criteria.map((criterion) => ({
                      ...criterion,
                      id: big('I'),
                      type: big('T'),
                    })),
                  },
                }
              : {}),
          }
        : test,
    );
    const trials = current.trials.map((trial, index) =>
      index === 0
        ? {
            ...trial,
            metrics: trial.metrics.map((metric) => ({ ...metric, id: `${big('M')}${metric.id}`, type: big('Y') })),
          }
        : trial,
    );
    const path = await artifact('huge.json', { ...current, tests, trials });
    const read = await readResults(path);
    expect(read.tests[0]!.name!.length).toBeLessThanOrEqual(MAX_ARTIFACT_NAME_CHARS);
    expect(read.tests[0]!.name!).toMatch(/\[cut: 8,000,000 characters, sha256 [0-9a-f]{12}\]$/);
    // Two ids sharing their first 8 MB stay two.
    const ids = new Set(read.trials[0]!.metrics.map((metric) => metric.id));
    expect(ids.size).toBe(read.trials[0]!.metrics.length);
    for (const format of ['md', 'html', 'junit', 'csv']) {
      const { status } = await run(['report', path, '--format', format, '-o', `huge.${format}`]);
      expect(status).toBe(0);
      expect((await readFile(join(dir, `huge.${format}`), 'utf8')).length, format).toBeLessThan(2_000_000);
    }
  });

  const limits = `${MAX_RESULTS_TESTS.toLocaleString('en-US')} tests or ${MAX_RESULTS_TRIALS.toLocaleString('en-US')}`;
  it(`more than ${limits} trials is refused, naming the limit`, async () => {
    const { current } = regressions();
    const manyTests = await artifact('many-tests.json', current, (text) =>
      text.replace(/"tests": \[/, `"tests": [${'{},'.repeat(MAX_RESULTS_TESTS + 1)}`),
    );
    const manyTrials = await artifact('many-trials.json', current, (text) =>
      text.replace(/"trials": \[/, `"trials": [${'{},'.repeat(MAX_RESULTS_TRIALS + 1)}`),
    );
    for (const [path, what] of [
      [manyTests, /20,00\d tests, above the limit of 20,000/],
      [manyTrials, /200,000 trials/],
    ] as const) {
      for (const options of [{}, { trials: false }, { transcripts: 'none' as const }]) {
        const error = await readResults(path, options).catch((caught: unknown) => caught);
        if (path === manyTrials && 'trials' in options) continue; // a read without trials does not count them
        expect(isConfigurationError(error), `${path} ${JSON.stringify(options)}`).toBe(true);
        expect((error as Error).message).toMatch(what);
        expect((error as Error).message).toContain('Limits on results files');
      }
      const { status, text } = await run(['report', path, '--format', 'html']);
      expect(status).not.toBe(0);
      expect(text).not.toMatch(STACK);
    }
  });

  it('a file above the size limit is refused before it is read', async () => {
    const path = join(dir, 'too-big.json');
    const file = await open(path, 'w');
    await file.truncate(MAX_RESULTS_FILE_BYTES + 1); // sparse: no disk used
    await file.close();
    const { status, text } = await run(['report', path, '--format', 'md']);
    expect(status).not.toBe(0);
    expect(text).toMatch(/too-big\.json: not read: a file of 1,024 MB, above the limit of 1,024 MB/);
  });
});
