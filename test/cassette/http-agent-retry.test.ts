/**
 * A whole run of an http agent whose first answer is a 503 (a deploy, a load balancer): the turn is sent again, the
 * trial passes, its transcript and the report say the reply was retried. Recorded, the cassette keeps only the final
 * answer; replayed with the server gone, nothing is retried.
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
let requests = 0;

beforeAll(async () => {
  dir = await tempDir('rehearse-http-retry-');
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      requests++;
      if (requests === 1) return void response.writeHead(503, { 'retry-after': '0' }).end('deploying');
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"reply":"A-1 has shipped"}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await writeFile(
    join(dir, 'rehearse.yaml'),
    `version: 1
name: http retry
run: { retries: 2 }
agents:
  - { id: web, type: http, url: "${base}/agent" }
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
  const status = await cli(['run', '--record', 'http.jsonl', '-o', 'recorded.json'], recordIO);
  expect(recordIO.err()).not.toMatch(/error/i);
  // The progress line counts it, as it counts LLM retries.
  expect(recordIO.err()).toMatch(/↻ 1 retry \(last: HTTP 503 from /);
  expect(status).toBe(0);
  expect(requests).toBe(2);
  const recorded = await readResults(join(dir, 'recorded.json'));
  expect(recorded.trials[0]!.status).toBe('pass');
  expect(recorded.trials[0]!.transcript.filter((e) => e.type === 'agent_message')).toEqual([
    expect.objectContaining({ content: 'A-1 has shipped', retries: 1 }),
  ]);

  expect(transcriptLines(recorded.trials[0]!)).toContainEqual(
    expect.stringMatching(/^🤖 Agent \(\d+ ms, 1 retry\): A-1 has shipped$/),
  );
  const otlpEvents = resultsToOtlp(recorded, { version: 'test' }).resourceSpans.flatMap((resource) =>
    resource.scopeSpans.flatMap((scope) => scope.spans.flatMap((span) => span.events)),
  );
  expect(otlpEvents.find((event) => event.name === 'rehearse.agent_message')?.attributes).toContainEqual({
    key: 'rehearse.retries',
    value: { intValue: '1' },
  });
  const reportIO = captureIO(dir, {});
  expect(await cli(['report', 'recorded.json', '--format', 'html'], reportIO)).toBe(0);
  expect(reportIO.out()).toMatch(/🤖 Agent <span class="muted">\d+ ms · 1 retry<\/span>/);

  const cassette = (await readFile(join(dir, 'http.jsonl'), 'utf8')).trimEnd().split('\n');
  expect(cassette).toHaveLength(1);
  expect((JSON.parse(cassette[0]!) as { response: unknown }).response).toEqual({
    ok: true,
    value: { reply: 'A-1 has shipped' },
  });

  await new Promise<void>((done) => server.close(() => done()));
  const replayIO = captureIO(dir, {});
  expect(await cli(['run', '--replay', 'http.jsonl', '-o', 'replayed.json'], replayIO)).toBe(0);
  expect(requests).toBe(2);
  const replayed = await readResults(join(dir, 'replayed.json'));
  expect(replayed.trials[0]!.status).toBe('pass');
  const reply = replayed.trials[0]!.transcript.find((e) => e.type === 'agent_message');
  expect(reply).toMatchObject({ content: 'A-1 has shipped' });
  expect(reply).not.toHaveProperty('retries');
});
