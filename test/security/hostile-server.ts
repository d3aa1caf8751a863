/**
 * One local server for the hostile-output tests: an `http` agent at `/agent`, and OpenAI-compatible endpoints at
 * `/<name>/v1/chat/completions` (the simulator's, the judge's). Each route answers by a behaviour the test sets, and
 * every answer can echo what the request carried: the Authorization header, the credentials of its URL, its query.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** What a route answers: a status, headers and a body (given what the request carried), or no answer at all. */
export type Behaviour = (request: SeenRequest, count: number) => Answer | 'hang';

export interface Answer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body: string;
}

export interface HostileServer {
  readonly origin: string;
  readonly seen: SeenRequest[];
  /** Behaviours by route prefix (`/agent`, `/sim`, `/judge`); a route without one answers 404. */
  readonly routes: Map<string, Behaviour>;
  /** Forgets the routes, the requests seen and the counts (the next request of each route is its first). */
  reset(): void;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  const seen: SeenRequest[] = [];
  const routes = new Map<string, Behaviour>();
  const counts = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: '' };
      const seenRequest: SeenRequest = { ...request, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(seenRequest);
      const route = [...routes.keys()].find((prefix) => seenRequest.url.startsWith(prefix));
      if (!route) return res.writeHead(404).end('no route');
      const count = (counts.get(route) ?? 0) + 1;
      counts.set(route, count);
      const answer = routes.get(route)!(seenRequest, count);
      if (answer === 'hang') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    routes,
    reset: () => {
      routes.clear();
      counts.clear();
      seen.length = 0;
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A chat completion whose reply is `content`. */
export function completion(content: string): Answer {
  return {
    status: 200,
    body: JSON.stringify({
      id: 'chatcmpl-hostile',
      object: 'chat.completion',
      created: 0,
      model: 'any',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    }),
  };
}
