/**
 * Replay bench: a suite of behavioral conversations (LLM simulator, an openai
 * agent that calls a tool, an LLM judge) recorded against the local fake
 * server answering after a fixed latency, then replayed from the cassette
 * with the server stopped. Prints both wall times and the speed-up (target
 * ≥ 10×), and checks the replay said the same things.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cassette, parseCassette, secretRedactor } from '../src/cassette/index.js';
import { createSuiteChatClient, planSuiteRun, runSuite } from '../src/pipeline/index.js';
import type { Results } from '../src/model/results.js';
import { loadSuite } from '../src/suite/index.js';
import { startFakeOpenAI } from '../test/support/fake-openai.js';

export const REPLAY_BENCH = { latencyMs: 50, tests: 8, runsPerTest: 3, concurrency: 8, target: 10 } as const;
const KEY = 'sk-bench-replay-000000';

export interface ReplayBenchResult {
  readonly recordMs: number;
  readonly replayMs: number;
  readonly speedUp: number;
  readonly calls: number;
}

export async function benchReplay(
  log: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<ReplayBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-bench-replay-'));
  const server = await startFakeOpenAI({ respond: reply, latencyMs: REPLAY_BENCH.latencyMs });
  try {
    await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(server.baseURL));
    const env = { OPENAI_API_KEY: KEY };
    const loaded = await loadSuite(join(dir, 'rehearse.yaml'), { cwd: dir, env });
    if (!loaded.ok) throw new Error(`bench suite invalid: ${JSON.stringify(loaded.issues)}`);
    const suite = loaded.suite;
    const plan = planSuiteRun(suite, {}, env);
    const run = async (cassette: Cassette, runEnv: Record<string, string>) => {
      const started = performance.now();
      const results = await runSuite({
        suite,
        plan,
        env: runEnv,
        chat: createSuiteChatClient(suite, runEnv),
        cwd: dir,
        cassette,
      });
      return { results, ms: performance.now() - started };
    };
    const recording = new Cassette({ mode: 'record', name: 'bench.jsonl', redactor: secretRedactor(env) });
    const recorded = await run(recording, env);
    await server.close();
    const replaying = new Cassette({
      mode: 'replay',
      name: 'bench.jsonl',
      redactor: secretRedactor({}),
      entries: parseCassette(recording.serialize(), 'bench.jsonl'),
    });
    const replayed = await run(replaying, {});
    if (replaying.misses.length > 0) throw new Error(`the replay missed calls: ${replaying.misses[0]}`);
    if (said(replayed.results) !== said(recorded.results))
      throw new Error('the replay did not say what the recording said');
    const speedUp = recorded.ms / replayed.ms;
    const calls = recording.stats.recorded;
    log(
      `replay: ${plan.trials.length} trials, ${calls} recorded calls at ${REPLAY_BENCH.latencyMs} ms latency: ` +
        `record ${Math.round(recorded.ms)} ms, replay ${Math.round(replayed.ms)} ms (offline, ` +
        `$${replaying.stats.replayedCostUsd.toFixed(4)} not spent): speed-up ${speedUp.toFixed(1)}× ` +
        `(target ≥ ${REPLAY_BENCH.target}×) ${speedUp >= REPLAY_BENCH.target ? 'ok' : 'BELOW TARGET'}`,
    );
    return { recordMs: recorded.ms, replayMs: replayed.ms, speedUp, calls };
  } finally {
    await server.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

function said(results: Results): string {
  return JSON.stringify(
    results.trials.map((trial) => [
      trial.id,
      trial.status,
      trial.transcript.map((event) => ('content' in event ? event.content : event.type)),
    ]),
  );
}

function reply(request: { model: string; messages: { role: string }[] }) {
  if (request.model === 'bench-judge') {
    return {
      content: JSON.stringify({
        parts: [{ part: 'answers', met: true, evidence: 'shipped' }],
        verdict: 'pass',
        reason: 'answered',
      }),
    };
  }
  if (request.model === 'bench-simulator') {
    const turns = request.messages.filter((message) => message.role === 'user').length;
    return { content: turns >= 3 ? 'Thanks, bye. <stop/>' : `And what about item ${turns}?` };
  }
  const last = request.messages[request.messages.length - 1];
  return last?.role === 'tool'
    ? { content: 'It has shipped.' }
    : { toolCalls: [{ name: 'lookup_order', arguments: { order_id: 'A-1' } }] };
}

function suiteYaml(baseURL: string): string {
  const tests = Array.from(
    { length: REPLAY_BENCH.tests },
    (_, index) =>
      `  - { id: t${index}, persona: p, scenario: s${index}, runs: ${REPLAY_BENCH.runsPerTest}, ` +
      `baseline_metrics: false, ` +
      `criteria: [{ type: tool_called, tool: lookup_order }, { type: expected_outcome }] }`,
  );
  const scenarios = Array.from(
    { length: REPLAY_BENCH.tests },
    (_, index) =>
      `  - { id: s${index}, type: behavioral, objective: "Track order ${index}", instructions: Ask., ` +
      `first_message: "Where is order ${index}?", expected_outcome: The agent says where it is., max_turns: 6 }`,
  );
  return (
    `version: 1
name: replay bench
simulator: { model: bench-simulator, base_url: "${baseURL}" }
judge: { model: bench-judge, base_url: "${baseURL}" }
pricing:
  bench-simulator: { input: 0.15, output: 0.6 }
  bench-agent: { input: 2.5, output: 10 }
  bench-judge: { input: 0.15, output: 0.6 }
agents:
  - { id: bot, type: openai, model: bench-agent, base_url: "${baseURL}", system_prompt: You track orders., ` +
    `tools: [lookup_order] }
tools:
  - name: lookup_order
    description: Look up an order.
    parameters: { type: object, properties: { order_id: { type: string } } }
    mock: { default: { output: { status: shipped } } }
personas:
  - { id: p, role: a customer }
scenarios:
${scenarios.join('\n')}
tests:
${tests.join('\n')}
run: { concurrency: ${REPLAY_BENCH.concurrency}, retries: 0 }
`
  );
}
