/**
 * An http agent's or a passthrough tool's endpoint answering with a redirect or without end: the call fails with
 * why, the conversation and its headers go nowhere else, and the process reads no more than MAX_RESPONSE_BYTES.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postJson } from '../../src/engine/http.js';

const servers: Server[] = [];
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
