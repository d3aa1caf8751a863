/**
 * `rehearse run --resume` of a journal someone opened and saved in an editor that put a byte order mark before it:
 * the run resumes (runs only the trials left) instead of refusing the journal as "not a Rehearse run journal".
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands/run.js';
import { readResults } from '../../src/results/index.js';
import { capturedIO } from '../support/cli-io.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { tempDir } from '../support/temp-dir.js';

const ITEMS = 4;

let server: FakeOpenAI;
let dir: string;

beforeAll(async () => {
  server = await startFakeOpenAI({ respond: () => ({ content: 'It has shipped.' }) });
  dir = await tempDir('rehearse-resume-bom-');
  const items = Array.from(
    { length: ITEMS },
    (_, i) => `      - { id: i${i}, input: Where is my order?, expected_output: shipped }`,
  );
  // Each trial is one agent call of 15 tokens at $1000 per million input tokens: $0.01; a $0.02 budget stops the run.
  await writeFile(
    join(dir, 'rehearse.yaml'),
    `version: 1
name: resume-bom
pricing:
  agent-model: { input: 1000, output: 0 }
agents:
  - { id: bot, type: openai, model: agent-model, base_url: "${server.baseURL}", system_prompt: You help. }
datasets:
  - id: orders
    criteria: [{ type: expected_output, match: contains }]
    items:
${items.join('\n')}
run: { concurrency: 1, retries: 0 }
`,
  );
});

afterAll(async () => {
  await server?.close();
});

it('resumes a journal that starts with a UTF-8 BOM', async () => {
  const first = capturedIO(dir);
  await runCommand(['--budget', '0.02', '-o', 'results.json'], first);
  const journalName = (await readdir(join(dir, '.rehearse/runs'))).find((name) => name.endsWith('.journal.jsonl'));
  if (!journalName) throw new Error(`no journal kept: ${first.text()}`);
  const journalPath = join(dir, '.rehearse/runs', journalName);
  await writeFile(journalPath, `\uFEFF${await readFile(journalPath, 'utf8')}`);
  const callsBefore = server.requests.length;

  const io = capturedIO(dir);
  expect(await runCommand(['--resume', journalName.replace('.journal.jsonl', ''), '--budget', '5'], io)).toBe(0);
  expect(io.text()).not.toContain('not a Rehearse run journal');
  expect(io.out.join('')).toMatch(/Resuming: \d+ trials already finished/);
  const results = await readResults(join(dir, 'results.json'));
  expect(results.status).toBe('completed');
  expect(results.trials).toHaveLength(ITEMS);
  // Only the trials the journal did not hold were run again.
  const kept = ITEMS - (server.requests.length - callsBefore);
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(ITEMS);
});
