/**
 * The preflight's probe of an `http` agent reaches a URL with credentials as the turn's POST does (Node's http sends
 * them as Basic auth): fetch refuses such a URL, and the run warned that the agent "did not answer" when it would.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { probeUrl } from '../../src/engine/http.js';

let server: Server;
let port: number;
const seen: { url?: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ ...(req.url ? { url: req.url } : {}), headers: req.headers });
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('sends the URL credentials as Basic auth, not in the URL', async () => {
  seen.length = 0;
  const answer = await probeUrl({ url: `http://bot:p%40ss@127.0.0.1:${port}/chat?x=1`, headers: {}, timeoutMs: 5000 });
  expect(answer).toEqual({ status: 200 });
  expect(seen).toHaveLength(1);
  expect(seen[0]?.url).toBe('/chat?x=1');
  expect(seen[0]?.headers.authorization).toBe(`Basic ${Buffer.from('bot:p@ss').toString('base64')}`);
});

it('keeps an authorization header the suite gives, and a URL without credentials as it is', async () => {
  seen.length = 0;
  const headers = { Authorization: 'Bearer from-the-suite' };
  expect(await probeUrl({ url: `http://bot:pw@127.0.0.1:${port}/a`, headers, timeoutMs: 5000 })).toEqual({
    status: 200,
  });
  expect(await probeUrl({ url: `http://127.0.0.1:${port}/b`, headers: {}, timeoutMs: 5000 })).toEqual({ status: 200 });
  expect(seen.map((request) => [request.url, request.headers.authorization])).toEqual([
    ['/a', 'Bearer from-the-suite'],
    ['/b', undefined],
  ]);
});
