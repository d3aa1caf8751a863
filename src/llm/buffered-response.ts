/**
 * The answer `httpFetch` hands the `openai` SDK: a body already read whole
 * (http-fetch.ts reads every body into one buffer), served from that buffer.
 *
 * Not undici's `Response`: making one per call (its `Headers`, filled and
 * checked through WebIDL conversions), then listing its headers again for the
 * SDK's log line, was ~4% of the CPU of the calls (a CPU profile of the peer
 * workload's calls, 2 s of them: undici 31 → 14 ms of 544 → 494 busy). What
 * the SDK reads of an answer is what this holds: `status`, `ok`,
 * `statusText`, `headers` (`get`, `has`, `entries`, iteration), `url`, `body`,
 * and one of the body's readers; it never checks `instanceof Response`. Its
 * debug log does check `instanceof Headers` to list them: with
 * `OPENAI_LOG=debug`, httpFetch answers with the built-in Response instead
 * (http-fetch.ts). The readers read as the built-in ones do: UTF-8 with a
 * leading BOM dropped, once only (a status without a body: empty, any number
 * of times). `body` stays null: nothing streams a completion (Rehearse never
 * asks for a stream).
 */
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export interface BufferedResponseInit {
  readonly status: number;
  readonly statusText?: string;
  /** The raw header lines as Node gives them: name, value, name, value, … */
  readonly rawHeaders?: readonly string[];
  /** Header names (lower case) left out: what describes the wire, not the decoded body. */
  readonly omit?: ReadonlySet<string>;
  /**
   * A status without a body (204, 205, 304): read as empty (whatever bytes came), as often as asked, as the built-in
   * reads one.
   */
  readonly nullBody?: boolean;
}

const NO_BYTES = Buffer.alloc(0);

/** An answer for `buffer` with `init`'s status and headers, typed as the `Response` a fetch returns. */
export function bufferedResponse(buffer: Buffer, init: BufferedResponseInit): Response {
  // The SDK's fetch type wants a Response; this holds every member the SDK (and Rehearse) reads of one.
  return new BufferedResponse(buffer, init) as unknown as Response;
}

class BufferedResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: ResponseHeaders;
  readonly url = '';
  readonly redirected = false;
  readonly type = 'default';
  readonly body = null;
  #buffer: Buffer | undefined;
  readonly #init: BufferedResponseInit;

  constructor(buffer: Buffer, init: BufferedResponseInit) {
    this.#buffer = init.nullBody ? NO_BYTES : buffer;
    this.#init = init;
    this.status = init.status;
    this.statusText = init.statusText ?? '';
    this.ok = init.status >= 200 && init.status <= 299;
    this.headers = new ResponseHeaders(init.rawHeaders ?? [], init.omit);
  }

  get bodyUsed(): boolean {
    return this.#buffer === undefined;
  }

  text(): Promise<string> {
    return this.#read(textOf);
  }

  json(): Promise<unknown> {
    return this.#read((bytes) => JSON.parse(textOf(bytes)) as unknown);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.#read((bytes) => new Uint8Array(bytes).buffer);
  }

  bytes(): Promise<Uint8Array> {
    return this.#read((bytes) => new Uint8Array(bytes));
  }

  blob(): Promise<Blob> {
    return this.#read((bytes) => new Blob([new Uint8Array(bytes)], { type: this.headers.get('content-type') ?? '' }));
  }

  clone(): BufferedResponse {
    if (this.#buffer === undefined) throw new TypeError('Response.clone: Body has already been consumed.');
    return new BufferedResponse(this.#buffer, this.#init);
  }

  /** The built-in readers reject rather than throw: so do these. */
  #read<T>(read: (bytes: Buffer) => T): Promise<T> {
    const bytes = this.#buffer;
    if (bytes === undefined) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    if (!this.#init.nullBody) this.#buffer = undefined;
    try {
      return Promise.resolve(read(bytes));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

function textOf(bytes: Buffer): string {
  const bom = bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
  return (bom ? bytes.subarray(3) : bytes).toString('utf8');
}

/**
 * A response's headers, read-only, as the Fetch standard lists them: names in lower case, a name's values joined
 * with ", " in the order received (each `set-cookie` kept apart when listed), the list sorted by name.
 */
class ResponseHeaders {
  /** Lower-case name → its values, in arrival order. */
  readonly #values = new Map<string, string[]>();
  /** The listing, made at the first one (the SDK lists every answer's headers once, for its log line). */
  #listed: readonly [string, string][] | undefined;

  constructor(raw: readonly string[], omit: ReadonlySet<string> = new Set()) {
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = (raw[i] as string).toLowerCase();
      if (omit.has(name)) continue;
      const value = trimmed(raw[i + 1] as string);
      const values = this.#values.get(name);
      if (values) values.push(value);
      else this.#values.set(name, [value]);
    }
  }

  get(name: string): string | null {
    return this.#values.get(name.toLowerCase())?.join(', ') ?? null;
  }

  has(name: string): boolean {
    return this.#values.has(name.toLowerCase());
  }

  getSetCookie(): string[] {
    return [...(this.#values.get('set-cookie') ?? [])];
  }

  entries(): IterableIterator<[string, string]> {
    // Fresh pairs, as the built-in gives: a caller changing one does not change the next listing.
    const pairs = this.#listing().map(([name, value]): [string, string] => [name, value]);
    return pairs[Symbol.iterator]();
  }

  #listing(): readonly [string, string][] {
    if (this.#listed) return this.#listed;
    const listed: [string, string][] = [];
    for (const name of [...this.#values.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const values = this.#values.get(name) as string[];
      if (name === 'set-cookie') for (const value of values) listed.push([name, value]);
      else listed.push([name, values.join(', ')]);
    }
    return (this.#listed = listed);
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  forEach(callback: (value: string, name: string, headers: ResponseHeaders) => void, thisArg?: unknown): void {
    for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this);
  }

  append(): never {
    return immutable();
  }

  set(): never {
    return immutable();
  }

  delete(): never {
    return immutable();
  }
}

/** The Fetch standard trims a value's leading and trailing HTTP whitespace (Node's parser mostly has already). */
function trimmed(value: string): string {
  const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
  if (value === '' || (!isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(value.length - 1)))) return value;
  return value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

/** A response's headers are immutable, as undici's are (its guard "immutable"). */
function immutable(): never {
  throw new TypeError('immutable');
}
