/**
 * The bench's LLM endpoint, in its own process so its CPU time is not counted
 * as the runner's. Prints `{"baseURL": …}` once listening; on a line "stats"
 * on stdin it prints its request count and CPU time.
 *
 * Usage: tsx bench/fake-server.ts <latencyMs>
 */
import { createInterface } from 'node:readline';
import { startFakeOpenAI } from '../test/support/fake-openai.js';

const latencyMs = Number(process.argv[2] ?? 50);
let userTurn = 0;

const server = await startFakeOpenAI({
  latencyMs,
  respond: (request) => {
    // The simulated user asks a fresh question each turn; the agent answers it.
    if (request.model === 'bench-simulator') return { content: `Could you also tell me about option ${++userTurn % 7}?` };
    return { content: 'Sure: option details are on your account page. Anything else?' };
  },
});
process.stdout.write(`${JSON.stringify({ baseURL: server.baseURL })}\n`);

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'stats') return;
  const cpu = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ requests: server.requests.length, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
