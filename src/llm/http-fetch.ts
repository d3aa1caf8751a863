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
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { urlToHttpOptions } from 'node:url';
import { MAX_RESPONSE_BYTES, responseTooLarge } from '../util/bounded.js';
import { bufferedResponse, type BufferedResponseInit } from './buffered-response.js';

/** Statuses whose responses have no body (as the built-in Response reads them: empty). */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * The call's own signal, handed to httpFetch past the SDK, in the request's `fetchOptions` (the SDK passes them on
 * as they are). Given to the SDK as `signal`, it was composed with the SDK's own through `AbortSignal.any`, and every
 * listener added to a composed signal costs bookkeeping on each signal it was made from: Node's abort code was 4.2% of
 * the calls' CPU, 2.9% now (the same profile as buffered-response.ts). The SDK's signal (its timeout) still comes as
 * `init.signal`; either one aborts. The SDK sees a cancel as an aborted fetch only: with `OPENAI_LOG=info` or finer
 * its log calls it "connection timed out" (Rehearse reports it as cancelled, client.ts).
 */
export const CALL_SIGNAL: unique symbol = Symbol('rehearse.callSignal');

/** What httpFetch is given: a RequestInit, and the call's own signal under CALL_SIGNAL. */
export type HttpFetchInit = RequestInit & { readonly [CALL_SIGNAL]?: AbortSignal };

export async function httpFetch(input: string | URL | Request, init: HttpFetchInit = {}): Promise<Response> {
  if (input instanceof Request) return fetch(input, init); // never sent by the SDK; kept correct anyway
  const target = requestTarget(input);
  const signals = [init.signal, init[CALL_SIGNAL]].filter((signal): signal is AbortSignal => Boolean(signal));
  for (const signal of signals) signal.throwIfAborted();
  const aborted = (): boolean => signals.some((signal) => signal.aborted);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers: Record<string, string> = {};
  // The SDK hands a Headers it built and checked: copied as it is, not checked again through a new one.
  const given = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
  given.forEach((value, name) => (headers[name] = value));
  const body =
    typeof init.body === 'string' ? init.body : init.body == null ? undefined : await new Response(init.body).text();
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));

  let cleanUp = (): void => undefined;
  const answer = new Promise<Response>((resolve, reject) => {
    const req = send({ ...target, method: init.method ?? 'GET', headers }, (res) => {
      readAll(decoded(res), res)
        // toResponse throws for what a Response cannot hold (a status of 999): that is this call's error, not an
        // unhandled rejection that ended the whole run.
        .then((buffer) => resolve(toResponse(res, buffer)))
        .catch((error: unknown) => reject(aborted() ? abortError() : error));
    });
    req.on('error', reject);
    // An abort destroys the request with an AbortError: the SDK and our retry policy read it as a cancel. One listener
    // per signal for the call's life, not http's `signal` option: that one also tracks the request's end through the
    // stream machinery, a few % of a call's CPU.
    if (signals.length > 0) {
      const onAbort = (): void => void req.destroy(abortError());
      for (const signal of signals) signal.addEventListener('abort', onAbort, { once: true });
      cleanUp = () => {
        for (const signal of signals) signal.removeEventListener('abort', onAbort);
      };
      // Aborted while a body that is not a string was read (above): no listener was there to see it.
      if (aborted()) onAbort();
    }
    req.end(body);
  });
  try {
    return await answer;
  } finally {
    cleanUp();
  }
}

/**
 * A URL as `http.request` options, worked out once per URL: the SDK sends every call of an endpoint to the same one,
 * and parsing it (then Node's own conversion of the URL) was ~1% of the CPU of a run's calls. Bounded: a new URL
 * past MAX_KNOWN_TARGETS starts the map over.
 */
const knownTargets = new Map<string, RequestOptions>();
const MAX_KNOWN_TARGETS = 256;

function requestTarget(input: string | URL): RequestOptions {
  const key = String(input);
  let target = knownTargets.get(key);
  if (!target) {
    if (knownTargets.size >= MAX_KNOWN_TARGETS) knownTargets.clear();
    target = urlToHttpOptions(new URL(key));
    knownTargets.set(key, target);
  }
  return target;
}

function abortError(): DOMException {
  return new DOMException('This operation was aborted', 'AbortError');
}

/** A Response holds 200–599 only (1xx are interim and never reach here). */
const MIN_STATUS = 200;
const MAX_STATUS = 599;

/** The body is already decoded and measured again: these would describe the wire, not it. */
const WIRE_HEADERS: ReadonlySet<string> = new Set(['content-encoding', 'content-length']);

function toResponse(res: IncomingMessage, buffer: Buffer): Response {
  const status = res.statusCode ?? 0;
  if (status < MIN_STATUS || status > MAX_STATUS)
    throw new Error(`HTTP ${status}, a status outside ${MIN_STATUS}–${MAX_STATUS}`);
  const init = {
    status,
    statusText: res.statusMessage ?? '',
    rawHeaders: res.rawHeaders,
    ...(res.headers['content-encoding'] ? { omit: WIRE_HEADERS } : {}),
    ...(NULL_BODY_STATUSES.has(status) ? { nullBody: true } : {}),
  };
  return sdkLogsHeaders() ? builtInResponse(buffer, init) : bufferedResponse(buffer, init);
}

/**
 * The SDK's debug log (`OPENAI_LOG=debug`) lists an answer's headers only from a real `Headers` (`instanceof`): then
 * the answer is the built-in Response, as it was before bufferedResponse (its cost matters little next to the log).
 */
function sdkLogsHeaders(): boolean {
  return process.env['OPENAI_LOG'] === 'debug';
}

function builtInResponse(buffer: Buffer, init: BufferedResponseInit): Response {
  const headers = new Headers();
  const raw = init.rawHeaders ?? [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    if (!init.omit?.has(name.toLowerCase())) headers.append(name, raw[i + 1] as string);
  }
  const body = init.nullBody ? null : new Uint8Array(buffer);
  return new Response(body, { status: init.status, statusText: init.statusText ?? '', headers });
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
