/**
 * A local OpenAI-compatible chat-completions server for tests and benches.
 * Tests talk to it through the real `openai` client: nothing is mocked on our side.
 *
 * Each request is answered by `respond(request)`, which returns a reply, tool
 * calls, or a fault (429 with Retry-After, 500, a hang before or in the body, a connection reset).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatMessage {
  role: string;
  content?: string | null;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

export interface ChatRequestBody {
  model: string;
  messages: ChatMessage[];
  tools?: { type: 'function'; function: { name: string; description?: string; parameters?: unknown } }[];
  temperature?: number;
  response_format?: unknown;
  [key: string]: unknown;
}

export type FakeReply =
  | {
      content: string;
      usage?: { prompt_tokens: number; completion_tokens: number };
      finishReason?: 'length' | 'content_filter';
    }
  | { toolCalls: { name: string; arguments: unknown; id?: string }[]; content?: string }
  | { fault: 'rate_limit'; retryAfterSeconds?: number }
  | { fault: 'server_error'; status?: number; message?: string }
  /** 401 whose error body echoes the request's Authorization header and every other header (some gateways do). */
  | { fault: 'unauthorized_echo' }
  | { fault: 'hang' }
  /** A 200 whose headers and first bytes of body come, and then nothing more (a stream stalled mid-body). */
  | { fault: 'hang_body' }
  | { fault: 'reset' }
  /** A 200 that is not a completion: a body cut short, `choices: []`, or an error object. */
  | { fault: 'malformed_2xx'; body: 'truncated' | 'empty_choices' | 'error_object' };

export type Responder = (request: ChatRequestBody, index: number) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAIOptions {
  respond: Responder;
  /** Delay before every answer (faults included), ms. */
  latencyMs?: number;
}

export interface FakeOpenAI {
  /** Base URL to give the `openai` client, e.g. http://127.0.0.1:1234/v1 */
  readonly baseURL: string;
  /** Every request body received, in arrival order. */
  readonly requests: ChatRequestBody[];
  close(): Promise<void>;
}

const DEFAULT_USAGE = { prompt_tokens: 10, completion_tokens: 5 };

export async function startFakeOpenAI(options: FakeOpenAIOptions): Promise<FakeOpenAI> {
  const requests: ChatRequestBody[] = [];
  const hanging = new Set<ServerResponse>();

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: String(error), type: 'fake_server_error' } }));
      }
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
      return;
    }
    const body = JSON.parse(await readBody(req)) as ChatRequestBody;
    const index = requests.push(body) - 1;
    const reply = await options.respond(body, index);
    if (options.latencyMs) await sleep(options.latencyMs);
    writeReply(res, body, reply, hanging, req);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function writeReply(
  res: ServerResponse,
  body: ChatRequestBody,
  reply: FakeReply,
  hanging: Set<ServerResponse>,
  req: IncomingMessage,
): void {
  if ('fault' in reply) {
    switch (reply.fault) {
      case 'rate_limit':
        res.writeHead(429, {
          'content-type': 'application/json',
          ...(reply.retryAfterSeconds !== undefined ? { 'retry-after': String(reply.retryAfterSeconds) } : {}),
        });
        res.end(JSON.stringify({ error: { message: 'Rate limit reached', type: 'rate_limit_exceeded' } }));
        return;
      case 'server_error':
        res.writeHead(reply.status ?? 500, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ error: { message: reply.message ?? 'The server had an error', type: 'server_error' } }),
        );
        return;
      case 'unauthorized_echo':
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            error: {
              message: `Invalid credentials in Authorization: ${req.headers.authorization ?? '(none)'}`,
              type: 'invalid_request_error',
              headers: req.headers,
            },
          }),
        );
        return;
      case 'hang':
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      case 'hang_body':
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"id":"chatcmpl-fake","object":"chat.completion","choices":[');
        return;
      case 'reset':
        res.socket?.destroy();
        return;
      case 'malformed_2xx':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(MALFORMED_BODIES[reply.body]);
        return;
    }
  }
  const message: ChatMessage =
    'toolCalls' in reply
      ? {
          role: 'assistant',
          content: reply.content ?? null,
          tool_calls: reply.toolCalls.map((call, i) => ({
            id: call.id ?? `call_${i}`,
            type: 'function',
            function: {
              name: call.name,
              arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
            },
          })),
        }
      : { role: 'assistant', content: reply.content };
  const usage = ('usage' in reply && reply.usage) || DEFAULT_USAGE;
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      id: `chatcmpl-fake`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [
        {
          index: 0,
          message,
          finish_reason:
            ('finishReason' in reply && reply.finishReason) || (message.tool_calls ? 'tool_calls' : 'stop'),
          logprobs: null,
        },
      ],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    }),
  );
}

const MALFORMED_BODIES = {
  truncated: '{"id":"chatcmpl-fake","object":"chat.completion","choices":[{"index":0,"message":{"role":"assist',
  empty_choices: JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion', choices: [], usage: DEFAULT_USAGE }),
  error_object: JSON.stringify({ error: { message: 'upstream overloaded, try again', type: 'server_error' } }),
} as const;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The last message of a given role, handy inside responders. */
export function lastMessage(request: ChatRequestBody, role: string): string {
  for (let i = request.messages.length - 1; i >= 0; i--) {
    const message = request.messages[i];
    if (message?.role === role) return message.content ?? '';
  }
  return '';
}

/** `rehearse run`'s preflight probe (one token, "ping"): not a call of any conversation. */
export function isProbe(request: ChatRequestBody): boolean {
  return request.max_tokens === 1 && request.messages.length === 1 && request.messages[0]?.content === 'ping';
}

/** The requests a run's conversations and judges made, without its preflight probes. */
export function callsOf(server: Pick<FakeOpenAI, 'requests'>): ChatRequestBody[] {
  return server.requests.filter((request) => !isProbe(request));
}
