/**
 * 0 occurrences of a secret in every output of a CLI run, with the worst
 * neighbours: an endpoint that answers 401 echoing the Authorization header,
 * an endpoint whose 2xx reply carries the key (raw, URL-encoded, in a Basic
 * header), a command agent that prints its whole environment, and one that
 * crashes dumping its config on stderr. The secret is named only by
 * `api_key_env` (its variable name and value look like nothing in particular).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { cli } from '../../src/cli/main.js';
import { callsOf, isProbe, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { leaksIn, SECRET, TERMINAL_ATTACK } from './corpus.js';

const ENV_PRINTER =
  `import { createInterface } from 'node:readline';
for await (const line of createInterface({ input: process.stdin })) {
  const request = JSON.parse(line);
  if (request.type !== 'turn') continue;
  process.stdout.write(JSON.stringify({ reply: ${JSON.stringify(TERMINAL_ATTACK)} + JSON.stringify(process.env) ` +
  `}) + '\\n');
}
`;
const CRASHER =
  `const config = { endpoint: 'https://llm.example', apiKey: process.env.LLM_ACCESS, basic: ` +
  `Buffer.from('bot:' + process.env.LLM_ACCESS).toString('base64') };
process.stderr.write('fatal: cannot start with config ' + JSON.stringify(config, null, 2) + '\\nkey=' + ` +
  `encodeURIComponent(process.env.LLM_ACCESS) + '\\n');
process.exit(3);
`;

function suiteYaml(echoing: string, chatty: string): string {
  return `version: 1
name: leaky neighbours
agents:
  - { id: echoing-endpoint, type: openai, model: gpt-4o-mini, base_url: "${echoing}", api_key_env: LLM_ACCESS }
  - { id: chatty-endpoint, type: openai, model: gpt-4o-mini, base_url: "${chatty}", api_key_env: LLM_ACCESS }
  - { id: env-printer, type: command, command: [node, env-printer.mjs], timeout_ms: 10000 }
  - { id: crasher, type: command, command: [node, crasher.mjs], timeout_ms: 10000 }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.6 }
run: { retries: 0 }
datasets:
${['echoing-endpoint', 'chatty-endpoint', 'env-printer', 'crasher']
  .map(
    (agent) =>
      `  - id: via-${agent}\n    agent: ${agent}\n    criteria: [{ type: expected_output, match: contains }]\n  ` +
      `  items: [{ id: fruit, input: Name a red fruit, expected_output: apple }]`,
  )
  .join('\n')}
`;
}

function captureIO(cwd: string): CliIO & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const env = { PATH: process.env['PATH'], LLM_ACCESS: SECRET };
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

let echoing: FakeOpenAI;
let chatty: FakeOpenAI;
let dir: string;

beforeAll(async () => {
  // The preflight probe is let through (a key revoked mid-run): the trial's own call gets the hostile echo.
  echoing = await startFakeOpenAI({
    respond: (request) => (isProbe(request) ? { content: 'ok' } : { fault: 'unauthorized_echo' }),
  });
  const basic = Buffer.from(`bot:${SECRET}`).toString('base64');
  chatty = await startFakeOpenAI({
    respond: () => ({ content: `Sure! Your key is ${SECRET}, as a URL ${encodeURIComponent(SECRET)}, Basic ${basic}` }),
  });
  dir = await mkdtemp(join(tmpdir(), 'rehearse-leaks-'));
  await writeFile(join(dir, 'rehearse.yaml'), suiteYaml(echoing.baseURL, chatty.baseURL));
  await writeFile(join(dir, 'env-printer.mjs'), ENV_PRINTER);
  await writeFile(join(dir, 'crasher.mjs'), CRASHER);
});

afterAll(async () => {
  await echoing.close();
  await chatty.close();
  await rm(dir, { recursive: true, force: true });
});

describe('no secret in any CLI output', () => {
  it(
    'run, every report format and the stored run hold 0 forms of the key; the hostile text ' + 'itself still flows',
    async () => {
      const run = captureIO(dir);
      await cli(['run', '-c', 'rehearse.yaml', '-o', 'out/results.json', '--report-dir', 'report'], run);
      const outputs: Record<string, string> = { stdout: run.out(), stderr: run.err() };
      for (const format of ['md', 'html', 'junit', 'csv', 'json'] as const) {
        const io = captureIO(dir);
        expect(await cli(['report', 'out/results.json', '--format', format, '-o', `export.${format}`], io)).toBe(0);
        outputs[`export.${format}`] = await readFile(join(dir, `export.${format}`), 'utf8');
        const toStdout = captureIO(dir);
        await cli(['report', 'out/results.json', '--format', format], toStdout);
        outputs[`report ${format} (stdout)`] = toStdout.out();
      }
      for (const file of ['out/results.json', 'report/report.md', 'report/report.html'])
        outputs[file] = await readFile(join(dir, file), 'utf8');
      for (const stored of await readdir(join(dir, '.rehearse/runs')))
        outputs[stored] = await readFile(join(dir, '.rehearse/runs', stored), 'utf8');

      const leaks = Object.entries(outputs).flatMap(([name, text]) =>
        leaksIn(text).map((form) => `${form} in ${name}`),
      );
      expect(leaks).toEqual([]);

      // The secret really went out to every neighbour and came back: the endpoint saw it, the trials carry the redacted
      // echo.
      expect(callsOf(echoing)).toHaveLength(1);
      const results = JSON.parse(outputs['out/results.json']!) as {
        trials: { testId: string; status: string; reason?: string }[];
      };
      const text = (id: string) => JSON.stringify(results.trials.find((trial) => trial.testId.includes(id)));
      expect(text('echoing-endpoint')).toContain('Invalid credentials in Authorization: Bearer ***');
      expect(text('chatty-endpoint')).toContain('Your key is ***');
      expect(text('env-printer')).toContain('\\"LLM_ACCESS\\":\\"***\\"');
      expect(text('env-printer')).toContain('PATH');
      expect(text('crasher')).toContain('the agent process exited (code 3)');
      expect(text('crasher')).toContain('***');
    },
  );

  it('the terminal gets no escape sequence, BEL, NUL, backspace or lone CR from an agent reply', async () => {
    const run = captureIO(dir);
    await cli(['run', '-c', 'rehearse.yaml', '--test', 'via-env-printer/fruit'], run);
    const report = captureIO(dir);
    await cli(
      [
        'report',
        join(dir, '.rehearse/runs', (await readdir(join(dir, '.rehearse/runs'))).sort().at(-1)!),
        '--format',
        'md',
      ],
      report,
    );
    for (const output of [run.out(), run.err(), report.out()]) {
      expect(output).not.toMatch(/[\u001b\u0007\u0000\u0008\u009b]|\r(?!\n)/);
    }
    // The reply is shown as text, the fake verdict included, just inert.
    expect(run.out()).toMatch(/via-env-printer/);
  });

  it('a key pasted into api_key_env is not printed back by validation', async () => {
    await writeFile(
      join(dir, 'pasted.yaml'),
      `version: 1\nname: pasted\nagents:\n  - { id: a, type: openai, model: m, api_key_env: ` +
        `"${SECRET.replace(/"/g, '')}" }\ndatasets:\n  - { id: d, items: [{ id: i, input: hi }] }\n`,
    );
    for (const command of ['validate', 'run']) {
      const io = captureIO(dir);
      expect(await cli([command, '-c', 'pasted.yaml'], io)).not.toBe(0);
      expect(io.err()).toMatch(/pasted\.yaml:4:\d+: api_key_env: expected the name of the environment variable/);
      expect(leaksIn(io.out() + io.err(), SECRET.replace(/"/g, ''))).toEqual([]);
    }
  });
});
