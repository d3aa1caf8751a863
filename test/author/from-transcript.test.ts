import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractProfileValues } from '../../src/author/profile-values.js';
import { parseTranscript } from '../../src/suite/transcript.js';
import { cli } from '../../src/cli/main.js';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { capturedIO } from '../support/cli-io.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';

const TRANSCRIPTS = resolve('fixtures/transcripts');
const ORDER_BOT = resolve('fixtures/demo/agent/order-bot.mjs');

const dirs: string[] = [];
let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** An empty suite directory whose root file runs the demo's rule-based bot with the given tools. */
async function suiteDir(include: string, tools: readonly string[], agentScript = ORDER_BOT): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-transcript-'));
  dirs.push(dir);
  await mkdir(join(dir, 'agent'));
  await cp(agentScript, join(dir, 'agent/bot.mjs'));
  const root = {
    version: 1,
    name: 'replay',
    include: [include],
    agents: [{ id: 'bot', type: 'command', command: ['node', 'agent/bot.mjs'], tools }],
  };
  await writeFile(join(dir, 'rehearse.yaml'), JSON.stringify(root));
  return dir;
}

const CASES = [
  {
    file: 'refund-damaged.json',
    format: 'openai-json',
    tools: ['lookup_order', 'refund_order'],
    outcome: ['refund_order'],
  },
  { file: 'order-status.jsonl', format: 'jsonl', tools: ['lookup_order'], outcome: [] },
  {
    file: 'change-address.txt',
    format: 'text',
    tools: ['lookup_order', 'update_address'],
    outcome: ['update_address'],
  },
] as const;

describe('rehearse scenario from-transcript', () => {
  it.each(CASES)(
    'turns $file ($format) into a suite that validates and passes against the same bot',
    async ({ file, format, tools, outcome }) => {
      const id = file.replace(/\.\w+$/, '');
      const dir = await suiteDir(`rehearse/${id}.yaml`, tools);
      const write = capturedIO(dir);
      expect(await cli(['scenario', 'from-transcript', join(TRANSCRIPTS, file)], write)).toBe(0);
      expect(write.text()).toContain(`(${format})`);

      const loaded = await loadSuite('rehearse.yaml', { cwd: dir, env: {} });
      if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
      const scenario = loaded.suite.scenarios[0]!;
      expect(scenario.type).toBe('scripted');
      const test = loaded.suite.tests[0]!;
      // One tool_called criterion per state-changing call (the lookups are the agent's way, not the outcome).
      expect(
        test.criteria
          .filter((c) => 'type' in c && c.type === 'tool_called')
          .map((c) => (c as { tool: string }).tool)
          .sort(),
      ).toEqual([...outcome].sort());
      // The facts the final answer states (ids, amounts, dates), unless the outcome is the call alone.
      if (file !== 'change-address.txt') expect(test.criteria.some((c) => 'type' in c && c.type === 'text')).toBe(true);

      const run = capturedIO(dir);
      expect(await cli(['run'], run)).toBe(0);
      expect(run.text()).toMatch(/Gate: ✅ 1\/1 tests passed/);
    },
    60_000,
  );

  it('in the suite init writes, leaves out the tools the suite declares already, and says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rehearse-transcript-'));
    dirs.push(dir);
    expect(await cli(['init'], capturedIO(dir))).toBe(0);
    const write = capturedIO(dir);
    expect(await cli(['scenario', 'from-transcript', join(TRANSCRIPTS, 'refund-damaged.json')], write)).toBe(0);
    expect(write.err.join('')).toMatch(
      /^note: tool 'lookup_order' is declared already \(rehearse\/tools\.yaml:\d+\): not written again/,
    );
    const written = parse(await readFile(join(dir, 'rehearse/refund-damaged.yaml'), 'utf8')) as {
      tools: { name: string }[];
    };
    expect(written.tools.map((tool) => tool.name)).toEqual(['refund_order']);
    // The starter includes rehearse/*.yaml: before, the second lookup_order made the suite fail to load.
    const loaded = await loadSuite('rehearse.yaml', { cwd: dir, env: {} });
    expect(loaded.ok ? [] : loaded.issues.map(formatIssue)).toEqual([]);
    // Written again with --force: the file being replaced does not count as declaring its own tools.
    const again = capturedIO(dir);
    const args = ['scenario', 'from-transcript', join(TRANSCRIPTS, 'refund-damaged.json'), '--force'];
    expect(await cli(args, again)).toBe(0);
    expect(again.err.join('')).not.toContain("'refund_order'");
  });

  it('fails the replay when the agent no longer does what the transcript shows', async () => {
    // The init starter bot looks orders up but never refunds: the refund criterion must fail.
    const starter = join(await mkdtemp(join(tmpdir(), 'rehearse-starter-')), 'x');
    dirs.push(resolve(starter, '..'));
    await cli(['init', '--dir', starter], capturedIO(process.cwd()));
    const dir = await suiteDir(
      'rehearse/refund-damaged.yaml',
      ['lookup_order', 'refund_order'],
      join(starter, 'rehearse/agent.mjs'),
    );
    expect(await cli(['scenario', 'from-transcript', join(TRANSCRIPTS, 'refund-damaged.json')], capturedIO(dir))).toBe(
      0,
    );
    const run = capturedIO(dir);
    expect(await cli(['run'], run)).toBe(1);
    expect(run.text()).toContain('refund_order called 0×');
  }, 60_000);

  it('pulls names, ids and emails into the profile and templates them in the actions', async () => {
    const dir = await suiteDir('rehearse/refund-damaged.yaml', ['lookup_order', 'refund_order']);
    await cli(['scenario', 'from-transcript', join(TRANSCRIPTS, 'refund-damaged.json')], capturedIO(dir));
    const written = parse(await readFile(join(dir, 'rehearse/refund-damaged.yaml'), 'utf8')) as {
      profiles: { data: Record<string, string> }[];
      scenarios: { conditional_actions: { conditions: { action: string }[] } }[];
    };
    expect(written.profiles[0]!.data).toMatchObject({
      first_name: 'Jane',
      last_name: 'Doe',
      email: 'jane.doe@example.com',
    });
    const actions = written.scenarios[0]!.conditional_actions.conditions.map((c) => c.action).join('\n');
    expect(actions).not.toContain('A-1001');
    expect(actions).not.toContain('jane.doe@example.com');
    expect(actions).toContain('{{profile.email}}');
  });

  it('extracts dates and named ids', () => {
    expect(extractProfileValues(['My booking number is BK-48213, check-in 2026-05-03. I am Omar.'])).toEqual([
      { key: 'date', value: '2026-05-03' },
      { key: 'booking_id', value: 'BK-48213' },
      { key: 'first_name', value: 'Omar' },
    ]);
  });

  it('finds names as people write them, and not words that only follow "I am"', () => {
    const names = (text: string) =>
      extractProfileValues([text])
        .filter((value) => value.key.endsWith('_name'))
        .map((value) => `${value.key}=${value.value}`);
    expect(names('Hi, I’m Dana Whitfield and my order is late')).toEqual(['first_name=Dana', 'last_name=Whitfield']);
    expect(names("hello, my name's Siobhan O'Brien")).toEqual(['first_name=Siobhan', "last_name=O'Brien"]);
    expect(names('this is José McDonald-Núñez speaking')).toEqual(['first_name=José', 'last_name=McDonald-Núñez']);
    expect(names('Name: Łukasz Zoë')).toEqual(['first_name=Łukasz', 'last_name=Zoë']);
    expect(names('You can call me Anne-Marie.')).toEqual(['first_name=Anne-Marie']);
    expect(names('I am Omar.')).toEqual(['first_name=Omar']);
    for (const text of [
      "I'm Sorry to bother you",
      'This is URGENT',
      'I am Looking for my parcel',
      'This is Urgent, please',
      'I am 42 years old',
      'this is about order A-1001',
      'MIAMI is where I am',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('reports a malformed line with file:line', () => {
    expect(() => parseTranscript('{"role":"user","content":"hi"}\n{"role": oops}\n', 'chat.jsonl')).toThrow(
      /^chat\.jsonl:2:1: not a JSON object/,
    );
    expect(() => parseTranscript('hello there\nUser: hi', 'chat.txt')).toThrow(
      /^chat\.txt:1:1: expected a line starting with "User:"/,
    );
  });

  it('never overwrites the output without --force', async () => {
    const dir = await suiteDir('rehearse/order-status.yaml', ['lookup_order']);
    expect(await cli(['scenario', 'from-transcript', join(TRANSCRIPTS, 'order-status.jsonl')], capturedIO(dir))).toBe(
      0,
    );
    const again = capturedIO(dir);
    expect(await cli(['scenario', 'from-transcript', join(TRANSCRIPTS, 'order-status.jsonl')], again)).toBe(2);
    expect(again.text()).toContain('this file exists: rehearse/order-status.yaml');
  });

  it('--behavioral: the model writes a behavioral scenario with profile placeholders (local fake server)', async () => {
    server = await startFakeOpenAI({
      respond: () => ({
        content: JSON.stringify({
          objective: 'Get a refund for a damaged espresso machine.',
          instructions:
            'You are {{profile.first_name}}. First say your machine arrived damaged. ' +
            'When asked, give order {{profile.id}}. Accept a refund.',
          first_message: 'My espresso machine arrived damaged.',
          expected_outcome: 'The agent looks the order up and issues a refund.',
        }),
      }),
    });
    const dir = await suiteDir('rehearse/refund-damaged.yaml', ['lookup_order', 'refund_order']);
    const io = capturedIO(dir, { OPENAI_API_KEY: 'test-key' });
    const args = [
      'scenario',
      'from-transcript',
      join(TRANSCRIPTS, 'refund-damaged.json'),
      '--behavioral',
      '--model',
      'gpt-test',
      '--base-url',
      server.baseURL,
    ];
    expect(await cli(args, io)).toBe(0);
    const loaded = await loadSuite('rehearse.yaml', { cwd: dir, env: {} });
    if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
    const scenario = loaded.suite.scenarios[0]!;
    expect(scenario.type).toBe('behavioral');
    expect(scenario.type === 'behavioral' && scenario.instructions).toContain('{{profile.first_name}}');
    // The model saw the conversation with values already replaced by placeholders.
    const sent = server.requests[0]!.messages.map((m) => m.content).join('\n');
    expect(sent).toContain('{{profile.id}}');
    expect(sent).not.toContain('jane.doe@example.com');
  });

  it('--behavioral: a reply that is not a usable scenario writes nothing', async () => {
    server = await startFakeOpenAI({
      respond: () => ({ content: JSON.stringify({ objective: 'x', instructions: 'Use {{profile.iban}}.' }) }),
    });
    const dir = await suiteDir('rehearse/x.yaml', []);
    const io = capturedIO(dir, { OPENAI_API_KEY: 'test-key' });
    const args = [
      'scenario',
      'from-transcript',
      join(TRANSCRIPTS, 'refund-damaged.json'),
      '--behavioral',
      '--model',
      'm',
      '--base-url',
      server.baseURL,
    ];
    expect(await cli(args, io)).toBe(2);
    expect(io.text()).toContain('{{profile.iban}}');
    expect(await readdir(dir)).not.toContain('rehearse');
  });
});
