/**
 * The lean read (`trials: false`) of a results file whose keys come in any order: trials first, in the middle,
 * last, and keys after the trials as another tool, a person or `jq` puts them there. Each file is checked against
 * the full read of the same file, and against the lean path itself (not a fallback to another reader).
 */
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whyRunStaysOutOfHistory } from '../../src/model/history-rule.js';
import type { Results } from '../../src/model/results.js';
import { readDocumentWithoutTrials } from '../../src/results/head.js';
import { readResults, writeResults } from '../../src/results/index.js';
import { isConfigurationError } from '../../src/util/errors.js';
import { buildResults } from '../support/results-builder.js';
import { tempDir } from '../support/temp-dir.js';

/** Quotes, escaped quotes, backslashes, brackets, braces, a NUL and a lone surrogate (escaped by JSON.stringify). */
const HOSTILE = 'He said "refund\\" {now}" [really] ] } \\\\ "trials": [ é 🎭 \u2028 \u0000 \ud800 end\\';
/** Replaced in the file's text by JSON unicode escapes of `]}"\`: escapes JSON.stringify never writes. */
const MARK = 'UNICODE-ESCAPES';
const ESCAPES = '\\u005d\\u007d\\u0022\\u005c\\u005D';

const INFRASTRUCTURE: NonNullable<Results['infrastructure']> = [
  { role: 'agent', agent: 'bot', testKeys: ['refund@default'], erroredTrials: 5, notRun: 3, message: 'HTTP 500 ]}"' },
];

/** A run the circuit breaker cut short, its trials full of text hostile to a scanner and nested tool arguments. */
function cutShortRun(): Results {
  const base = buildResults({
    runId: 'RH-cut',
    tests: [
      {
        id: 'refund',
        outcomes: ['pass', 'error', 'fail'],
        userText: HOSTILE,
        agentText: `${MARK} }]`,
        failReason: HOSTILE,
      },
      { id: 'cancel', outcomes: ['error'], story: 'cancel', userText: '{"trials": [{}]}' },
    ],
  });
  const nested = { matrix: [[1, [2, [']', '[[']]], [{ '}': '"[' }]], path: 'C:\\dir\\', empty: [[], {}] };
  const trials = base.trials.map((trial) => ({
    ...trial,
    transcript: trial.transcript.map((event) => (event.type === 'tool_call' ? { ...event, arguments: nested } : event)),
  }));
  return {
    ...base,
    trials,
    stopReason: 'budget',
    infrastructure: INFRASTRUCTURE,
    joinedHistory: false,
    gate: { minPassRate: 0.8, failOn: ['regression'], alpha: 0.05, passed: false, summary: '❌ infrastructure ]' },
  };
}

/** The document as writeResults serialises it (trials last), keys then reordered as each case asks. */
async function writtenDocument(dir: string, results: Results): Promise<Record<string, unknown>> {
  const path = join(dir, 'written.json');
  await writeResults(path, results);
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}

function reordered(document: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const rest = Object.keys(document).filter((key) => !keys.includes(key));
  return Object.fromEntries([...rest, ...keys].map((key) => [key, document[key]]));
}

const ALL_OTHERS = (document: Record<string, unknown>) => Object.keys(document).filter((key) => key !== 'trials');

/** Key orders: each lists the keys to move to the end, in that order. */
const ORDERS: Record<string, (document: Record<string, unknown>) => readonly string[]> = {
  'trials first': ALL_OTHERS,
  'trials in the middle': (document) => ALL_OTHERS(document).slice(5),
  'trials last': () => ['trials'],
  'infrastructure after trials': () => ['trials', 'infrastructure'],
  'stopReason after trials': () => ['trials', 'stopReason'],
  'status (completed) after trials': () => ['trials', 'status'],
  'joinedHistory after trials': () => ['trials', 'joinedHistory'],
  'gate after trials': () => ['trials', 'gate'],
  'several keys after trials': () => ['trials', 'gate', 'infrastructure', 'status', 'stopReason', 'joinedHistory'],
};

const FORMATS: Record<string, (document: Record<string, unknown>) => string> = {
  pretty: (document) => `${JSON.stringify(document, null, 2)}\n`,
  minified: (document) => JSON.stringify(document),
  tabs: (document) => JSON.stringify(document, null, '\t'),
  // A JSON string cannot hold a raw line break: every one is structure.
  crlf: (document) => `${JSON.stringify(document, null, 2)}\r\n`.replaceAll('\n', '\r\n'),
  'byte order mark': (document) => `\uFEFF${JSON.stringify(document, null, 2)}\n`,
  'byte order mark, crlf': (document) => `\uFEFF${JSON.stringify(document, null, 2)}`.replaceAll('\n', '\r\n'),
};

async function fileWith(dir: string, name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text.replaceAll(MARK, ESCAPES));
  return path;
}

describe('readResults(trials: false): keys in any order', () => {
  it('reads every key order in every format as the full read does, stepping over the trials', async () => {
    const dir = await tempDir('rehearse-key-order-');
    const document = await writtenDocument(dir, cutShortRun());
    let files = 0;
    for (const [order, keysLast] of Object.entries(ORDERS)) {
      for (const [format, serialise] of Object.entries(FORMATS)) {
        const label = `${order}, ${format}`;
        const path = await fileWith(dir, `${files++}.json`, serialise(reordered(document, keysLast(document))));
        expect((await readDocumentWithoutTrials(path)).kind, label).toBe('document');
        const full = await readResults(path);
        const lean = await readResults(path, { trials: false });
        expect(lean, label).toEqual({ ...full, trials: [] });
        expect(lean.infrastructure, label).toEqual(INFRASTRUCTURE);
        expect(lean.stopReason, label).toBe('budget');
        expect(lean.joinedHistory, label).toBe(false);
        expect(lean.gate?.summary, label).toBe('❌ infrastructure ]');
        expect(whyRunStaysOutOfHistory(lean), label).toBe('the circuit breaker stopped part of it');
      }
    }
    // The unicode escapes reached the file and were decoded: the full read is no copy of the lean one.
    const full = await readResults(join(dir, '0.json'));
    expect(full.trials.find((trial) => trial.status === 'fail')?.transcript).toContainEqual(
      expect.objectContaining({ type: 'agent_message', content: ']}"\\] }]' }),
    );
    expect(files).toBe(Object.keys(ORDERS).length * Object.keys(FORMATS).length);
  });

  it('a second trials key after the first goes to the readers that refuse or resolve it, as before', async () => {
    const dir = await tempDir('rehearse-key-order-');
    const document = await writtenDocument(dir, cutShortRun());
    const text = `${JSON.stringify(document, null, 2).slice(0, -2)},\n  "trials": []\n}\n`;
    const path = await fileWith(dir, 'twice.json', text);
    expect((await readDocumentWithoutTrials(path)).kind).toBe('elsewhere');
    expect(await readResults(path, { trials: false })).toEqual({ ...(await readResults(path)), trials: [] });
  });
});

describe('readResults(trials: false): trials or keys after them that are not JSON', () => {
  /** A pretty file with `infrastructure` after its trials, as its text and where its parts are. */
  async function parts() {
    const dir = await tempDir('rehearse-key-order-');
    const document = await writtenDocument(dir, cutShortRun());
    const text = FORMATS.pretty!(reordered(document, ['trials', 'infrastructure'])).replaceAll(MARK, ESCAPES);
    const trialsOpen = text.indexOf('"trials": [') + '"trials": ['.length;
    const trialsClose = text.indexOf('\n  ],\n  "infrastructure"') + '\n  ]'.length;
    return { dir, text, trialsOpen, trialsClose };
  }

  const bytes = (text: string): number => Buffer.byteLength(text);
  const lineOf = (text: string, offset: number): number =>
    Buffer.from(text).subarray(0, offset).toString('latin1').split('\n').length;

  async function refusal(dir: string, name: string, text: string): Promise<string> {
    const path = await fileWith(dir, name, text);
    const error = await readResults(path, { trials: false }).catch((caught: unknown) => caught);
    expect(isConfigurationError(error), name).toBe(true);
    const { message } = error as Error;
    expect(message.startsWith(`${path}: not a valid results file: the JSON is malformed or truncated at byte `)).toBe(
      true,
    );
    expect(message).not.toContain('\n');
    return message.slice(path.length);
  }

  const at = (text: string, offset: number) =>
    `at byte ${offset.toLocaleString('en-US')} (line ${lineOf(text, offset).toLocaleString('en-US')}): `;

  it('a file cut inside the trials (in a string, after a backslash, in nested arrays) says where it ends', async () => {
    const { dir, text, trialsOpen, trialsClose } = await parts();
    const inside = text.slice(trialsOpen, trialsClose);
    const cuts = {
      'in a string': inside.indexOf('He said') + 3,
      'after a backslash': inside.indexOf('\\"') + 1,
      'in the nested arguments': inside.indexOf('"matrix": [') + 14,
      'just before the closing bracket': inside.length - 1,
    };
    for (const [where, cut] of Object.entries(cuts)) {
      const cutText = text.slice(0, trialsOpen + cut);
      const message = await refusal(dir, 'cut.json', cutText);
      expect(message, where).toBe(
        `: not a valid results file: the JSON is malformed or truncated ${at(cutText, bytes(cutText))}the file ` +
          `ends inside the trials, which start at byte ${bytes(text.slice(0, trialsOpen)).toLocaleString('en-US')} ` +
          `(truncated?)`,
      );
    }
  });

  it('a tail cut short, out of place or with text after the document is refused at its byte and line', async () => {
    const { dir, text, trialsClose } = await parts();
    const head = text.slice(0, trialsClose);
    const cases: Record<string, { tail: string; where: string; why: string }> = {
      'cut right after the trials': { tail: '\n', where: '\n', why: 'the file ends before the document does' },
      'cut after the comma': { tail: ',\n  ', where: ',\n  ', why: 'the file ends before the document does' },
      'cut inside infrastructure': {
        tail: ',\n  "infrastructure": [\n    {"agent": "b',
        where: ',\n  "infrastructure": [\n    {"agent": "b',
        why: 'the file ends before the document does',
      },
      'no comma': { tail: '\n  "stopReason": "budget"\n}', where: '\n  ', why: `"\\"" after the trials where` },
      'a trailing comma': { tail: ',\n}\n', where: ',\n', why: `"}" after ',' where a key was expected` },
      'text after the document': { tail: '\n}\nand more\n', where: '\n}\n', why: 'text after the end of the document' },
      'a value missing its comma': {
        tail: ',\n  "stopReason": "budget"\n  "status": "completed"\n}\n',
        where: ',\n  "stopReason": "budget"\n  ',
        why: `Expected ',' or '}' after property value`,
      },
      'a bracket out of place': {
        tail: ',\n  "infrastructure": [1, 2}\n}\n',
        where: ',\n  "infrastructure": [1, 2',
        why: '',
      },
    };
    for (const [name, { tail, where, why }] of Object.entries(cases)) {
      const file = `${head}${tail}`;
      const message = await refusal(dir, 'tail.json', file);
      expect(message, name).toContain(at(file, bytes(`${head}${where}`)));
      expect(message, name).toContain(why);
    }
  });
});

describe('readResults(trials: false): a large file', () => {
  it('steps over 50 MB of trials with flat memory and reads the infrastructure after them', async () => {
    const MB = 1024 * 1024;
    const dir = await tempDir('rehearse-key-order-large-');
    const small = join(dir, 'small.json');
    const run = cutShortRun();
    const { infrastructure: _after, ...rest } = run;
    await writeResults(small, rest);
    const written = await readFile(small, 'utf8');
    const open_ = written.indexOf('\n  "trials": [\n') + '\n  "trials": ['.length;
    // One trial with a long transcript message, in the writer's layout; its text repeated to 50 MB.
    const long = {
      ...run.trials[1]!,
      transcript: [{ ...run.trials[1]!.transcript[0]!, content: HOSTILE.repeat(300) }],
    };
    const trial = `    ${JSON.stringify(long, null, 2).replaceAll('\n', '\n    ')}`;
    const path = join(dir, 'large.json');
    const file = await open(path, 'w');
    let size = 0;
    try {
      await file.write(written.slice(0, open_));
      const batch = Array.from({ length: 50 }, () => `\n${trial}`).join(',');
      for (let first = true; size < 50 * MB; first = false) {
        size += (await file.write(`${first ? '' : ','}${batch}`)).bytesWritten;
      }
      const after = JSON.stringify(INFRASTRUCTURE, null, 2).replaceAll('\n', '\n  ');
      await file.write(`\n  ],\n  "infrastructure": ${after}\n}\n`);
    } finally {
      await file.close();
    }
    expect(size).toBeGreaterThan(50 * MB);

    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    let peakBuffers = before.arrayBuffers;
    const sample = () => {
      const now = process.memoryUsage();
      peakHeap = Math.max(peakHeap, now.heapUsed);
      peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
    };
    const sampler = setInterval(sample, 1);
    const lean = await readResults(path, { trials: false });
    sample();
    clearInterval(sampler);
    // Holding the file (a 50 MB string, or its parsed trials) would pass these bounds several times over.
    expect(peakHeap - before.heapUsed).toBeLessThan(20 * MB);
    expect(peakBuffers - before.arrayBuffers).toBeLessThan(20 * MB);
    expect(lean.infrastructure).toEqual(INFRASTRUCTURE);
    expect(lean.trials).toEqual([]);
    expect(lean.tests).toEqual(run.tests);
    expect(whyRunStaysOutOfHistory(lean)).toBe('the circuit breaker stopped part of it');
  }, 60_000);
});

describe("readResults(trials: false): the writer's layout is read by a byte search, never at a key's cost", () => {
  /** writeResults' layout with `infrastructure` appended after the trials, the way jq or an editor does it. */
  async function appended(dir: string): Promise<{ text: string; trialsOpen: number }> {
    const path = join(dir, 'written.json');
    await writeResults(path, cutShortRun());
    const written = await readFile(path, 'utf8');
    const withoutIt = JSON.parse(written) as Record<string, unknown>;
    delete withoutIt.infrastructure;
    const text = JSON.stringify(
      reordered({ ...withoutIt, infrastructure: INFRASTRUCTURE }, ['trials', 'infrastructure']),
      null,
      2,
    );
    return { text, trialsOpen: text.indexOf('"trials": [') + '"trials": ['.length };
  }

  const readsInfrastructure = async (path: string, label: string): Promise<void> => {
    const lean = await readResults(path, { trials: false });
    expect(lean, label).toEqual({ ...(await readResults(path)), trials: [] });
    expect(lean.infrastructure, label).toEqual(INFRASTRUCTURE);
  };

  it('a bracket of the trials closed at top-level indentation (a hand edit) is not taken for their end', async () => {
    const dir = await tempDir('rehearse-key-order-');
    const { text, trialsOpen } = await appended(dir);
    // The first trial's transcript closed on a line indented by two spaces: the byte search finds it first.
    const transcript = text.indexOf('"transcript": [', trialsOpen);
    const close = text.indexOf('\n      ]', transcript);
    expect(close).toBeGreaterThan(transcript);
    const edited = `${text.slice(0, close)}\n  ]${text.slice(close + '\n      ]'.length)}`;
    await readsInfrastructure(await fileWith(dir, 'edited.json', edited), 'edited');
  });

  it('trials written on one line after a head in the writer layout are followed bracket by bracket', async () => {
    const dir = await tempDir('rehearse-key-order-');
    const { text, trialsOpen } = await appended(dir);
    const close = text.indexOf('\n  ],\n  "infrastructure"');
    const trials = JSON.stringify(JSON.parse(text.slice(trialsOpen - 1, close + '\n  ]'.length)) as unknown);
    const oneLine = `${text.slice(0, trialsOpen - 1)}${trials}${text.slice(close + '\n  ]'.length)}`;
    // The first top-level ']' after the trials' '[' is the end of infrastructure, not of the trials.
    expect(oneLine.indexOf('\n  ]', trialsOpen)).toBeGreaterThan(oneLine.indexOf('"infrastructure"'));
    await readsInfrastructure(await fileWith(dir, 'one-line.json', oneLine), 'one line');
  });
});
