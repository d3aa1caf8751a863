import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareRuns, compareVariants } from '../../src/compare/index.js';
import { evaluateGate } from '../../src/gate/index.js';
import { renderMarkdownReport } from '../../src/report/index.js';
import type { Results } from '../../src/model/results.js';
import { parseResults, readResults, writeResults } from '../../src/results/index.js';
import { TrialSplitter, type TrialText } from '../../src/results/split.js';
import { isConfigurationError } from '../../src/util/errors.js';
import { baselineVsCandidate, hugeRun, regressions } from '../report/fixture-sets.js';
import { buildResults, seededRandom } from '../support/results-builder.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-lean-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function written(name: string, results: Results, text?: string): Promise<string> {
  const path = join(dir, name);
  if (text === undefined) await writeResults(path, results);
  else await writeFile(path, text);
  return path;
}

const SHOWN = new Set(['fail', 'error', 'invalid']);

/** What a lean read should give: the full run with the transcripts that are not kept emptied. */
function emptied(results: Results, keep: 'failing' | 'none'): Results {
  return {
    ...results,
    trials: results.trials.map((trial) =>
      keep === 'failing' && SHOWN.has(trial.status) ? trial : { ...trial, transcript: [] },
    ),
  };
}

/**
 * Hostile text in every string a trial holds: quotes, backslashes, braces, brackets, a "transcript" key look-alike,
 * non-ASCII.
 */
function hostileRun(): Results {
  const text = 'He said "refund\\" {now}" [really] \\\\ "transcript": [1,2] é 🎭 \u2028 end\\';
  return buildResults({
    runId: 'RH-hostile',
    tests: [
      { id: 'a', outcomes: ['pass', 'fail', 'error'], userText: text, agentText: `${text} }]`, failReason: text },
      { id: 'b', outcomes: ['fail'], story: 'cancel', userText: '{"trials": [{}]}' },
      { id: 'c', outcomes: ['pass', 'pass'], agentText: '\\"' },
    ],
  });
}

describe('readResults: streaming and lean reads', () => {
  it('reads exactly what the whole-document parser reads, pretty or minified, hostile text included', async () => {
    for (const results of [hostileRun(), regressions().current, baselineVsCandidate().current]) {
      const pretty = await written('pretty.json', results);
      const minified = await written('min.json', results, JSON.stringify(results));
      expect(await readResults(pretty)).toEqual(results);
      expect(await readResults(minified)).toEqual(parseResults(JSON.stringify(results), 'min.json'));
    }
  });

  it(
    "'failing' keeps only the transcripts of failing, erroring and invalid trials; 'none' keeps none; " +
      'everything else is as read in full',
    async () => {
      for (const results of [hostileRun(), regressions().current]) {
        const path = await written('lean.json', results);
        const failing = await readResults(path, { transcripts: 'failing' });
        expect(failing).toEqual(emptied(results, 'failing'));
        expect(failing.trials.some((trial) => trial.transcript.length > 0)).toBe(true);
        expect(await readResults(path, { transcripts: 'none' })).toEqual(emptied(results, 'none'));
      }
    },
  );

  it(
    "'first-failing' keeps, per test, only its failing trial with the lowest index: what every markdown " +
      'output shows',
    async () => {
      const flaky = buildResults({
        runId: 'RH-flaky',
        tests: [
          { id: 'f', outcomes: ['pass', 'fail', 'error', 'fail'] },
          { id: 'g', outcomes: ['pass'] },
        ],
      });
      // Trials out of index order in the file: the lowest index wins, not the first met.
      const shuffled = { ...flaky, trials: [...flaky.trials].reverse() };
      for (const results of [hostileRun(), regressions().current, shuffled]) {
        const firsts = new Map<string, number>();
        for (const trial of results.trials) {
          if (SHOWN.has(trial.status) && trial.index < (firsts.get(trial.key) ?? Infinity))
            firsts.set(trial.key, trial.index);
        }
        const expected = {
          ...results,
          trials: results.trials.map((trial) =>
            firsts.get(trial.key) === trial.index ? trial : { ...trial, transcript: [] },
          ),
        };
        const path = await written('first.json', results);
        const trialsFirst = await written(
          'first-old.json',
          results,
          `{"trials":${JSON.stringify(results.trials)},${JSON.stringify({ ...results, trials: undefined }).slice(1)}`,
        );
        for (const file of [path, trialsFirst])
          expect(await readResults(file, { transcripts: 'first-failing' })).toEqual(expected);
      }
      const { previous, current } = regressions();
      const full = await readResults(await written('full.json', current));
      const lean = await readResults(join(dir, 'full.json'), { transcripts: 'first-failing' });
      const input = (results: Results) => {
        const comparison = compareRuns(previous!, results);
        return {
          results,
          previous: comparison,
          gate: evaluateGate({ results, comparisons: [comparison], minPassRate: 0.8, failOn: ['regression'] }),
        };
      };
      expect(renderMarkdownReport(input(lean))).toBe(renderMarkdownReport(input(full)));
      expect(renderMarkdownReport(input(lean))).toContain('Transcript excerpt');
    },
  );

  it("'first-failing' validates the transcripts it keeps", async () => {
    const results = regressions().current;
    const at = results.trials.findIndex((trial) => SHOWN.has(trial.status));
    const bad = {
      ...results,
      trials: results.trials.map((trial, i) => (i === at ? { ...trial, transcript: [{ type: 'nonsense' }] } : trial)),
    };
    const path = await written('bad-transcript.json', results, JSON.stringify(bad));
    await expect(readResults(path, { transcripts: 'first-failing' })).rejects.toThrow(
      new RegExp(`not a valid results file: at trials\\.${at}\\.transcript\\.0`),
    );
  });

  it(
    'trials: false returns no trials and the same tests and totals, so compareRuns gives the ' + 'same comparison',
    async () => {
      const { previous, current } = regressions();
      const path = await written('previous.json', previous!);
      const lean = await readResults(path, { trials: false });
      expect(lean).toEqual({ ...previous!, trials: [] });
      expect(compareRuns(lean, current)).toEqual(compareRuns(previous!, current));
    },
  );

  it(
    'a multi-variant file without variantTotals, read lean, still compares its variants as the ' + 'full read does',
    async () => {
      const { current } = baselineVsCandidate();
      const bare = { ...current, variantTotals: {} };
      const path = await written('bare.json', bare);
      const full = await readResults(path);
      for (const transcripts of ['failing', 'none'] as const) {
        const lean = await readResults(path, { transcripts });
        expect(compareVariants(lean)).toEqual(compareVariants(full));
      }
    },
  );

  it('unusual documents (trials first, an escaped key, no trials) fall back to the whole-document reader', async () => {
    const results = regressions().current;
    const { trials, ...rest } = results;
    const trialsFirst = `{"trials":${JSON.stringify(trials)},${JSON.stringify(rest).slice(1)}`;
    expect(await readResults(await written('first.json', results, trialsFirst))).toEqual(results);
    const escapedKey = JSON.stringify(results).replace('"trials":', '"tri\\u0061ls":');
    expect(await readResults(await written('escaped.json', results, escapedKey), { transcripts: 'none' })).toEqual(
      emptied(results, 'none'),
    );
    const noTrials = JSON.stringify(rest);
    await expect(readResults(await written('none.json', results, noTrials))).rejects.toThrow(
      /none\.json: not a valid results file: at trials/,
    );
  });

  it(
    'errors are the whole-document errors: truncation, a bad trial field (with its index), ' + 'trailing text',
    async () => {
      const results = regressions().current;
      const text = JSON.stringify(results, null, 2);
      const truncated = await readResults(await written('cut.json', results, text.slice(0, text.length - 2000))).catch(
        (caught: unknown) => caught,
      );
      expect(isConfigurationError(truncated)).toBe(true);
      expect((truncated as Error).message).toMatch(
        /cut\.json: not a valid results file: the JSON is malformed or truncated/,
      );
      const badTrial = {
        ...results,
        trials: results.trials.map((trial, i) => (i === 3 ? { ...trial, status: 'sleeping' } : trial)),
      };
      await expect(
        readResults(await written('bad.json', results, JSON.stringify(badTrial)), { transcripts: 'failing' }),
      ).rejects.toThrow(/bad\.json: not a valid results file: at trials\.3\.status/);
      await expect(readResults(await written('trailing.json', results, `${text} {}`))).rejects.toThrow(
        /trailing\.json: not a valid results file: the JSON is malformed/,
      );
      await expect(readResults(join(dir, 'absent.json'), { transcripts: 'none' })).rejects.toThrow(
        /absent\.json: cannot read results file/,
      );
    },
  );
});

describe('TrialSplitter', () => {
  function split(bytes: Buffer, sizes: () => number): { trials: TrialText[]; rest: string } {
    const trials: TrialText[] = [];
    const splitter = new TrialSplitter((trial) =>
      trials.push({ text: trial.text, ...(trial.transcript ? { transcript: () => trial.transcript!() } : {}) }),
    );
    for (let at = 0; at < bytes.length;) {
      const size = Math.max(1, sizes());
      splitter.push(bytes.subarray(at, at + size));
      at += size;
    }
    return { trials, rest: splitter.finish().rest };
  }

  it('gives the same trials and rest whatever the chunk boundaries (1 byte, random, whole)', () => {
    const results = hostileRun();
    const bytes = Buffer.from(JSON.stringify(results, null, 2), 'utf8');
    const random = seededRandom(7);
    const whole = split(bytes, () => bytes.length);
    for (const sizes of [() => 1, () => Math.floor(random() * 64), () => Math.floor(random() * 4096)]) {
      const parts = split(bytes, sizes);
      expect(parts.rest).toBe(whole.rest);
      expect(parts.trials.map((trial) => [trial.text, trial.transcript?.()])).toEqual(
        whole.trials.map((trial) => [trial.text, trial.transcript?.()]),
      );
    }
    expect(JSON.parse(whole.rest)).toEqual({ ...results, trials: [] });
    const rebuilt = whole.trials.map((trial) => ({
      ...JSON.parse(trial.text),
      transcript: JSON.parse(trial.transcript!()),
    }));
    expect(rebuilt).toEqual(results.trials);
  });

  it('cuts the transcript out of every trial of a big run', () => {
    const { current } = hugeRun(20, 3, false);
    const { trials } = split(Buffer.from(JSON.stringify(current, null, 2)), () => 1000);
    expect(trials).toHaveLength(60);
    expect(
      trials.every((trial) => trial.transcript !== undefined && JSON.parse(trial.text).transcript.length === 0),
    ).toBe(true);
  });
});
