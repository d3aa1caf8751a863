/**
 * One redactor on every path out: the key named only by `api_key_env`
 * (`LLM_ACCESS`, a name that says nothing) is sent back by the endpoints in
 * every encoding of the corpus — raw, any case, percent-encoded (per
 * character and per byte), JSON- and HTML-escaped, hex, base64 at every
 * alignment and wrapped over lines as MIME, split in three — and must appear
 * in no output: stdout, stderr, the results, every report format (the HTML
 * report's lowercased search index included), the cassette, the OTLP file,
 * and the errors of an OTLP receiver that echoes the key it refused.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { readResults, writeResults } from '../../src/results/index.js';
import { capturedIO } from '../support/cli-io.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { startOtlpReceiver, type OtlpReceiver } from '../support/otlp-receiver.js';
import { leaksIn, mimeWrapped, SECRET, secretForms, splitSecret } from './corpus.js';

/** Every encoding of the corpus in one reply, each on its own line; the split key as three separate remarks. */
function everyEncoding(): string {
  const forms = Object.entries(secretForms()).map(([name, form]) => `${name}: ${form}`);
  const [a, b, c] = splitSecret(3);
  return [...forms, mimeWrapped(), `first part ${a}`, `then ${b}`, `and last ${c}`].join('\n');
}

function suiteYaml(chatty: string, echoing: string): string {
  return `version: 1
name: every path
agents:
  - { id: chatty, type: openai, model: gpt-4o-mini, base_url: "${chatty}", api_key_env: LLM_ACCESS }
  - { id: echoing, type: openai, model: gpt-4o-mini, base_url: "${echoing}", api_key_env: LLM_ACCESS }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.6 }
run: { retries: 0 }
datasets:
  - id: via-chatty
    agent: chatty
    criteria: [{ type: expected_output, match: contains }]
    items: [{ id: fruit, input: Name a red fruit, expected_output: apple }]
  - id: via-echoing
    agent: echoing
    criteria: [{ type: expected_output, match: contains }]
    items: [{ id: fruit, input: Name a red fruit, expected_output: apple }]
`;
}

let chatty: FakeOpenAI;
let echoing: FakeOpenAI;
let receiver: OtlpReceiver;
let dir: string;
const env = () => ({ PATH: process.env['PATH'], LLM_ACCESS: SECRET });

beforeAll(async () => {
  chatty = await startFakeOpenAI({ respond: () => ({ content: everyEncoding() }) });
  echoing = await startFakeOpenAI({ respond: () => ({ fault: 'unauthorized_echo' }) });
  receiver = await startOtlpReceiver();
  dir = await mkdtemp(join(tmpdir(), 'rehearse-every-path-'));
  await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(chatty.baseURL, echoing.baseURL));
});

afterAll(async () => {
  await chatty.close();
  await echoing.close();
  await receiver.close();
  await rm(dir, { recursive: true, force: true });
});

function leaks(outputs: Record<string, string>): string[] {
  return Object.entries(outputs).flatMap(([name, text]) => leaksIn(text).map((form) => `${form} in ${name}`));
}

describe('the key in every encoding, on every path out', () => {
  it('run: stdout, stderr, results, reports, cassette, OTLP file and a failing OTLP receiver hold none', async () => {
    receiver.status = 401;
    receiver.echoHeaders = true;
    const io = capturedIO(dir, {
      ...env(),
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_HEADERS: `authorization=Bearer%20${encodeURIComponent(SECRET)}`,
    });
    await cli(
      ['run', '-c', 'rehearse.yaml', '-o', 'out/results.json', '--report-dir', 'report', '--record', 'calls.jsonl'],
      io,
    );
    const outputs: Record<string, string> = { 'run stdout': io.out.join(''), 'run stderr': io.err.join('') };
    for (const file of ['out/results.json', 'report/report.md', 'report/report.html', 'calls.jsonl'])
      outputs[file] = await readFile(join(dir, file), 'utf8');
    // The secret really went out and came back: the receiver was sent the key, the cassette holds the reply.
    expect(receiver.received.at(-1)?.auth).toBe(`Bearer ${SECRET}`);
    expect(outputs['run stderr']).toContain('HTTP 401');
    expect(outputs['calls.jsonl']).toContain('first part ***');
    expect(outputs['calls.jsonl']).toContain('hexUpper: ***');
    expect(leaks(outputs)).toEqual([]);
  });

  it('report, compare and export-otel of a results file holding the key: every format, file and stdout', async () => {
    // A results file from elsewhere that still holds the key in every encoding (a hand-made or older artifact).
    const clean = await readResults(join(dir, 'out/results.json'));
    const dirty = {
      ...clean,
      trials: clean.trials.map((trial) => ({
        ...trial,
        transcript: [
          ...trial.transcript,
          ...[...splitSecret(3), everyEncoding(), SECRET.toUpperCase()].map((content, index) => ({
            type: 'agent_message' as const,
            at: 10_000 + index,
            content,
            latencyMs: 5,
          })),
        ],
      })),
    };
    await writeResults(join(dir, 'dirty.json'), dirty);
    expect(leaksIn(await readFile(join(dir, 'dirty.json'), 'utf8')).length).toBeGreaterThan(5);

    const outputs: Record<string, string> = {};
    for (const format of ['md', 'html', 'junit', 'csv', 'json']) {
      const toFile = capturedIO(dir, env());
      await cli(['report', 'dirty.json', '--format', format, '-o', `export.${format}`], toFile);
      outputs[`report ${format}`] = await readFile(join(dir, `export.${format}`), 'utf8');
      outputs[`report ${format} stderr`] = toFile.err.join('');
      const toStdout = capturedIO(dir, env());
      await cli(['report', 'dirty.json', '--format', format], toStdout);
      outputs[`report ${format} stdout`] = toStdout.text();
      const compared = capturedIO(dir, env());
      await cli(['compare', 'out/results.json', 'dirty.json', '--format', format === 'csv' ? 'md' : format], compared);
      outputs[`compare ${format} stdout`] = compared.text();
    }
    const otel = capturedIO(dir, env());
    expect(await cli(['export-otel', 'dirty.json', '-o', 'traces.json'], otel), otel.text()).toBe(0);
    outputs['export-otel -o'] = await readFile(join(dir, 'traces.json'), 'utf8');
    const printed = capturedIO(dir, env());
    await cli(['export-otel', 'dirty.json'], printed);
    outputs['export-otel stdout'] = printed.text();

    receiver.status = 401;
    receiver.echoHeaders = true;
    const sent = capturedIO(dir, env());
    const status = await cli(
      ['export-otel', 'dirty.json', '--endpoint', receiver.url, '--header', 'authorization=Bearer ${LLM_ACCESS}'],
      sent,
    );
    expect(status).not.toBe(0);
    expect(sent.text()).toContain('HTTP 401');
    outputs['export-otel endpoint error'] = sent.text();
    expect(leaksIn(receiver.received.at(-1)!.body)).toEqual([]);
    // The HTML search index lowercases what it holds: it is there, without the key.
    expect(outputs['report html']).toContain('data-search=');
    expect(leaks(outputs)).toEqual([]);
    expect(await readdir(dir)).toContain('traces.json');
  });
});
