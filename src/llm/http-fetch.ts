/**
 * The `fetch` the `openai` SDK is given: one HTTP/1.1 request on Node's own
 * `http`/`https` global agents (keep-alive, and `NODE_USE_ENV_PROXY` honoured
 * as by the built-in fetch), the body read into one buffer.
 *
 * Why not the built-in fetch: for a small JSON POST it costs several times the
 * CPU (WHATWG streams on both sides, header validation, a request object per
 * call). With many calls answering at once, that CPU queues on the event loop
 * and every round trip gets longer. The SDK still does everything else
 * (headers, auth, errors); we only move the bytes. Responses are read whole:
 * fine for the non-streaming completions Rehearse asks for.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { MAX_RESPONSE_BYTES, responseTooLarge } from '../util/bounded.js';
import { bufferedResponse } from './buffered-response.js';

/** Statuses whose responses have no body: `new Response` refuses one. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export async function httpFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  if (input instanceof Request) return fetch(input, init); // never sent by the SDK; kept correct anyway
  const url = new URL(input);
  const signal = init.signal ?? undefined;
  signal?.throwIfAborted();
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers: Record<string, string> = {};
  // The SDK hands a Headers it built and checked: copied as it is, not checked again through a new one.
  const given = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
  given.forEach((value, name) => (headers[name] = value));
  const body =
    typeof init.body === 'string' ? init.body : init.body == null ? undefined : await new Response(init.body).text();
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));

  let cleanUp = (): void => undefined;
  const answer = new Promise<Response>((resolve, reject) => {
    const req = send(url, { method: init.method ?? 'GET', headers }, (res) => {
      readAll(decoded(res), res)
        // toResponse throws for what a Response cannot hold (a status of 999): that is this call's error, not an
        // unhandled rejection that ended the whole run.
        .then((buffer) => resolve(toResponse(res, buffer)))
        .catch((error: unknown) => reject(signal?.aborted ? abortError() : error));
    });
    req.on('error', reject);
    // An abort destroys the request with an AbortError: the SDK and our retry policy read it as a cancel. One listener
    // for the call's life, not http's `signal` option: that one also tracks the request's end through the stream
    // machinery, a few % of a call's CPU.
    if (signal) {
      const onAbort = (): void => void req.destroy(abortError());
      signal.addEventListener('abort', onAbort, { once: true });
      cleanUp = () => signal.removeEventListener('abort', onAbort);
    }
    req.end(body);
  });
  try {
    return await answer;
  } finally {
    cleanUp();
  }
}

function abortError(): DOMException {
  return new DOMException('This operation was aborted', 'AbortError');
}

/** A Response holds 200–599 only (1xx are interim and never reach here). */
const MIN_STATUS = 200;
const MAX_STATUS = 599;

function toResponse(res: IncomingMessage, buffer: Buffer): Response {
  const status = res.statusCode ?? 0;
  if (status < MIN_STATUS || status > MAX_STATUS)
    throw new Error(`HTTP ${status}, a status outside ${MIN_STATUS}–${MAX_STATUS}`);
  const headers = new Headers();
  const raw = res.rawHeaders;
  const encoded = Boolean(res.headers['content-encoding']);
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    // The body is already decoded and measured again by Response: these would describe the wire, not it.
    if (encoded && /^content-(encoding|length)$/i.test(name)) continue;
    headers.append(name, raw[i + 1] as string);
  }
  const init = { status, statusText: res.statusMessage ?? '', headers };
  return NULL_BODY_STATUSES.has(status) ? new Response(null, init) : bufferedResponse(buffer, init);
}

/** Servers may compress even unasked (the built-in fetch decodes too). */
export function decoded(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (!decoder) return res;
  res.on('error', (error) => decoder.destroy(error));
  return res.pipe(decoder);
}

/** The body, whole; `source` is the response itself when `stream` decodes it (destroyed too when too large). */
export function readAll(stream: Readable, source: Readable = stream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let ended = false;
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_RESPONSE_BYTES) return void chunks.push(chunk);
      chunks.length = 0;
      ended = true; // not 'close' below: this is the error
      reject(responseTooLarge());
      stream.destroy();
      source.destroy();
    });
    stream.on('end', () => {
      ended = true;
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
    });
    stream.on('error', reject);
    // A response cut short (reset, abort mid-body) ends as 'aborted'/'close' without 'end'. Every response closes:
    // the error (and its stack) is made only for one that did not end.
    stream.on('close', () => {
      if (ended) return;
      reject(Object.assign(new Error('the connection closed before the response ended'), { code: 'ECONNRESET' }));
    });
  });
}
