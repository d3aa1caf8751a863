/**
 * An http agent that asks Rehearse to run a passthrough tool (a staging
 * backend, with a secret header) before it replies: both recorded, then
 * replayed with the server gone. The header's secret never reaches the file.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { readResults } from '../../src/results/index.js';
import { captureIO } from './support.js';

const SECRET = 'backend-secret-987654';
let dir: string;
let server: Server;
let hits = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-cassette-http-'));
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      hits++;
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      const answer =
        request.url === '/backend'
          ? { status: request.headers['x-api-key'] === SECRET ? 'shipped' : 'unauthorised', order: body['order_id'] }
          : body['type'] === 'turn'
            ? { call_tools: [{ id: 'c1', name: 'lookup_order', arguments: { order_id: 'A-1' } }] }
            : { reply: `Order A-1: ${JSON.stringify((body['results'] as { output: unknown }[])[0]?.output)}` };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await writeFile(
    join(dir, 'rehearse.yaml'),
    `version: 1
name: http cassette
agents:
  - { id: web, type: http, url: "${base}/agent", tools: [lookup_order] }
tools:
  - name: lookup_order
    parameters: { type: object, properties: { order_id: { type: string } } }
    strategy: passthrough
    passthrough: { url: "${base}/backend", headers: { x-api-key: "\${BACKEND_KEY}" } }
datasets:
  - id: orders
    criteria: [{ type: expected_output, match: contains }, { type: tool_called, tool: lookup_order }]
    items:
      - { id: a1, input: Where is A-1?, expected_output: shipped }
`,
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('replays http agent turns and passthrough tool calls offline, without the secret header', async () => {
  await cli(['run', '--record', 'http.jsonl', '-o', 'recorded.json'], captureIO(dir, { BACKEND_KEY: SECRET }));
  expect(hits).toBe(3);
  await new Promise<void>((done) => server.close(() => done()));
  const text = await readFile(join(dir, 'http.jsonl'), 'utf8');
  expect(
    text
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { kind: string }).kind)
      .sort(),
  ).toEqual(['http-agent', 'http-agent', 'passthrough-tool']);
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain('127.0.0.1');

  const io = captureIO(dir, {});
  const status = await cli(['run', '--replay', 'http.jsonl', '-o', 'replayed.json'], io);
  expect(io.err()).not.toContain('replay:');
  expect(status).toBe(0);
  const [recorded, replayed] = await Promise.all([
    readResults(join(dir, 'recorded.json')),
    readResults(join(dir, 'replayed.json')),
  ]);
  expect(recorded.trials[0]!.status).toBe('pass');
  const said = (results: typeof recorded) =>
    results.trials[0]!.transcript.map((event) =>
      event.type === 'tool_call' ? [event.name, event.result] : 'content' in event ? event.content : event.type,
    );
  expect(said(replayed)).toEqual(said(recorded));
  expect(replayed.trials[0]!.status).toBe('pass');
});
