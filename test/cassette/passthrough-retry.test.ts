/**
 * A whole run of an http agent that asks Rehearse to run a passthrough tool whose backend first answers 503 (a
 * deploy): the tool call is sent again, the trial passes, its transcript and the reports say the call was retried,
 * the progress line counts it. Recorded, the cassette keeps only the final answer; replayed with the server gone,
 * nothing is retried.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { readResults } from '../../src/results/index.js';
import { transcriptLines } from '../../src/report/transcript.js';
import { resultsToOtlp } from '../../src/report/otlp.js';
import { tempDir } from '../support/temp-dir.js';
import { captureIO } from './support.js';

let dir: string;
let server: Server;
let backendRequests = 0;

beforeAll(async () => {
  dir = await tempDir('rehearse-passthrough-retry-');
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const json = (value: unknown) =>
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      if (request.url === '/backend') {
        backendRequests++;
        if (backendRequests === 1) return void response.writeHead(503, { 'retry-after': '0' }).end('deploying');
        return json({ status: 'shipped' });
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      if (body['type'] === 'turn') return json({ call_tools: [{ id: 'c1', name: 'lookup_order', arguments: {} }] });
      json({ reply: `A-1: ${JSON.stringify((body['results'] as { output: unknown }[])[0]?.output)}` });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await writeFile(
    join(dir, 'rehearse.yaml'),
    `version: 1
name: passthrough retry
run: { retries: 2 }
agents:
  - { id: web, type: http, url: "${base}/agent", tools: [lookup_order] }
tools:
  - name: lookup_order
    parameters: { type: object, properties: {} }
    strategy: passthrough
    passthrough: { url: "${base}/backend" }
datasets:
  - id: orders
    criteria: [{ type: expected_output, match: contains }]
    items:
      - { id: a1, input: Where is A-1?, expected_output: shipped }
`,
  );
});
afterAll(async () => {
  if (server.listening) await new Promise<void>((done) => server.close(() => done()));
});

it('retries a 503 once, passes, notes the retry, records only the final answer, replays without retrying', async () => {
  const recordIO = captureIO(dir, {});
  const status = await cli(['run', '--record', 'calls.jsonl', '-o', 'recorded.json'], recordIO);
  expect(recordIO.err()).toMatch(/↻ 1 retry \(last: tool lookup_order: HTTP 503 from /);
  expect(status).toBe(0);
  expect(backendRequests).toBe(2);
  const recorded = await readResults(join(dir, 'recorded.json'));
  const trial = recorded.trials[0]!;
  expect(trial.status).toBe('pass');
  expect(trial.transcript.filter((e) => e.type === 'tool_call')).toEqual([
    expect.objectContaining({ strategy: 'passthrough', result: { status: 'shipped' }, retries: 1 }),
  ]);
  expect(transcriptLines(trial)).toContainEqual('🔧 lookup_order({}) [1 retry] → {"status":"shipped"}');
  const otlpSpans = resultsToOtlp(recorded, { version: 'test' }).resourceSpans.flatMap((resource) =>
    resource.scopeSpans.flatMap((scope) => scope.spans),
  );
  expect(otlpSpans.find((span) => span.name === 'execute_tool lookup_order')?.attributes).toContainEqual({
    key: 'rehearse.retries',
    value: { intValue: '1' },
  });
  const reportIO = captureIO(dir, {});
  expect(await cli(['report', 'recorded.json', '--format', 'html'], reportIO)).toBe(0);
  expect(reportIO.out()).toMatch(
    /🔧 lookup_order\(\{\}\) → .*<span class="muted">\d+ ms · passthrough · 1 retry<\/span>/,
  );

  const cassette = (await readFile(join(dir, 'calls.jsonl'), 'utf8')).trimEnd().split('\n');
  const tool = cassette.map((line) => JSON.parse(line) as { kind: string; response: unknown });
  expect(tool.filter((entry) => entry.kind === 'passthrough-tool').map((entry) => entry.response)).toEqual([
    { ok: true, value: { status: 'shipped' } },
  ]);

  await new Promise<void>((done) => server.close(() => done()));
  const replayIO = captureIO(dir, {});
  expect(await cli(['run', '--replay', 'calls.jsonl', '-o', 'replayed.json'], replayIO)).toBe(0);
  expect(replayIO.err()).not.toMatch(/↻/);
  expect(backendRequests).toBe(2);
  const replayed = await readResults(join(dir, 'replayed.json'));
  expect(replayed.trials[0]!.status).toBe('pass');
  const call = replayed.trials[0]!.transcript.find((e) => e.type === 'tool_call');
  expect(call).toMatchObject({ result: { status: 'shipped' } });
  expect(call).not.toHaveProperty('retries');
});
