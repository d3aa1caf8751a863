/** A local OTLP/HTTP receiver for the trace tests: it keeps every request and answers with `status`. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  readonly url?: string;
  readonly type?: string;
  readonly auth?: string;
  readonly body: string;
}

export interface OtlpReceiver {
  /** http://127.0.0.1:<port>, without a path. */
  readonly url: string;
  readonly received: ReceivedRequest[];
  /** What the next requests are answered with (200 by default; anything else says "nope"). */
  status: number;
  /** A failing answer echoes the request's headers, as some gateways do (a 401 quoting the key it refused). */
  echoHeaders: boolean;
  close(): Promise<void>;
}

export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const received: ReceivedRequest[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        url: request.url,
        type: request.headers['content-type'],
        auth: request.headers.authorization,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const ok = receiver.status === 200;
      response
        .writeHead(receiver.status, { 'content-type': 'application/json' })
        .end(
          ok
            ? '{"partialSuccess":{}}'
            : receiver.echoHeaders
              ? `unauthorized: ${JSON.stringify(request.headers)}`
              : '::error::receiver down',
        );
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const receiver: OtlpReceiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    status: 200,
    echoHeaders: false,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  return receiver;
}
