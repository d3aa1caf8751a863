import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultsSchema, type Results } from '../../src/model/results.js';
import { readDocumentWithoutTrials } from '../../src/results/head.js';
import { readResults, writeResults } from '../../src/results/index.js';
import { isConfigurationError } from '../../src/util/errors.js';
import { hugeRun, regressions } from '../report/fixture-sets.js';
import { ROOT } from '../report/helpers.js';
import { buildResults } from '../support/results-builder.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-head-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

async function rewritten(name: string, results: Results): Promise<string> {
  const path = join(dir, name);
  await writeResults(path, results);
  return path;
}

/** The full read, trials dropped: what a lean read must equal. */
async function fullWithoutTrials(path: string): Promise<Results> {
  return { ...(await readResults(path)), trials: [] };
}

/**
 * `"trials"` (quoted, with escaped quotes around it) in test names, reasons and transcripts; a key with escaped quotes.
 */
function trickyRun(): Results {
  const text = 'the "trials": [ {"a": "\\"trials\\""} ] \\" { [ é';
  const results = buildResults({
    runId: 'RH-tricky',
    tests: [
      {
        id: 'trials',
        name: '"trials": [',
        outcomes: ['pass', 'fail'],
        userText: text,
        agentText: `"trials":[${text}`,
        failReason: text,
      },
      { id: 'b', name: 'b "\\"trials\\"": []', outcomes: ['error'], userText: '{"trials": [{}]}' },
      // Line breaks and tabs inside strings (escaped in the JSON: they must not take the trial's indentation).
      { id: 'c', name: 'c', outcomes: ['pass'], userText: 'one\n  two\r\n\tthree 😀\n', agentText: '\n' },
    ],
  });
  return {
    ...results,
    suite: { ...results.suite, name: 'say "trials": [] \\' },
    tests: results.tests.map((test) => ({ ...test, tags: ['"trials"'] })),
  };
}

describe('writeResults: trials last', () => {
  it('writes JSON.stringify(results, null, 2) with only the trials moved to the end', async () => {
    for (const results of [regressions().current, trickyRun(), { ...regressions().current, trials: [] }]) {
      const { trials, ...rest } = ResultsSchema.parse(results);
      const text = await readFile(await rewritten('order.json', results), 'utf8');
      expect(text).toBe(`${JSON.stringify({ ...rest, trials }, null, 2)}\n`);
      expect(Object.keys(JSON.parse(text)).at(-1)).toBe('trials');
    }
  });
});

describe('readResults(trials: false): the trials stepped over, not parsed', () => {
  it(
    "reads every fixture as the full reader does, in the fixtures' old order and rewritten " + 'with trials last',
    async () => {
      const fixtures = readdirSync(join(ROOT, 'fixtures', 'results')).filter((name) => name.endsWith('.json'));
      expect(fixtures.length).toBeGreaterThan(5);
      for (const name of fixtures) {
        const old = join(ROOT, 'fixtures', 'results', name);
        const full = await readResults(old);
        // trials in the middle: stepped over too
        expect((await readDocumentWithoutTrials(old)).kind, name).toBe('document');
        expect(await readResults(old, { trials: false }), name).toEqual({ ...full, trials: [] });
        const last = await rewritten(name, full);
        expect((await readDocumentWithoutTrials(last)).kind, name).toBe('document');
        expect(await readResults(last, { trials: false }), name).toEqual({ ...full, trials: [] });
      }
    },
  );

  it('"trials" inside strings, test names, transcripts and keys with escaped quotes do not stop it early', async () => {
    const results = trickyRun();
    const path = await rewritten('tricky.json', results);
    expect((await readDocumentWithoutTrials(path)).kind).toBe('document');
    expect(await readResults(path, { trials: false })).toEqual({ ...results, trials: [] });
    const escapedKey = {
      ...results,
      tests: results.tests.map((test) => ({ ...test, failureCategories: { 'a"trials"\\': 1 } })),
    };
    const escapedPath = await rewritten('escaped.json', escapedKey);
    expect(await readResults(escapedPath, { trials: false })).toEqual({
      ...(await readResults(escapedPath)),
      trials: [],
    });
  });

  it(
    'steps over the trials without parsing them: balanced text that is not JSON still reads (the full read ' +
      'refuses it); a bracket out of place is refused, naming its byte and line',
    async () => {
      const results = regressions().current;
      const text = await readFile(await rewritten('ok.json', results), 'utf8');
      const at = text.indexOf('"trials": [') + '"trials": ['.length;
      const balanced = await file('balanced.json', `${text.slice(0, at)}{ this is: not json }, ${text.slice(at)}`);
      expect(await readResults(balanced, { trials: false })).toEqual({ ...results, trials: [] });
      await expect(readResults(balanced)).rejects.toThrow(/balanced\.json: not a valid results file/);
      // Not as writeResults starts its trials (the first on a line of its own): the brackets are followed, one by
      // one. In the writer's own layout the end of the trials is found by a byte search (head.ts writtenTrialsEnd).
      const inserted = '{"a": [1, 2}]},';
      const broken = await file('broken-trials.json', `${text.slice(0, at)}${inserted}${text.slice(at)}`);
      const byte = Buffer.byteLength(text.slice(0, at)) + inserted.indexOf('}');
      const line = text.slice(0, at).split('\n').length;
      await expect(readResults(broken, { trials: false })).rejects.toThrow(
        `broken-trials.json: not a valid results file: the JSON is malformed or truncated at byte ` +
          `${byte.toLocaleString('en-US')} (line ${line}): '}' where ']' was expected`,
      );
    },
  );

  it('reads a head longer than one read chunk (1 MB)', async () => {
    const { previous } = hugeRun(1_500, 1, false);
    const path = await rewritten('big.json', previous!);
    expect((await readFile(path)).indexOf('"trials": [')).toBeGreaterThan(1 << 20);
    expect(await readResults(path, { trials: false })).toEqual({ ...previous!, trials: [] });
  });

  it('finds the trials key where it straddles two read chunks, at every split of it', async () => {
    const results = regressions().current;
    const key = '\n  "trials": [';
    // Byte offsets: the chunks are bytes.
    const at = (await readFile(await rewritten('plain.json', results))).indexOf(key);
    // Names are capped when read (MAX_ARTIFACT_NAME_CHARS): the padding is skip reasons, free text.
    const padWith = (bytes: number): Results => {
      const reasons = Array.from({ length: Math.ceil(bytes / 10_000) }, () => 'x'.repeat(10_000));
      reasons[reasons.length - 1] = 'x'.repeat(bytes - 10_000 * (reasons.length - 1));
      return { ...results, skipped: reasons.map((reason, index) => ({ key: `pad-${index}@default`, reason })) };
    };
    for (let split = 0; split <= key.length; split++) {
      // Pad so the key starts `split` bytes before the first chunk ends.
      const target = (1 << 20) - split;
      let padded = padWith(target - at);
      const offset = (await readFile(await rewritten(`seam-${split}.json`, padded))).indexOf(key);
      padded = padWith(target - at - (offset - target));
      const path = await rewritten(`seam-${split}.json`, padded);
      expect((await readFile(path)).indexOf(key), `split ${split}`).toBe((1 << 20) - split);
      expect(await readResults(path, { trials: false }), `split ${split}`).toEqual({ ...padded, trials: [] });
    }
  });

  it('other layouts read the same, lean too: trials first, minified, an array key after the trials', async () => {
    const results = regressions().current;
    const { trials, skipped, ...rest } = ResultsSchema.parse(results);
    const withSkips: Results = { ...results, skipped: [{ key: 'x:default', reason: 'no key' }] };
    const layouts = {
      'first.json': `{"trials":${JSON.stringify(trials)},${JSON.stringify({ ...rest, skipped }).slice(1)}`,
      'minified-last.json': JSON.stringify({ ...rest, skipped, trials }),
      // The last value is an array but not the trials: `skipped` comes after them.
      'skipped-last.json': JSON.stringify({ ...rest, trials, skipped: withSkips.skipped }, null, 2),
    };
    for (const [name, text] of Object.entries(layouts)) {
      const path = await file(name, text);
      expect(await readResults(path, { trials: false }), name).toEqual(await fullWithoutTrials(path));
    }
    for (const name of Object.keys(layouts))
      expect((await readDocumentWithoutTrials(join(dir, name))).kind, name).toBe('document');
    expect((await readResults(join(dir, 'skipped-last.json'), { trials: false })).skipped).toEqual(withSkips.skipped);
  });

  it("a truncated file, a file without trials and an invalid head are the full reader's clear errors", async () => {
    const results = regressions().current;
    const text = await readFile(await rewritten('whole.json', results), 'utf8');
    const cut = await file('cut.json', text.slice(0, text.length - 300));
    const truncated = await readResults(cut, { trials: false }).catch((caught: unknown) => caught);
    expect(isConfigurationError(truncated)).toBe(true);
    expect((truncated as Error).message).toMatch(
      /cut\.json: not a valid results file: the JSON is malformed or truncated/,
    );
    const { trials: _trials, tests, ...rest } = ResultsSchema.parse(results);
    const noTrials = await file('no-trials.json', JSON.stringify({ ...rest, tests }, null, 2));
    await expect(readResults(noTrials, { trials: false })).rejects.toThrow(
      /no-trials\.json: not a valid results file: at trials/,
    );
    const badHead = await file('bad-head.json', text.replace('"status": "completed"', '"status": "sleeping"'));
    await expect(readResults(badHead, { trials: false })).rejects.toThrow(
      /bad-head\.json: not a valid results file: at status/,
    );
    await expect(readResults(join(dir, 'absent.json'), { trials: false })).rejects.toThrow(
      /absent\.json: cannot read results file/,
    );
  });
});
