/**
 * An http agent's or a passthrough tool's endpoint answering with a redirect or without end: the call fails with
 * why, the conversation and its headers go nowhere else, and the process reads no more than MAX_RESPONSE_BYTES.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postJson, postJsonOnce } from '../../src/engine/http.js';

const servers: (Server | TcpServer)[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serve(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const post = (url: string) =>
  postJson({
    url,
    headers: { 'x-token': 'tok_secret_value' },
    body: { messages: [{ role: 'user', content: 'my card is 4111' }] },
    timeoutMs: 10_000,
    signal: new AbortController().signal,
  });

describe('postJson', () => {
  it('does not follow a redirect: the other address gets nothing, the call fails saying why', async () => {
    const received: string[] = [];
    const elsewhere = await serve((req, res) => {
      received.push(`${req.method} ${req.url} ${String(req.headers['x-token'])}`);
      res.end('{"reply":"from elsewhere"}');
    });
    const agent = await serve((_req, res) => {
      res.writeHead(307, { location: `${elsewhere}/steal` });
      res.end();
    });
    const result = await post(`${agent}/chat`);
    expect(result).toMatchObject({ ok: false, category: 'infrastructure' });
    expect(!result.ok && result.message).toMatch(/^HTTP 307 from .* to http:\/\/.*\/steal: redirects are not followed/);
    expect(received).toEqual([]);
  });

  it("names a redirect's target without its query or password (tokens the redactor does not know)", async () => {
    const agent = await serve((_req, res) => {
      const location = 'https://sso:hunter2pass@login.example.com/cb?token=s3cr3tT0kenValue99#frag';
      res.writeHead(302, { location });
      res.end();
    });
    const result = await post(`${agent}/chat`);
    const message = !result.ok ? result.message : '';
    expect(message).toContain(' to https://login.example.com/cb?…: redirects are not followed');
    for (const secret of ['hunter2pass', 's3cr3tT0kenValue99', 'frag']) expect(message).not.toContain(secret);
  });

  it('a URL whose password holds a raw / ? or # does not parse: its failure leaves that password out', async () => {
    for (const password of ['pa/ss-w0rd-77', 'pa?ss-w0rd-77', 'pa#ss-w0rd-77', 'pa\\ss-w0rd-77']) {
      const result = await post(`http://bot:${password}@127.0.0.1:9/chat`);
      expect(result.ok ? '' : result.message).toBe('request to http://…@127.0.0.1:9/chat failed: Invalid URL');
    }
  });

  it('stops reading a body past MAX_RESPONSE_BYTES and fails the call', async () => {
    const block = Buffer.alloc(1024 * 1024, ' ');
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      let open = true;
      res.on('close', () => (open = false));
      const more = (): void => {
        if (open) void (res.write(block) ? setImmediate(more) : res.once('drain', more));
      };
      more();
    });
    const result = await post(url);
    expect(result).toMatchObject({ ok: false, category: 'infrastructure' });
    expect(!result.ok && result.message).toMatch(/the response is larger than 32 MB/);
  });
});

/** A raw TCP server: what a connection sees, byte for byte, without an HTTP server's manners. */
async function serveRaw(onConnection: (socket: Socket) => void): Promise<string> {
  const server = createTcpServer(onConnection);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const once = (url: string, body: unknown = { turn: 0 }) =>
  postJsonOnce({ url, headers: {}, body, timeoutMs: 10_000, signal: new AbortController().signal });

describe('postJsonOnce: whether the server certainly did not process the request', () => {
  it('a refused connection: unprocessed', async () => {
    const url = await serveRaw(() => {});
    const closing = servers.pop()!;
    await new Promise((resolve) => closing.close(resolve));
    const { outcome, unprocessed } = await once(url);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/ECONNREFUSED$/) });
    expect(unprocessed).toMatchObject({ retryable: true });
  });

  it('a reset while the request was still being written (a body past the socket buffers): unprocessed', async () => {
    const url = await serveRaw((socket) => socket.once('data', () => socket.resetAndDestroy()));
    const { outcome, unprocessed } = await once(url, { text: 'x'.repeat(64 * 1024 * 1024) });
    expect(outcome).toMatchObject({ ok: false, category: 'infrastructure' });
    expect(unprocessed).toMatchObject({ retryable: true });
  });

  it.each([
    ['the whole request read, then a reset', (socket: Socket) => socket.on('data', () => socket.resetAndDestroy())],
    ['the whole request read, then a close', (socket: Socket) => socket.on('data', () => socket.end())],
    ['a status line cut short', (socket: Socket) => socket.on('data', () => socket.end('HTTP/1.1 50'))],
    [
      'a body cut short',
      (socket: Socket) =>
        socket.on('data', () => {
          socket.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{"reply":');
          setTimeout(() => socket.resetAndDestroy(), 20);
        }),
    ],
  ])('%s: may have been processed', async (_label, onConnection) => {
    const url = await serveRaw(onConnection);
    const { outcome, unprocessed } = await once(url);
    expect(outcome).toMatchObject({ ok: false, category: 'infrastructure', noAnswer: true });
    expect(unprocessed).toBeUndefined();
  });

  it.each([
    [503, { 'retry-after': '7' }, 7_000],
    [429, { 'retry-after': '0' }, 0],
    [503, {}, undefined],
  ])('HTTP %i %j: unprocessed, with the wait asked for', async (code, headers, retryAfterMs) => {
    const url = await serve((_req, res) => res.writeHead(code, headers).end('busy'));
    const { outcome, unprocessed } = await once(url);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(new RegExp(`^HTTP ${code} .*: busy$`)) });
    expect(unprocessed).toEqual({
      retryable: true,
      category: 'infrastructure',
      reason: expect.stringMatching(new RegExp(`^HTTP ${code} from `)),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  });

  it.each([500, 502, 504, 404])('HTTP %i: may have been processed', async (code) => {
    const url = await serve((_req, res) => res.writeHead(code).end('no'));
    expect((await once(url)).unprocessed).toBeUndefined();
  });

  it("the suite's headers replace the defaults whatever their case, never a second copy", async () => {
    const seen: string[] = [];
    const url = await serve((req, res) => {
      seen.push(...req.rawHeaders.filter((_v, i) => i % 2 === 0).map((name) => name.toLowerCase()));
      seen.push(String(req.headers['content-type']));
      res.end('{"reply":"ok"}');
    });
    const result = await postJson({
      url,
      headers: { 'Content-Type': 'application/vnd.agent+json' },
      body: {},
      timeoutMs: 5_000,
      signal: new AbortController().signal,
    });
    expect(result).toEqual({ ok: true, value: { reply: 'ok' } });
    expect(seen.filter((name) => name === 'content-type')).toHaveLength(1);
    expect(seen.at(-1)).toBe('application/vnd.agent+json');
  });
});
