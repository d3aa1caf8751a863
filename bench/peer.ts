/**
 * The peer workload: 50 conversations × 5 turns, 8 LLM calls in flight, 50 ms
 * per call (the endpoint in its own process). Rehearse (`runPlan`, started
 * directly) against a plain fetch loop making the same calls: 8 workers, each
 * taking the next conversation and making its calls one after another. Prints
 * wall-time ratio (target ≤ 1.0×) and when the first trial finished: with
 * slots going to the oldest started trial, about one conversation's time.
 *
 * Usage: npx tsx bench/peer.ts   (also run by `npm run bench`)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChatClient } from '../src/llm/index.js';
import { planRun } from '../src/plan/index.js';
import { runPlan } from '../src/runner/index.js';
import { loadSuite } from '../src/suite/index.js';
import { benchSuiteYaml, startServer, type ServerHandle } from './runner.js';

export const PEER = { conversations: 50, turns: 5, inFlight: 8, latencyMs: 50, rounds: 3, target: 1.0 } as const;

export interface PeerBenchResult {
  readonly ratio: number;
  readonly firstTrialMs: number;
  readonly conversationMs: number;
}

export async function benchPeer(
  log: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<PeerBenchResult> {
  const server = await startServer(PEER.latencyMs);
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-peer-'));
  try {
    await writeFile(
      join(dir, 'rehearse.yaml'),
      benchSuiteYaml({
        name: 'peer',
        baseURL: server.baseURL,
        turns: PEER.turns,
        concurrency: PEER.inFlight,
        runs: [PEER.conversations],
      }),
    );
    const loaded = await loadSuite(join(dir, 'rehearse.yaml'), { cwd: dir, env: {} });
    if (!loaded.ok) throw new Error(`peer suite invalid: ${JSON.stringify(loaded.issues)}`);
    const suite = loaded.suite;
    log(
      `peer: ${PEER.conversations} conversations × ${PEER.turns} turns, ${PEER.inFlight} LLM calls in flight, ` +
        `${PEER.latencyMs} ms per call; ${PEER.rounds} rounds, alternating`,
    );
    const ratios: number[] = [];
    const firsts: number[] = [];
    let callsPerConversation = 0;
    for (let round = 1; round <= PEER.rounds; round++) {
      const before = (await server.stats()).requests;
      const plan = planRun(suite, { simulatorAvailable: true });
      const chat = createChatClient({ env: {}, pricing: suite.pricing, callTimeoutMs: 10_000, retries: 0 });
      const finishedAt: number[] = [];
      const started = performance.now();
      await runPlan({
        suite,
        plan,
        env: {},
        chat,
        concurrency: PEER.inFlight,
        cwd: dir,
        git: {},
        onTrialDone: () => finishedAt.push(performance.now() - started),
      });
      const rehearseMs = performance.now() - started;
      const calls = (await server.stats()).requests - before;
      callsPerConversation = calls / PEER.conversations;
      const loopMs = await fetchLoop(server, callsPerConversation);
      const ratio = rehearseMs / loopMs;
      ratios.push(ratio);
      firsts.push(finishedAt[0] ?? Number.NaN);
      const half = finishedAt[Math.floor(finishedAt.length / 2)] ?? Number.NaN;
      log(
        `peer: round ${round}: Rehearse ${(rehearseMs / 1000).toFixed(2)} s, fetch loop ` +
          `${(loopMs / 1000).toFixed(2)} s, ratio ${ratio.toFixed(3)}; ` +
          `first trial finished at ${finishedAt[0]?.toFixed(0)} ms, half of them by ${half.toFixed(0)} ms`,
      );
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
    const conversationMs = callsPerConversation * PEER.latencyMs;
    const result = { ratio: median(ratios), firstTrialMs: median(firsts), conversationMs };
    log(
      `peer: Rehearse / fetch loop = ${result.ratio.toFixed(3)}× (median of ${PEER.rounds}; target ≤ ` +
        `${PEER.target.toFixed(1)}×)`,
    );
    log(
      `peer: first trial finished after ${result.firstTrialMs.toFixed(0)} ms (one conversation = ` +
        `${callsPerConversation} calls × ${PEER.latencyMs} ms = ${conversationMs} ms)`,
    );
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
    server.stop();
  }
}

/** The same calls without Rehearse: `inFlight` workers, each running whole conversations of sequential POSTs. */
async function fetchLoop(server: ServerHandle, callsPerConversation: number): Promise<number> {
  let next = 0;
  const url = `${server.baseURL}/chat/completions`;
  const worker = async (): Promise<void> => {
    while (next < PEER.conversations) {
      next++;
      const messages: { role: string; content: string }[] = [
        { role: 'system', content: 'You are a helpful support agent.' },
      ];
      for (let call = 0; call < callsPerConversation; call++) {
        const model = call % 2 === 0 ? 'bench-agent' : 'bench-simulator';
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer local' },
          body: JSON.stringify({ model, messages }),
        });
        const body = (await response.json()) as { choices: { message: { content: string } }[] };
        messages.push({ role: call % 2 === 0 ? 'assistant' : 'user', content: body.choices[0]?.message.content ?? '' });
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: PEER.inFlight }, worker));
  return performance.now() - started;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPeer();
