/**
 * Local HTTP servers for retry tests: each answers the n-th request (1-based) once it has been read whole, counts
 * what came, and is closed by `closeAll` (afterEach). `closedUrl` gives the URL of a port nothing listens on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Answer = (n: number, res: ServerResponse, req: IncomingMessage) => void;

export interface CountingServer {
  readonly url: string;
  /** How many requests came, read whole. */
  readonly seen: () => number;
}

export class CountingServers {
  private readonly servers: Server[] = [];

  /** `path`: what the URL ends with (`/agent`, `/orders`); `port`: a given one (0: any free one). */
  constructor(private readonly path: string) {}

  async start(answer: Answer, port = 0): Promise<CountingServer> {
    let count = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => answer(++count, res, req));
    });
    this.servers.push(server);
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${this.path}`, seen: () => count };
  }

  /** The URL of a port nothing listens on now (a server started, then closed). */
  async closedUrl(): Promise<string> {
    const probe = await this.start(() => {});
    const closing = this.servers.pop() as Server;
    await new Promise((resolve) => closing.close(resolve));
    return probe.url;
  }

  async closeAll(): Promise<void> {
    await Promise.all(
      this.servers.splice(0).map((server) => {
        server.closeAllConnections();
        return new Promise((resolve) => server.close(resolve));
      }),
    );
  }
}
