/**
 * The starter suite `rehearse init` writes: a pure function from the agent
 * kind to the files' paths and text, so a test can load, lint and run them.
 * One example of every suite element (persona, behavioral and scripted
 * scenario, profile, mock tool, tests with criteria, a set, a gate), and a
 * workflow that gates pull requests.
 */
import { ACTION_REF, CHECKOUT_ACTION, SCHEMA_LINE } from './constants.js';

export const AGENT_KINDS = ['command', 'openai', 'http'] as const;
export type AgentKind = (typeof AGENT_KINDS)[number];

export interface StarterFile {
  /** Relative to the directory `init` writes into, with `/` separators. */
  readonly path: string;
  readonly content: string;
  /** chmod +x (the command agent's script). */
  readonly executable?: boolean;
}

export const ROOT_FILE = 'rehearse.yaml';
export const WORKFLOW_FILE = '.github/workflows/rehearse.yml';

export interface StarterOptions {
  /** The branch whose pushes store the results pull requests compare with (the repository's default branch). */
  readonly branch?: string;
}

export function starterFiles(agent: AgentKind, options: StarterOptions = {}): StarterFile[] {
  const files: StarterFile[] = [
    { path: ROOT_FILE, content: rootFile(agent) },
    { path: 'rehearse/personas.yaml', content: PERSONAS },
    { path: 'rehearse/profiles.yaml', content: PROFILES },
    { path: 'rehearse/tools.yaml', content: TOOLS },
    { path: 'rehearse/scenarios.yaml', content: SCENARIOS },
    { path: 'rehearse/tests.yaml', content: TESTS },
    { path: WORKFLOW_FILE, content: workflow(agent, options.branch ?? 'main') },
  ];
  if (agent === 'command') files.push({ path: 'rehearse/agent.mjs', content: COMMAND_AGENT, executable: true });
  if (agent === 'openai') files.push({ path: 'rehearse/system-prompt.md', content: SYSTEM_PROMPT });
  return files;
}

function agentBlock(agent: AgentKind): string {
  switch (agent) {
    case 'command':
      return `# A local process speaking JSON lines (rehearse/agent.mjs is a small rule-based
# example: replace the command with your own agent).
agents:
  - id: support-bot
    type: command
    command: [node, rehearse/agent.mjs]
    tools: [lookup_order]
    timeout_ms: 10000`;
    case 'openai':
      return `# An OpenAI-compatible chat model with a system prompt and tools. The key is read
# from the environment variable named by api_key_env (never written here).
agents:
  - id: support-bot
    type: openai
    model: gpt-4o-mini
    system_prompt_file: rehearse/system-prompt.md
    tools: [lookup_order]`;
    case 'http':
      return `# Your agent behind an HTTP endpoint: it receives the conversation as JSON and
# answers with a reply or tool calls (see "The agent protocol" in the README).
agents:
  - id: support-bot
    type: http
    url: \${AGENT_URL}
    headers:
      authorization: Bearer \${AGENT_TOKEN}
    tools: [lookup_order]
    timeout_ms: 30000`;
  }
}

function rootFile(agent: AgentKind): string {
  return `${SCHEMA_LINE}
# Rehearse suite: simulated users talk to your agent; every conversation is
# judged against the tests' criteria. \`npx rehearse validate\` checks these files,
# \`npx rehearse run\` runs them.
version: 1
name: support-bot
include:
  - rehearse/*.yaml

# The simulated user of behavioral scenarios and the judge of LLM criteria.
# Without OPENAI_API_KEY, behavioral tests are skipped (listed with the reason)
# and the scripted ones (matched by regex, no LLM) still run.
simulator:
  model: gpt-4o-mini
judge:
  model: gpt-4o-mini

${agentBlock(agent)}

# The job fails when fewer than 80% of the tests pass, or a critical test fails.
# allow_skipped lets this starter run offline, before OPENAI_API_KEY is set:
# remove it once the key is a CI secret, so a missing key fails the job
# instead of skipping the behavioral test.
gate:
  min_pass_rate: 0.8
  fail_on: [critical, regression]
  allow_skipped: true

run:
  concurrency: 4
`;
}

const PERSONAS = `${SCHEMA_LINE}
personas:
  - id: calm-customer
    name: Calm customer
    role: A customer who ordered from the shop online
    background: Orders a few times a year; polite and patient.
    traits: [polite, patient]
  - id: impatient-customer
    name: Impatient customer
    role: A customer whose order is late
    background: Has already waited a week and wants a clear answer.
    traits: [impatient, terse]
`;

const PROFILES = `${SCHEMA_LINE}
# Test data: referenced as {{profile.key}} in scenarios and mock tools, and
# passed to the agent as context. Keep ids in step with the mock tools.
profiles:
  - id: ada-shipped
    description: An order that has shipped.
    data:
      first_name: Ada
      email: ada@example.com
      order_id: A-1001
  - id: ben-processing
    description: An order that is still being prepared.
    data:
      first_name: Ben
      email: ben@example.com
      order_id: B-2002
`;

const TOOLS = `${SCHEMA_LINE}
# Mock tools: the output returned for each input, and a default for the rest.
tools:
  - name: lookup_order
    description: Look up an order by its id.
    parameters:
      type: object
      properties:
        order_id: { type: string }
      required: [order_id]
    mock:
      mappings:
        - when: { order_id: A-1001 }
          output: { found: true, order_id: A-1001, status: shipped, eta: "in 2 days" }
        - when: { order_id: B-2002 }
          output: { found: true, order_id: B-2002, status: processing }
      default:
        output: { found: false }
`;

const SCENARIOS = `${SCHEMA_LINE}
scenarios:
  # Scripted: ordered conditions and verbatim actions. \`match: regex\` matches
  # the agent's replies without an LLM, so this runs offline.
  - id: order-status
    type: scripted
    match: regex
    description: The customer asks where the order is.
    max_turns: 4
    conditional_actions:
      role: You are a customer checking on an order.
      conditions:
        - id: 0
          condition: FIRST_MESSAGE
          action: "Hi, where is my order {{profile.order_id}}?"
          fixed_message: true
        - id: 1
          condition: The agent asks for the order number
          pattern: order number
          action: "It is {{profile.order_id}}."
          fixed_message: true
        - id: 2
          condition: The agent gives the order status
          pattern: 'is (shipped|processing|delivered)'
          action: Great, thanks! <endcall/>
          fixed_message: true

  # Behavioral: an objective and first-person instructions; the simulator
  # (an LLM) plays the user. Skipped when no simulator key is set.
  - id: late-order
    type: behavioral
    objective: Find out when a late order will arrive.
    instructions: >-
      You are {{profile.first_name}}. Your order {{profile.order_id}} is late.
      Ask where it is. Give the order number only when asked. If the agent
      gives a delivery estimate, thank it and end the conversation.
    first_message: My order still hasn't arrived.
    expected_outcome: The agent looks up the order and gives its status and, if known, when it will arrive.
    max_turns: 8
`;

const TESTS = `${SCHEMA_LINE}
tests:
  - id: order-status-shipped
    name: A shipped order's status is given
    persona: calm-customer
    scenario: order-status
    profile: ada-shipped
    priority: critical
    tags: [smoke]
    criteria:
      - { type: tool_called, tool: lookup_order }
      - { type: text, contains: shipped }
      - { type: turns, max: 3 }

  - id: order-status-processing
    persona: impatient-customer
    scenario: order-status
    profile: ben-processing
    tags: [smoke]
    criteria:
      - { type: tool_called, tool: lookup_order }
      - { type: text, contains: processing }

  - id: late-order
    name: A late order gets a clear answer
    persona: impatient-customer
    scenario: late-order
    profile: ada-shipped
    priority: high
    criteria:
      - { type: rubric, rubric: The agent stays polite and never invents a delivery date., threshold: 0.8 }

# A set runs chosen tests several times, to tell a real failure from a fluke.
sets:
  - id: regression
    description: The flows that matter, three times each.
    tests:
      - { test: order-status-shipped, runs: 3, min_pass_rate: 0.67 }
      - { test: late-order, runs: 3 }
`;

function workflow(agent: AgentKind, branch: string): string {
  const env =
    agent === 'http'
      ? [
          '',
          '        env:',
          '          AGENT_URL: ${{ secrets.AGENT_URL }}',
          '          AGENT_TOKEN: ${{ secrets.AGENT_TOKEN }}',
        ].join('\n')
      : '';
  return `# Rehearse on every pull request: runs rehearse.yaml, compares it with the last
# run on the base branch, comments on the pull request and gates the merge.
# Pushes to ${branch} store the results that the next pull request compares with.
#
# Fork-safe: pull requests from forks get a read-only token and no secrets.
# Rehearse then never fails on a 403: it warns, writes the job summary and
# uploads the results artifact, and the gate still decides. To comment on
# fork pull requests, split this into a run workflow and a \`workflow_run\`
# report workflow (README: "Fork-safe comments"); never check out and run a
# fork's code in a job that has write permissions or secrets.
name: Rehearse
on:
  pull_request:
  push:
    branches: [${/^[\w./-]+$/.test(branch) ? branch : JSON.stringify(branch)}]

permissions:
  contents: read        # check out the suite
  pull-requests: write  # the sticky PR comment
  checks: write         # the check run and its annotations
  actions: read         # download the previous run's artifact

concurrency:
  group: rehearse-\${{ github.ref }}
  cancel-in-progress: true

jobs:
  rehearse:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT_ACTION}
      - uses: ${ACTION_REF}${env}
        with:
          config: rehearse.yaml
          openai-api-key: \${{ secrets.OPENAI_API_KEY }}   # empty on forks: behavioral tests are skipped
          fail-on: regression,critical
`;
}

const SYSTEM_PROMPT = `You are the support assistant of an online shop.
Help customers with the status of their orders. When a customer mentions an
order, ask for its order number if you do not have it, then call
lookup_order and tell them its status. Never guess an order's status.
`;

/** A tiny rule-based agent, so the starter suite runs offline before the user plugs in theirs. */
const COMMAND_AGENT = `#!/usr/bin/env node
// Example \`command\` agent for Rehearse: one JSON request line per turn on
// stdin, one JSON response line on stdout. To use a tool it answers
// {"call_tools": [...]} and waits for the {"type": "tool_results"} line.
// Replace it with your own agent (any language that reads and writes lines).
import { createInterface } from 'node:readline';

const ORDER_ID = /\\b([A-Z]-\\d{4})\\b/i;
const waiting = new Map();
const send = (response) => process.stdout.write(\`\${JSON.stringify(response)}\\n\`);

function onTurn(request) {
  const last = request.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
  const orderId = ORDER_ID.exec(last)?.[1]?.toUpperCase();
  if (orderId) {
    const id = \`\${request.turn}-lookup\`;
    waiting.set(request.session_id, (results) => {
      const order = results.find((r) => r.id === id)?.output;
      if (!order || !order.found) return send({ reply: \`I couldn't find order \${orderId}.\` });
      const eta = order.eta ? \`, arriving \${order.eta}\` : '';
      send({ reply: \`Your order \${orderId} is \${order.status}\${eta}.\` });
    });
    return send({ call_tools: [{ id, name: 'lookup_order', arguments: { order_id: orderId } }] });
  }
  if (/thank|bye/i.test(last)) return send({ reply: 'You are welcome. Goodbye!' });
  return send({ reply: 'Hello! I can check your order. What is your order number?' });
}

createInterface({ input: process.stdin }).on('line', (line) => {
  if (!line.trim()) return;
  const message = JSON.parse(line);
  if (message.type === 'tool_results') {
    const resume = waiting.get(message.session_id);
    waiting.delete(message.session_id);
    return resume?.(message.results);
  }
  if (message.type === 'turn') return onTurn(message);
});
`;
