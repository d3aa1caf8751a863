/**
 * A hostile agent's answer cannot stop a run: tool-call arguments and a
 * command agent's reply nested 100,000 deep (one line of JSON) give a
 * finished run, results and reports, with the cut said where it happened.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { nestingCut, parseJsonBounded } from '../../src/util/bounded.js';
import { capturedIO } from '../support/cli-io.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';

const DEPTH = 100_000;
const deepJson = (depth: number) => `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;

const DEEP_COMMAND_AGENT = `import { createInterface } from 'node:readline';
for await (const line of createInterface({ input: process.stdin })) {
  if (JSON.parse(line).type !== 'turn') continue;
  process.stdout.write('{"reply":"deep","extra":' + '['.repeat(${DEPTH}) + ']'.repeat(${DEPTH}) + '}\\n');
}
`;

function suiteYaml(baseURL: string): string {
  return `version: 1
name: deep answers
agents:
  - id: deep-tools
    type: openai
    model: gpt-4o-mini
    base_url: "${baseURL}"
    api_key_env: LLM_ACCESS
    tools: [lookup]
  - { id: deep-command, type: command, command: [node, deep.mjs], timeout_ms: 10000 }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.6 }
run: { retries: 0 }
tools:
  - name: lookup
    parameters: { type: object }
    mock: { default: { output: { found: false } } }
datasets:
  - id: via-tools
    agent: deep-tools
    criteria: [{ type: tool_called, tool: lookup }]
    items: [{ id: one, input: look it up }]
  - id: via-command
    agent: deep-command
    criteria: [{ type: expected_output, match: contains }]
    items: [{ id: one, input: say deep, expected_output: deep }]
`;
}

let fake: FakeOpenAI;
let dir: string;

beforeAll(async () => {
  fake = await startFakeOpenAI({
    respond: (request) =>
      request.messages.some((message) => message.role === 'tool')
        ? { content: 'done' }
        : { toolCalls: [{ name: 'lookup', arguments: deepJson(DEPTH) }] },
  });
  dir = await mkdtemp(join(tmpdir(), 'rehearse-deep-'));
  await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(fake.baseURL));
  await writeFile(join(dir, 'deep.mjs'), DEEP_COMMAND_AGENT);
});

afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe('structures nested 100,000 deep from an agent', () => {
  it('the run finishes, the results and every report are written, the cut is named', async () => {
    const io = capturedIO(dir, { PATH: process.env['PATH'], LLM_ACCESS: 'not-a-real-key-123' });
    const status = await cli(['run', '-c', 'rehearse.yaml', '-o', 'out/results.json', '--report-dir', 'report'], io);
    expect(io.err.join('')).not.toMatch(/Maximum call stack|RangeError|\n\s+at /);
    expect([0, 1]).toContain(status);
    const results = await readFile(join(dir, 'out/results.json'), 'utf8');
    expect(results).toContain(nestingCut());
    expect(results.length).toBeLessThan(500_000);
    for (const format of ['md', 'html', 'junit', 'csv', 'json']) {
      const report = capturedIO(dir);
      expect(await cli(['report', 'out/results.json', '--format', format, '-o', `r.${format}`], report)).toBe(0);
      expect(report.err.join('')).not.toMatch(/RangeError|\n\s+at /);
    }
  });
});

describe('parseJsonBounded at the edge of its depth', () => {
  it('keeps a value as deep as allowed, cuts one container deeper, whatever brackets sit in strings', () => {
    const nested = (containers: number) => `${'['.repeat(containers)}"[[[{{{"${']'.repeat(containers)}`;
    const depthOf = (value: unknown): number => (Array.isArray(value) ? 1 + depthOf(value[0]) : 0);
    // Root at depth 0: maxDepth 3 allows 4 nested containers.
    expect(depthOf(parseJsonBounded(nested(4), 3))).toBe(4);
    expect(depthOf(parseJsonBounded(nested(5), 3))).toBe(4);
    expect(parseJsonBounded('{"a":"[[[[[[[[","b":{"c":[1]}}', 3)).toEqual({ a: '[[[[[[[[', b: { c: [1] } });
  });
});
