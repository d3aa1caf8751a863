import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_SIGNAL, httpFetch } from '../../src/llm/http-fetch.js';
import { MAX_RESPONSE_BYTES } from '../../src/util/bounded.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('httpFetch', () => {
  it('sends method, headers and body, and answers with status, headers and body', async () => {
    const url = await serve((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        res.writeHead(201, { 'content-type': 'application/json', 'x-echo': String(req.headers['authorization']) });
        res.end(JSON.stringify({ method: req.method, body }));
      });
    });
    const response = await httpFetch(`${url}/v1/chat`, {
      method: 'POST',
      headers: new Headers({ authorization: 'Bearer k' }),
      body: '{"a":"é"}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-echo')).toBe('Bearer k');
    expect(await response.json()).toEqual({ method: 'POST', body: '{"a":"é"}' });
  });

  it('decodes a gzip body, as the built-in fetch does', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync('{"ok":true}'));
    });
    const response = await httpFetch(url, { method: 'POST', body: '{}' });
    expect(await response.json()).toEqual({ ok: true });
  });

  it('stops reading a body past MAX_RESPONSE_BYTES, endless or a gzip bomb, and fails the call', async () => {
    const block = Buffer.alloc(1024 * 1024, 'a');
    const endless = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      let open = true;
      res.on('close', () => (open = false));
      // Writes until the client goes away, at the pace it reads.
      const more = (): void => {
        if (open) void (res.write(block) ? setImmediate(more) : res.once('drain', more));
      };
      more();
    });
    await expect(httpFetch(`${endless}/v1/chat`)).rejects.toThrow(/the response is larger than 32 MB/);
    const bomb = gzipSync(Buffer.alloc(MAX_RESPONSE_BYTES + 1024, '0'));
    const zipped = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(bomb);
    });
    await expect(httpFetch(`${zipped}/v1/chat`)).rejects.toThrow(/the response is larger than 32 MB/);
  });

  it('rejects with an AbortError when its signal aborts', async () => {
    const url = await serve(() => undefined); // never answers
    const controller = new AbortController();
    const pending = httpFetch(url, { method: 'POST', body: '{}', signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('aborts mid-body as a cancel, and leaves no listener on a signal its calls share', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":'); // and never ends
    });
    const controller = new AbortController();
    const pending = httpFetch(url, { method: 'POST', body: '{}', signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });

    // A trial's one signal goes with each of its calls: a call that ended must not stay subscribed to it.
    const answered = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    const shared = new AbortController();
    let added = 0;
    let removed = 0;
    const { addEventListener, removeEventListener } = shared.signal;
    shared.signal.addEventListener = (...args: Parameters<typeof addEventListener>) => {
      added++;
      addEventListener.apply(shared.signal, args);
    };
    shared.signal.removeEventListener = (...args: Parameters<typeof removeEventListener>) => {
      removed++;
      removeEventListener.apply(shared.signal, args);
    };
    for (let call = 0; call < 5; call++) {
      await httpFetch(answered, { method: 'POST', body: '{}', signal: shared.signal });
    }
    await expect(httpFetch('http://127.0.0.1:1', { signal: shared.signal })).rejects.toThrow();
    expect([added, removed]).toEqual([6, 6]);
  });

  it("cancels on the call's own signal (CALL_SIGNAL) or the SDK's, and leaves no listener on either", async () => {
    const silent = await serve(() => undefined); // never answers
    for (const which of ['call', 'sdk'] as const) {
      const call = new AbortController();
      const sdk = new AbortController();
      const pending = httpFetch(silent, { method: 'POST', body: '{}', signal: sdk.signal, [CALL_SIGNAL]: call.signal });
      setTimeout(() => (which === 'call' ? call : sdk).abort(), 20);
      await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    }
    const aborted = new AbortController();
    aborted.abort();
    await expect(httpFetch(silent, { [CALL_SIGNAL]: aborted.signal })).rejects.toMatchObject({ name: 'AbortError' });

    const answered = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    const counts = new Map<AbortSignal, [number, number]>();
    const counted = (signal: AbortSignal): AbortSignal => {
      const { addEventListener, removeEventListener } = signal;
      counts.set(signal, [0, 0]);
      const count = (index: 0 | 1) => (counts.get(signal) as [number, number])[index]++;
      signal.addEventListener = (...args: Parameters<typeof addEventListener>) => {
        count(0);
        addEventListener.apply(signal, args);
      };
      signal.removeEventListener = (...args: Parameters<typeof removeEventListener>) => {
        count(1);
        removeEventListener.apply(signal, args);
      };
      return signal;
    };
    const call = counted(new AbortController().signal);
    const sdk = counted(new AbortController().signal);
    for (let i = 0; i < 3; i++) {
      const response = await httpFetch(answered, { method: 'POST', body: '{}', signal: sdk, [CALL_SIGNAL]: call });
      expect(await response.json()).toEqual({});
    }
    expect([counts.get(call), counts.get(sdk)]).toEqual([
      [3, 3],
      [3, 3],
    ]);
  });

  it('sends each call to its own URL: paths, queries and user info of one server apart', async () => {
    const url = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ url: req.url, authorization: req.headers['authorization'] ?? null }));
    });
    const withUser = url.replace('http://', 'http://user:pa%20ss@');
    const seen = [];
    for (const target of [`${url}/a`, `${url}/b?x=1`, `${url}/a`, `${withUser}/c`, `${url}/c`]) {
      seen.push(await (await httpFetch(target, { method: 'POST', body: '{}' })).json());
    }
    expect(seen).toEqual([
      { url: '/a', authorization: null },
      { url: '/b?x=1', authorization: null },
      { url: '/a', authorization: null },
      { url: '/c', authorization: `Basic ${Buffer.from('user:pa ss').toString('base64')}` },
      { url: '/c', authorization: null },
    ]);
  });

  it('sees an abort that came while a body that is not a string was read', async () => {
    const silent = await serve(() => undefined); // never answers
    const call = new AbortController();
    const pending = httpFetch(silent, { method: 'POST', body: new Blob(['{}']), [CALL_SIGNAL]: call.signal });
    call.abort(); // httpFetch is reading the Blob: its listeners are not on the signal yet
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it("answers with the built-in Response while the SDK's debug log is on (it lists only real Headers)", async () => {
    const url = await serve((_req, res) => res.writeHead(200, { 'x-request-id': 'req_1' }).end('{"a":1}'));
    const before = process.env['OPENAI_LOG'];
    process.env['OPENAI_LOG'] = 'debug';
    try {
      const response = await httpFetch(url, { method: 'POST', body: '{}' });
      expect(response).toBeInstanceOf(Response);
      expect(response.headers).toBeInstanceOf(Headers);
      expect([response.headers.get('x-request-id'), await response.json()]).toEqual(['req_1', { a: 1 }]);
    } finally {
      if (before === undefined) delete process.env['OPENAI_LOG'];
      else process.env['OPENAI_LOG'] = before;
    }
    expect(await httpFetch(url, { method: 'POST', body: '{}' })).not.toBeInstanceOf(Response);
  });

  it('gives a 204 no body', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const response = await httpFetch(url, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('rejects a response cut short mid-body as a reset connection; a whole one is read', async () => {
    const url = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      if (req.headers['x-cut'] === 'yes') {
        res.write('{"partial":');
        setTimeout(() => res.socket?.destroy(), 10);
      } else res.end(`{"pad":"${'x'.repeat(90)}"}`);
    });
    await expect(httpFetch(url, { method: 'POST', body: '{}', headers: { 'x-cut': 'yes' } })).rejects.toMatchObject({
      code: 'ECONNRESET',
    });
    const whole = await httpFetch(url, { method: 'POST', body: '{}', headers: { 'x-cut': 'no' } });
    expect(((await whole.json()) as { pad: string }).pad).toHaveLength(90);
  });
});

describe('httpFetch against a status a Response cannot hold', () => {
  let raw: NetServer | undefined;
  afterEach(() => new Promise<void>((resolve) => (raw ? raw.close(() => resolve()) : resolve())));

  it('rejects the call with the status (it was an unhandled rejection that ended the process)', async () => {
    // node:http writes only the statuses it knows well enough: a raw socket answers like a misbehaving proxy.
    raw = createNetServer((socket) =>
      socket.once('data', () =>
        socket.end('HTTP/1.1 999 Odd\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}'),
      ),
    );
    await new Promise<void>((resolve) => raw?.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/v1/chat/completions`;
    await expect(httpFetch(url, { method: 'POST', body: '{}' })).rejects.toThrow('HTTP 999, a status outside 200–599');
  });
});
