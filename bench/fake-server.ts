/**
 * The bench's LLM endpoint, in its own process so its CPU time is not counted
 * as the runner's. Prints `{"baseURL": …}` once listening; on a line "stats"
 * on stdin it prints its request count and CPU time.
 *
 * Each answer leaves exactly `latencyMs` after its request arrived: the clock
 * starts when the request does, not after the body was read and parsed, so
 * sixteen requests arriving together each see the same fixed latency instead
 * of the fixed latency plus their place in this process's queue. Same wire
 * format as test/support/fake-openai.ts (an OpenAI chat completion), but
 * nothing is kept per request.
 *
 * Usage: tsx bench/fake-server.ts <latencyMs>
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';

const latencyMs = Number(process.argv[2] ?? 50);
const USAGE = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
let userTurn = 0;
let requests = 0;
/** Σ (answer written − request arrived), to show the latency really is fixed. */
let servedMs = 0;

/** The simulated user asks a fresh question each turn; the agent answers it. */
function replyTo(model: string): string {
  return model === 'bench-simulator'
    ? `Could you also tell me about option ${++userTurn % 7}?`
    : 'Sure: option details are on your account page. Anything else?';
}

const server = createServer((req, res) => {
  const arrived = performance.now();
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    requests++;
    const { model } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model: string };
    const body = JSON.stringify({
      id: 'chatcmpl-bench',
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [
        { index: 0, message: { role: 'assistant', content: replyTo(model) }, finish_reason: 'stop', logprobs: null },
      ],
      usage: USAGE,
    });
    const due = arrived + latencyMs;
    const send = (): void => {
      // Timers count from the event loop's cached clock and may fire a little early: never answer before `due`.
      const left = due - performance.now();
      if (left > 0) {
        setTimeout(send, Math.ceil(left));
        return;
      }
      servedMs += performance.now() - arrived;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    };
    send();
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
process.stdout.write(`${JSON.stringify({ baseURL: `http://127.0.0.1:${port}/v1` })}\n`);

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'stats') return;
  const cpu = process.cpuUsage();
  const stats = { requests, cpuMs: (cpu.user + cpu.system) / 1000, meanLatencyMs: servedMs / Math.max(1, requests) };
  process.stdout.write(`${JSON.stringify(stats)}\n`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
