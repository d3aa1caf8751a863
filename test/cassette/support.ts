/** A suite with an LLM simulator, an openai agent that calls a tool, and an LLM judge, all on the local fake server. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import type { ChatRequestBody, FakeReply } from '../support/fake-openai.js';

export const KEY = 'sk-test-cassette-0123456789';

export interface SuiteKnobs {
  readonly systemPrompt?: string;
  readonly turnsMax?: number;
  readonly outcomeThreshold?: number;
  /** Leave the LLM-judged criterion out. */
  readonly noJudge?: boolean;
}

export async function writeSuite(dir: string, baseURL: string, knobs: SuiteKnobs = {}): Promise<string> {
  const criteria = [
    '{ type: tool_called, tool: lookup_order }',
    `{ type: turns, max: ${knobs.turnsMax ?? 5} }`,
    ...(knobs.noJudge ? [] : [`{ type: expected_outcome, threshold: ${knobs.outcomeThreshold ?? 0.5} }`]),
  ];
  const suite = `version: 1
name: cassette
simulator: { model: sim-model, base_url: "${baseURL}" }
judge: { model: judge-model, base_url: "${baseURL}" }
agents:
  - id: bot
    type: openai
    model: agent-model
    base_url: "${baseURL}"
    system_prompt: "${knobs.systemPrompt ?? 'You help with orders.'}"
    tools: [lookup_order]
tools:
  - name: lookup_order
    description: Look up an order by its id.
    parameters: { type: object, properties: { order_id: { type: string } }, required: [order_id] }
    mock:
      default: { output: { status: shipped } }
personas:
  - { id: p, role: a customer }
scenarios:
  - id: status
    type: behavioral
    objective: Learn the status of order A-1
    instructions: Ask politely.
    first_message: Where is my order A-1?
    expected_outcome: The agent gives the order's status.
    max_turns: 4
tests:
  - id: order-status
    persona: p
    scenario: status
    runs: 2
    tags: [x, y]
    baseline_metrics: false
    criteria: [${criteria.join(', ')}]
run: { concurrency: 2, retries: 0 }
`;
  const path = join(dir, 'rehearse.yaml');
  await writeFile(path, suite);
  return path;
}

/**
 * The fake server's script. The simulator's and the judge's words carry a
 * counter, so a second live run would differ from the first: a replay that
 * matches the recording did not call the server.
 */
export function responder(): (request: ChatRequestBody) => FakeReply {
  let said = 0;
  return (request) => {
    if (request.model === 'judge-model') {
      return {
        content: JSON.stringify({
          parts: [
            { part: 'gives the status', met: true, evidence: 'shipped' },
            { part: 'gives a delivery date', met: false, evidence: 'no date given' },
          ],
          verdict: 'fail',
          reason: `status given, no date (judgement ${++said})`,
        }),
      };
    }
    if (request.model === 'sim-model') return { content: `Thank you, that is all (${++said}). <stop/>` };
    const toolAnswered = request.messages.some((message) => message.role === 'tool');
    return toolAnswered
      ? { content: 'Your order A-1 has shipped.' }
      : { toolCalls: [{ name: 'lookup_order', arguments: { order_id: 'A-1' }, id: `call_${++said}` }] };
  };
}

export function captureIO(cwd: string, env: CliIO['env']): CliIO & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env,
    isTTY: false,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
