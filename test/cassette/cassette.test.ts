/** The cassette's pure parts: canonical keys, redaction, the file format, what a miss says. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Cassette,
  cassetteLogPath,
  keepCassetteLog,
  parseCassette,
  secretRedactor,
  writeCassetteFile,
} from '../../src/cassette/index.js';
import { describeDifferences, differences } from '../../src/cassette/canonical.js';
import { pruneSelection, parseAge } from '../../src/cli/runs-prune.js';
import { isConfigurationError } from '../../src/util/errors.js';

const site = { testId: 't', trialId: 't@default#0', kind: 'agent' as const, callNumber: 1, target: 'm' };
/** A chat call's recorded answer, as the cassette stores it (and checks when it reads it back). */
const reply = (content: string) => ({
  content,
  toolCalls: [],
  usage: { inputTokens: 2, outputTokens: 1, costUsd: 0 },
  attempts: 1,
});

describe('cassette', () => {
  it('keys a request by its canonical form: key order does not matter, secrets are redacted before hashing', () => {
    const a = new Cassette({ mode: 'record', name: 'c', redactor: secretRedactor({ API_TOKEN: 'tok-123456' }) });
    const b = new Cassette({ mode: 'record', name: 'c', redactor: secretRedactor({ API_TOKEN: 'tok-abcdef' }) });
    const first = a.keyOf(site, { model: 'm', messages: [{ role: 'user', content: 'key tok-123456' }] }, () => 0);
    const second = b.keyOf(site, { messages: [{ content: 'key tok-abcdef', role: 'user' }], model: 'm' }, () => 0);
    expect(first.key).toBe(second.key);
    expect(JSON.stringify(first.canonical)).toBe('{"messages":[{"content":"key ***","role":"user"}],"model":"m"}');
  });

  it('serialises sorted lines with sorted keys, and reads them back', () => {
    const cassette = new Cassette({ mode: 'record', name: 'c', redactor: secretRedactor({}) });
    for (const content of ['b', 'a', 'c']) {
      const { key, canonical } = cassette.keyOf(site, { content }, () => 0);
      cassette.store(site, key, canonical, reply(content));
    }
    const text = cassette.serialize();
    const lines = text.trimEnd().split('\n');
    expect([...lines].sort()).toEqual(lines);
    expect(lines[0]).toMatch(
      /^\{"key":"t@default#0 agent [0-9a-f]{16} 000","kind":"agent","request":\{"content":"."\},"response":\{"attempts":1,"content":".","toolCalls":\[\],"usage":\{"costUsd":0,"inputTokens":2,"outputTokens":1\}\},"trial":"t@default#0"\}$/,
    );
    expect(parseCassette(text, 'c')).toHaveLength(3);
    expect(() => parseCassette(`${lines[0]}\n{oops\n`, 'calls.jsonl')).toThrow(/^calls\.jsonl:2:1: not a JSON line/);
    expect(() => parseCassette('{"key":"k"}\n', 'calls.jsonl')).toThrow('calls.jsonl:1:1: expected a recorded call');
    // A malformed recorded answer (an upstream `{"choices": []}` stored as is) is named by its line when read,
    // not met later as a bare TypeError in the middle of a replay.
    const malformed = lines[1]!.replace(/"response":\{.*\},"trial"/, '"response":{"choices":[]},"trial"');
    expect(() => parseCassette(`${lines[0]}\n${malformed}\n`, 'calls.jsonl')).toThrow(
      'calls.jsonl:2:1: the recorded agent response of trial t@default#0 has no content (text or null); ' +
        'record the cassette again (--record) or fix that line',
    );
    const noCalls = lines[2]!.replace('"toolCalls":[]', '"toolCalls":null');
    expect(() => parseCassette(noCalls, 'calls.jsonl')).toThrow(/^calls\.jsonl:1:1: .* has no toolCalls list/);
  });

  it('a cassette that cannot be written keeps its log and says how to get the calls back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rehearse-cassette-unwritable-'));
    try {
      const path = join(dir, 'calls.jsonl');
      const cassette = new Cassette({ mode: 'record', name: 'c', redactor: secretRedactor({}) });
      await keepCassetteLog(cassette, path, false);
      const { key, canonical } = cassette.keyOf(site, { content: 'a' }, () => 0);
      cassette.store(site, key, canonical, reply('a'));
      // The cassette's path is a directory with something in it: the rename over it fails.
      await mkdir(join(path, 'in-the-way'), { recursive: true });
      const error = await writeCassetteFile(path, cassette.serialize()).catch((caught: unknown) => caught);
      expect(isConfigurationError(error)).toBe(true);
      const log = cassetteLogPath(path);
      expect((error as Error).message).toContain(`cannot write ${path}: `);
      expect((error as Error).message).toContain(`the calls this run recorded are kept in ${log}`);
      expect((error as Error).message).toContain(`cat ${log} >> ${path}`);
      expect(parseCassette(await readFile(log, 'utf8'), log)).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('logs each recorded call as it comes; a resumed run takes the log in, a new run starts a new one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rehearse-cassette-log-'));
    try {
      const path = join(dir, 'calls.jsonl');
      const first = new Cassette({ mode: 'record', name: 'c', redactor: secretRedactor({}) });
      await keepCassetteLog(first, path, false);
      for (const content of ['a', 'b']) {
        const { key, canonical } = first.keyOf(site, { content }, () => 0);
        first.store(site, key, canonical, reply(content));
      }
      // Killed mid-write: the log ends with half a line.
      await appendFile(cassetteLogPath(path), '{"key":"t@default#0 agent');
      const resumed = new Cassette({ mode: 'record', name: 'c', redactor: secretRedactor({}) });
      await keepCassetteLog(resumed, path, true);
      expect(resumed.serialize()).toBe(first.serialize());
      const fresh = new Cassette({ mode: 'record', name: 'c', redactor: secretRedactor({}) });
      await keepCassetteLog(fresh, path, false);
      expect(fresh.serialize()).toBe('');
      expect(existsSync(cassetteLogPath(path))).toBe(false);
      await writeCassetteFile(path, resumed.serialize());
      expect(parseCassette(await readFile(path, 'utf8'), 'c')).toHaveLength(2);
      // A log that cannot be written (its path is a directory) never fails the call being recorded.
      await mkdir(cassetteLogPath(path));
      const unlogged = new Cassette({ mode: 'record', name: 'c', redactor: secretRedactor({}) });
      await keepCassetteLog(unlogged, path, true);
      const { key, canonical } = unlogged.keyOf(site, { content: 'z' }, () => 0);
      expect(() => unlogged.store(site, key, canonical, reply('z'))).not.toThrow();
      expect(unlogged.stats.recorded).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a strict miss names the call and the fields that differ from the nearest recorded request', () => {
    const recording = new Cassette({ mode: 'record', name: 'c', redactor: secretRedactor({}) });
    const stored = recording.keyOf(site, { model: 'm', temperature: 0, messages: ['hello', 'there'] }, () => 0);
    recording.store(site, stored.key, stored.canonical, reply('a'));
    recording.store(site, 'other', { model: 'x', temperature: 1, messages: [] }, reply('b'));
    const replay = new Cassette({
      mode: 'replay',
      name: 'calls.jsonl',
      redactor: secretRedactor({}),
      entries: parseCassette(recording.serialize(), 'c'),
    });
    const asked = replay.keyOf(site, { model: 'm', temperature: 0, messages: ['hello', 'world'] }, () => 0);
    const found = replay.lookup(site, asked.key, asked.canonical, () => 0);
    expect(found.found).toBe(false);
    expect(!found.found && found.miss?.message).toBe(
      'test t, trial t@default#0, agent call #1 (m): no recorded call in calls.jsonl; the nearest recorded ' +
        'request (t@default#0) differs:\n' +
        '  messages[1]: recorded "there" → now "world"',
    );
    expect(replay.misses).toHaveLength(1);
  });

  it('differences list added, removed and changed fields', () => {
    expect(describeDifferences(differences({ a: 1, b: [1, 2] }, { a: 2, b: [1], c: 'x' }))).toBe(
      '  a: recorded 1 → now 2\n  b[1]: recorded 2 → now (absent)\n  c: recorded (absent) → now "x"',
    );
  });
});

describe('runs --prune', () => {
  const run = (startedAt: string) => ({ results: { startedAt } });
  const now = Date.parse('2026-12-01T00:00:00Z');
  const newestFirst = [
    run('2026-11-30T00:00:00Z'),
    run('2026-11-20T00:00:00Z'),
    run('2026-10-01T00:00:00Z'),
    run('2026-09-01T00:00:00Z'),
  ];

  it('keeps the n newest, deletes the older than an age, or both at once (older and beyond n)', () => {
    expect(pruneSelection(newestFirst, { keep: 1 }, now)).toEqual(newestFirst.slice(1));
    expect(pruneSelection(newestFirst, { olderThanMs: parseAge('30d') }, now)).toEqual(newestFirst.slice(2));
    expect(pruneSelection(newestFirst, { keep: 3, olderThanMs: parseAge('2w') }, now)).toEqual(newestFirst.slice(3));
    expect(parseAge('12h')).toBe(12 * 3_600_000);
    expect(() => parseAge('30 days')).toThrow("--older-than: expected an age like 30d, 12h, 2w or 90m, got '30 days'");
  });
});
