import { describe, expect, it } from 'vitest';
import { bufferedResponse } from '../../src/llm/buffered-response.js';

const init = { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' } };

/** What the built-in Response gives for the same bytes: the buffered one must read alike. */
function builtIn(bytes: Buffer): Response {
  return new Response(new Uint8Array(bytes), init);
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

  it('keeps status, status text, headers and instanceof Response; the blob has the content type', async () => {
    const response = bufferedResponse(Buffer.from('{"x":1}'), { ...init, status: 429, statusText: 'Too Many' });
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.statusText, response.ok]).toEqual([429, 'Too Many', false]);
    expect(response.headers.get('content-type')).toBe('application/json');
    const blob = await response.blob();
    expect([blob.type, await blob.text()]).toEqual(['application/json', '{"x":1}']);
  });

  it('does not share memory with the buffer it was given', async () => {
    const bytes = Buffer.from('abc');
    const copy = new Uint8Array(await bufferedResponse(bytes, init).arrayBuffer());
    bytes[0] = 0x7a;
    expect(Buffer.from(copy).toString()).toBe('abc');
  });
});
