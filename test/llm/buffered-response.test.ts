import { describe, expect, it } from 'vitest';
import { bufferedResponse } from '../../src/llm/buffered-response.js';

const init = { status: 200, statusText: 'OK', rawHeaders: ['Content-Type', 'application/json'] };

/** What the built-in Response gives for the same bytes and header lines: the buffered one must read alike. */
function builtIn(bytes: Buffer, raw: readonly string[] = init.rawHeaders, status = 200): Response {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return new Response(new Uint8Array(bytes), { status, statusText: 'OK', headers });
}

describe('bufferedResponse', () => {
  const corpus: [string, Buffer][] = [
    ['plain JSON', Buffer.from('{"a":"é","b":[1,2]}')],
    ['a leading UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"ok":true}')])],
    ['a BOM cut short', Buffer.from([0xef, 0xbb, 0x41])],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
    ['nothing', Buffer.alloc(0)],
    ['a slice of a larger buffer', Buffer.from('xx{"s":1}yy').subarray(2, 9)],
  ];

  it.each(corpus)('reads %s as the built-in Response does: text, bytes and arrayBuffer', async (_name, bytes) => {
    expect(await bufferedResponse(bytes, init).text()).toBe(await builtIn(bytes).text());
    expect(await bufferedResponse(bytes, init).bytes()).toEqual(await builtIn(bytes).bytes());
    const buffered = new Uint8Array(await bufferedResponse(bytes, init).arrayBuffer());
    expect(buffered).toEqual(new Uint8Array(await builtIn(bytes).arrayBuffer()));
    expect(buffered.byteLength).toBe(bytes.length);
  });

  it('parses JSON as the built-in does, and rejects what is not JSON', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('[1]')]);
    expect(await bufferedResponse(bom, init).json()).toEqual(await builtIn(bom).json());
    await expect(bufferedResponse(Buffer.from('not json'), init).json()).rejects.toThrow(SyntaxError);
  });

  it('is read once: a second read rejects and bodyUsed says so', async () => {
    const response = bufferedResponse(Buffer.from('{}'), init);
    expect(response.bodyUsed).toBe(false);
    await response.text();
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    await expect(response.json()).rejects.toThrow(TypeError);
  });

  it('keeps status, status text and ok; the blob has the content type', async () => {
    const response = bufferedResponse(Buffer.from('{"x":1}'), { ...init, status: 429, statusText: 'Too Many' });
    expect([response.status, response.statusText, response.ok]).toEqual([429, 'Too Many', false]);
    const okOf = (status: number) => bufferedResponse(Buffer.alloc(0), { status }).ok;
    expect([204, 200, 299, 300, 404].map(okOf)).toEqual(
      [204, 200, 299, 300, 404].map((status) => new Response(null, { status }).ok),
    );
    expect([response.body, response.url, response.redirected]).toEqual([null, '', false]);
    const blob = await response.blob();
    expect([blob.type, await blob.text()]).toEqual(['application/json', '{"x":1}']);
  });

  const headerCorpus: [string, string[]][] = [
    ['one header', ['Content-Type', 'application/json']],
    [
      'names in any case, listed sorted',
      ['X-B', '2', 'x-a', '1', 'X-REQUEST-ID', 'req_1', 'content-type', 'text/plain'],
    ],
    ['a name repeated: values joined in arrival order', ['Vary', 'Accept', 'X-Other', 'o', 'vary', 'Origin']],
    ['set-cookie listed one by one', ['Set-Cookie', 'a=1', 'X-Z', 'z', 'set-cookie', 'b=2; Path=/']],
    ['values with outer whitespace', ['X-Pad', ' \t padded\t ', 'Retry-After', ' 3 ']],
    ['an empty value', ['X-Empty', '']],
    ['no headers', []],
  ];

  it.each(headerCorpus)('lists and reads %s as the built-in Headers do', (_name, raw) => {
    const ours = bufferedResponse(Buffer.alloc(0), { status: 200, rawHeaders: raw }).headers;
    const theirs = builtIn(Buffer.alloc(0), raw).headers;
    expect([...ours]).toEqual([...theirs]);
    expect([...ours.entries()]).toEqual([...theirs.entries()]);
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    expect([...ours.values()]).toEqual([...theirs.values()]);
    expect(ours.getSetCookie()).toEqual(theirs.getSetCookie());
    const seen: string[] = [];
    ours.forEach((value, name) => seen.push(`${name}=${value}`));
    expect(seen).toEqual([...theirs].map(([name, value]) => `${name}=${value}`));
    for (const name of [...raw.filter((_, i) => i % 2 === 0), 'absent', 'X-A', 'SET-COOKIE']) {
      expect([ours.get(name), ours.has(name)]).toEqual([theirs.get(name), theirs.has(name)]);
    }
  });

  it('leaves out the header names it is told to (the wire encoding of a decoded body)', () => {
    const raw = ['Content-Encoding', 'gzip', 'Content-Length', '12', 'Content-Type', 'text/plain'];
    const headers = bufferedResponse(Buffer.alloc(0), {
      status: 200,
      rawHeaders: raw,
      omit: new Set(['content-encoding', 'content-length']),
    }).headers;
    expect([...headers]).toEqual([['content-type', 'text/plain']]);
  });

  it('lists the same headers each time, in fresh pairs', () => {
    const { headers } = bufferedResponse(Buffer.alloc(0), { status: 200, rawHeaders: ['B', '2', 'A', '1'] });
    const first = [...headers.entries()];
    (first[0] as [string, string])[1] = 'changed';
    expect([...headers.entries()]).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
  });

  it('has read-only headers, as a response has', () => {
    const { headers } = bufferedResponse(Buffer.alloc(0), init);
    expect(() => headers.set('x', '1')).toThrow(TypeError);
    expect(() => headers.append('x', '1')).toThrow(TypeError);
    expect(() => headers.delete('content-type')).toThrow(TypeError);
    expect(headers.get('content-type')).toBe('application/json');
  });

  it('clones an unread answer, each read once; an answer read cannot be cloned', async () => {
    const response = bufferedResponse(Buffer.from('{"a":1}'), init);
    const clone = response.clone();
    expect(await clone.json()).toEqual({ a: 1 });
    expect(await response.text()).toBe('{"a":1}');
    expect(() => response.clone()).toThrow(TypeError);
  });

  it('reads a status without a body (204) as empty, as often as asked, as the built-in does', async () => {
    const response = bufferedResponse(Buffer.alloc(0), { status: 204, nullBody: true });
    const builtInNull = new Response(null, { status: 204 });
    expect(await response.text()).toBe(await builtInNull.text());
    expect(await response.text()).toBe(await builtInNull.text());
    expect([response.bodyUsed, builtInNull.bodyUsed]).toEqual([false, false]);
    expect(await response.clone().arrayBuffer()).toEqual(await builtInNull.clone().arrayBuffer());
    await expect(response.json()).rejects.toThrow(SyntaxError);
    expect(await bufferedResponse(Buffer.from('stray'), { status: 204, nullBody: true }).text()).toBe('');
  });

  it('does not share memory with the buffer it was given', async () => {
    const bytes = Buffer.from('abc');
    const copy = new Uint8Array(await bufferedResponse(bytes, init).arrayBuffer());
    bytes[0] = 0x7a;
    expect(Buffer.from(copy).toString()).toBe('abc');
  });
});
