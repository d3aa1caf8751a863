/**
 * Record a run (LLM simulator, openai agent with a tool call, LLM judge)
 * against the local fake server, stop the server, replay it: the same
 * conversations and verdicts, offline. A prompt change makes the strict
 * replay fail naming the call and what differs.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import type { Results, TraceEvent } from '../../src/model/results.js';
import { readResults } from '../../src/results/index.js';
import { callsOf, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { captureIO, KEY, responder, writeSuite } from './support.js';

let dir: string;
let server: FakeOpenAI;
let recorded: Results;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-cassette-'));
  server = await startFakeOpenAI({ respond: responder() });
  await writeSuite(dir, server.baseURL);
  const io = captureIO(dir, { OPENAI_API_KEY: KEY });
  await cli(['run', '--record', 'cassettes/run.jsonl', '-o', 'recorded.json'], io);
  recorded = await readResults(join(dir, 'recorded.json'));
  await server.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a conversation said and did, without the timings that differ between any two runs. */
function conversation(results: Results) {
  const strip = (event: TraceEvent) => {
    const { at: _at, ...rest } = event as TraceEvent & Record<string, unknown>;
    delete rest.latencyMs;
    delete rest.durationMs;
    return rest;
  };
  return results.trials.map((trial) => ({
    id: trial.id,
    status: trial.status,
    metrics: trial.metrics,
    transcript: trial.transcript.map(strip),
  }));
}

describe('cassettes', () => {
  it('records every simulator, agent, judge call with a tool round trip, without secrets or timings', async () => {
    expect(recorded.trials.map((trial) => trial.status)).toEqual(['pass', 'pass']);
    const events = recorded.trials[0]!.transcript;
    expect(events.filter((event) => event.type === 'tool_call')).toHaveLength(1);
    expect(
      events
        .filter((event) => event.type === 'llm_call')
        .map((event) => (event as { role: string }).role)
        .sort(),
    ).toEqual(['agent', 'agent', 'judge', 'simulator']);
    const text = await readFile(join(dir, 'cassettes/run.jsonl'), 'utf8');
    const lines = text.trimEnd().split('\n');
    // 2 trials × (2 agent calls + 1 simulator call + 1 judge call).
    expect(lines).toHaveLength(8);
    expect([...lines].sort()).toEqual(lines);
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(entry)).toEqual(Object.keys(entry).sort());
    }
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(server.baseURL);
    expect(text).not.toMatch(/durationMs|startedAt/);
    expect(recorded.cassette).toMatchObject({
      file: join('cassettes', 'run.jsonl'),
      mode: 'record',
      recorded: 8,
      replayed: 0,
    });
  });

  it('replays offline, with no key, the same transcripts and verdicts', async () => {
    const io = captureIO(dir, {});
    const status = await cli(['run', '--replay', 'cassettes/run.jsonl', '-o', 'replayed.json'], io);
    expect(io.err()).not.toContain('replay:');
    // No key, but the cassette answers the judge: no notice that LLM-judged criteria will be errors.
    expect(io.err().replace(/^notice: Reference too small.*\n/m, '')).not.toContain('notice:');
    expect(status).toBe(0);
    const replayed = await readResults(join(dir, 'replayed.json'));
    expect(conversation(replayed)).toEqual(conversation(recorded));
    expect(replayed.tests.map((test) => test.verdict)).toEqual(recorded.tests.map((test) => test.verdict));
    expect(replayed.cassette).toMatchObject({ mode: 'replay', replayed: 8, recorded: 0 });
    expect(io.out()).toContain('8 calls replayed');
  });

  it('a strict replay after a prompt change fails, naming the call and what differs', async () => {
    await writeSuite(dir, server.baseURL, { systemPrompt: 'You help with orders, briefly.' });
    const io = captureIO(dir, {});
    const status = await cli(['run', '--replay', 'cassettes/run.jsonl', '-o', 'changed.json'], io);
    expect(status).toBe(1);
    expect(io.err()).toContain(
      'replay: test order-status, trial order-status@default#0, turn 1, agent call #1 (agent-model): no recorded call',
    );
    expect(io.err()).toContain(
      'messages[0].content: recorded "You help with orders." → now "You help with orders, briefly."',
    );
    await writeSuite(dir, server.baseURL);
  });

  it(
    'replay-or-record calls live on a miss and adds the call; the simulator and judge alone ' + 'can be replayed',
    async () => {
      const live = await startFakeOpenAI({ respond: responder() });
      try {
        await writeSuite(dir, live.baseURL, { systemPrompt: 'You help with orders, briefly.' });
        const io = captureIO(dir, { OPENAI_API_KEY: KEY });
        await cli(['run', '--replay-or-record', 'cassettes/grow.jsonl', '-o', 'grow-1.json'], io);
        // Preflight probes aside (one per endpoint whose key is set, none for roles the cassette replays).
        const afterFirst = callsOf(live).length;
        expect(afterFirst).toBe(8);
        await cli(['run', '--replay-or-record', 'cassettes/grow.jsonl', '-o', 'grow-2.json'], io);
        expect(callsOf(live).length).toBe(afterFirst);

        // Fork PR recipe: the agent runs live, the simulator and the judge come from the cassette.
        const roles = captureIO(dir, { OPENAI_API_KEY: KEY });
        await cli(
          ['run', '--replay', 'cassettes/grow.jsonl', '--replay-roles', 'simulator,judge', '-o', 'roles.json'],
          roles,
        );
        const newRequests = callsOf(live)
          .slice(afterFirst)
          .map((request) => request.model);
        expect(new Set(newRequests)).toEqual(new Set(['agent-model']));
        expect(newRequests).toHaveLength(4);
        expect((await readResults(join(dir, 'roles.json'))).cassette).toMatchObject({
          replayed: 4,
          roles: ['simulator', 'judge'],
        });
      } finally {
        await live.close();
        await writeSuite(dir, server.baseURL);
      }
    },
  );
});
