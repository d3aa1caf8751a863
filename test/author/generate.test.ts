import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cli } from '../../src/cli/main.js';
import { formatIssue, loadSuite } from '../../src/suite/index.js';
import { capturedIO } from '../support/cli-io.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';

let server: FakeOpenAI | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const PROMPT =
  "You are the support assistant of a shop. Help with order status and refunds. Never reveal other customers' data.";

async function project(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-generate-'));
  dirs.push(dir);
  await writeFile(join(dir, 'prompt.md'), PROMPT);
  const root = {
    version: 1,
    name: 'generated',
    include: ['rehearse/*.yaml'],
    agents: [{ id: 'bot', type: 'openai', model: 'gpt-4o-mini', system_prompt_file: 'prompt.md' }],
  };
  await writeFile(join(dir, 'rehearse.yaml'), JSON.stringify(root));
  return dir;
}

const persona = (id: string) => ({ id, role: 'A customer of the shop', traits: ['polite'] });
const profile = { id: 'ada', data: { first_name: 'Ada', order_id: 'A-1001' } };
const scenario = (id: string, category: string, extra: Record<string, unknown> = {}) => ({
  id,
  category,
  persona: 'calm',
  profile: 'ada',
  objective: 'Learn where the order is.',
  instructions: 'You are {{profile.first_name}}. First ask where order {{profile.order_id}} is. Then thank the agent.',
  first_message: 'Where is my order?',
  expected_outcome: 'The agent gives the status.',
  ...extra,
});

async function generate(dir: string, reply: string, extra: string[] = []) {
  server = await startFakeOpenAI({ respond: () => ({ content: reply }) });
  const io = capturedIO(dir, { OPENAI_API_KEY: 'test-key' });
  const code = await cli(
    [
      'generate',
      '--from-prompt',
      'prompt.md',
      '--count',
      '3',
      '--model',
      'gpt-test',
      '--base-url',
      server.baseURL,
      ...extra,
    ],
    io,
  );
  return { code, io };
}

describe('rehearse generate --from-prompt', () => {
  it('writes the proposed scenarios, personas and profiles, and the suite validates', async () => {
    const dir = await project();
    const reply = `\`\`\`yaml\n${stringify({
      personas: [persona('calm')],
      profiles: [profile],
      scenarios: [
        scenario('status-happy', 'happy-path'),
        scenario('status-typo', 'edge-case'),
        scenario('leak-attempt', 'red-team'),
      ],
    })}\`\`\``;
    const { code, io } = await generate(dir, reply, [
      '--categories',
      'happy-path,edge-case,red-team',
      '--guidance',
      "Include a customer who asks about someone else's order.",
    ]);
    expect(code).toBe(0);
    expect(io.text()).toContain('Kept 3 scenarios');
    const loaded = await loadSuite('rehearse.yaml', { cwd: dir, env: {} });
    if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
    expect(loaded.suite.tests.map((t) => t.id)).toEqual(['status-happy', 'status-typo', 'leak-attempt']);
    expect(loaded.suite.tests.find((t) => t.id === 'leak-attempt')!.tags).toContain('red-team');
    // The request carried the prompt, the count, the categories and the guidance.
    const sent = server!.requests[0]!.messages.map((m) => m.content).join('\n');
    for (const part of [PROMPT, 'Write 3 scenarios', 'red-team', "someone else's order"]) expect(sent).toContain(part);
  });

  it('keeps the usable part of a reply and says what it dropped and why', async () => {
    const dir = await project();
    const reply = stringify({
      personas: [persona('calm'), { id: 'no-role' }],
      profiles: [profile],
      scenarios: [
        scenario('good-one', 'happy-path'),
        scenario('missing-objective', 'edge-case', { objective: undefined }),
        scenario('unknown-key', 'edge-case', { instructions: 'You are {{profile.iban}}.' }),
        scenario('orphan', 'red-team', { persona: 'nobody' }),
      ],
    });
    const { code, io } = await generate(dir, reply);
    expect(code).toBe(0);
    const text = io.text();
    expect(text).toContain("dropped persona 'no-role': role:");
    expect(text).toContain("dropped scenario 'missing-objective': objective:");
    expect(text).toContain("dropped scenario 'unknown-key': '{{profile.iban}}': its profile has no key 'iban'");
    expect(text).toContain('dropped scenario \'orphan\': its persona "nobody"');
    expect(text).toContain('Kept 1 scenario');
    const written = await readFile(join(dir, 'rehearse/generated.yaml'), 'utf8');
    expect(written).toContain('good-one');
    expect(written).not.toContain('orphan');
    const loaded = await loadSuite('rehearse.yaml', { cwd: dir, env: {} });
    expect(loaded.ok).toBe(true);
  });

  it('writes nothing when the reply is not valid YAML, and says where it broke', async () => {
    const dir = await project();
    const { code, io } = await generate(dir, 'scenarios:\n  - id: a\n    objective: [unclosed\n  instructions: x\n');
    expect(code).toBe(1);
    expect(io.text()).toMatch(/not valid YAML at line \d+, column \d+/);
    expect(io.text()).toContain('nothing was written');
    expect(await readdir(dir)).not.toContain('rehearse');
  });

  it('proposes mock answers for the tools given with --tools, and drops tools the agent does not have', async () => {
    const dir = await project();
    await writeFile(
      join(dir, 'tools.json'),
      JSON.stringify([
        {
          type: 'function',
          function: {
            name: 'get_order',
            description: 'Look an order up.',
            parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
          },
        },
        { type: 'function', function: { name: 'refund_order', parameters: { type: 'object', properties: {} } } },
      ]),
    );
    const reply = stringify({
      personas: [persona('calm')],
      profiles: [profile],
      tools: [
        {
          name: 'get_order',
          description: 'whatever the model says',
          mock: {
            mappings: [{ when: { order_id: '{{profile.order_id}}' }, output: { status: 'shipped' } }],
            default: { output: { error: 'not found' } },
          },
        },
        { name: 'delete_account', mock: { default: { output: {} } } },
      ],
      scenarios: [scenario('status-happy', 'happy-path')],
    });
    const { code, io } = await generate(dir, reply, ['--tools', 'tools.json']);
    expect(code).toBe(0);
    expect(io.text()).toContain("dropped tool 'delete_account': not one of the tools given with --tools");
    expect(io.text()).toContain('Give your agent these tools (agents[].tools): get_order, refund_order');
    const sent = server!.requests[0]!.messages.map((m) => m.content).join('\n');
    expect(sent).toContain('"name": "refund_order"');
    const written = parse(await readFile(join(dir, 'rehearse/generated.yaml'), 'utf8')) as {
      tools: { name: string; description: string; mock: { mappings: unknown[] } }[];
    };
    // The given schema wins over the model's; a tool with no proposal still gets a mock that says so.
    expect(written.tools.map((t) => [t.name, t.description, t.mock.mappings.length])).toEqual([
      ['get_order', 'Look an order up.', 1],
      ['refund_order', '', 0],
    ]);
    const loaded = await loadSuite('rehearse.yaml', { cwd: dir, env: {} });
    if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
  });

  it('keeps the complete parts of a reply cut off inside its fence, and says what was dropped', async () => {
    const dir = await project();
    const full = stringify({
      personas: [persona('calm')],
      profiles: [profile],
      scenarios: [scenario('first', 'happy-path'), scenario('second', 'edge-case')],
    });
    // Cut in the middle of the second scenario, as a model at its output limit does.
    const cut = `\`\`\`yaml\n${full.slice(0, full.indexOf('id: second') + 40)}`;
    const { code, io } = await generate(dir, cut);
    expect(code).toBe(0);
    expect(io.text()).toContain('the reply was cut off (its ``` fence is never closed)');
    expect(io.text()).toContain("dropped the last scenario 'second' (it may be incomplete)");
    expect(io.text()).toContain('Kept 1 scenario');
    expect(io.text()).not.toContain('line 1, column 1');
  });

  it("reads finish_reason 'length' as a cut-off reply", async () => {
    const dir = await project();
    const full = stringify({
      personas: [persona('calm')],
      profiles: [profile],
      scenarios: [scenario('first', 'happy-path'), scenario('second', 'edge-case')],
    });
    server = await startFakeOpenAI({ respond: () => ({ content: full.slice(0, -25), finishReason: 'length' }) });
    const io = capturedIO(dir, { OPENAI_API_KEY: 'k' });
    const args = ['generate', '--from-prompt', 'prompt.md', '--model', 'm', '--base-url', server.baseURL];
    expect(await cli(args, io)).toBe(0);
    expect(io.text()).toContain("the reply was cut off (at the model's output limit)");
    expect(io.text()).toContain('Kept 1 scenario');
  });

  it('writes nothing when no proposed scenario is valid', async () => {
    const dir = await project();
    const { code, io } = await generate(dir, stringify({ personas: [persona('calm')], scenarios: [{ id: 'x' }] }));
    expect(code).toBe(1);
    expect(io.text()).toContain('no proposed scenario was valid');
    expect(await readdir(dir)).not.toContain('rehearse');
  });

  it('needs --from-prompt and --model, in one line each', async () => {
    const dir = await project();
    const a = capturedIO(dir);
    expect(await cli(['generate', '--model', 'm'], a)).toBe(2);
    expect(a.text()).toContain('--from-prompt <file> is required');
    const b = capturedIO(dir);
    expect(await cli(['generate', '--from-prompt', 'prompt.md'], b)).toBe(2);
    expect(b.text()).toContain('--model is required');
  });
});
