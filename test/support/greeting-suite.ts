/**
 * The small suite many CLI tests run end to end without an LLM or a network: a command agent (`bot.mjs`, a node
 * script) that answers every turn, a scripted customer who says "Hi" and leaves once greeted, and one test judged by
 * a text criterion on "hello".
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A command agent that greets on every turn: each test passes. */
export const GREETING_BOT = `import { createInterface } from 'node:readline';
createInterface({ input: process.stdin }).on('line', (line) => {
  if (JSON.parse(line).type !== 'turn') return;
  process.stdout.write(JSON.stringify({ reply: 'Hello, how can I help?' }) + '\\n');
});
`;

export interface GreetingSuite {
  readonly name: string;
  /** The test's run count. */
  readonly runs: number;
  /** The test's `baseline_metrics`; absent: not written (the suite's default). */
  readonly baselineMetrics?: boolean;
  /** The suite's `run.concurrency`; absent: not written. */
  readonly concurrency?: number;
}

/** The suite's YAML (`rehearse.yaml`). */
export function greetingSuite({ name, runs, baselineMetrics, concurrency }: GreetingSuite): string {
  return [
    'version: 1',
    `name: ${name}`,
    'agents:',
    '  - { id: bot, type: command, command: [node, bot.mjs] }',
    'personas:',
    '  - { id: p, role: a customer }',
    'scenarios:',
    '  - id: greet',
    '    type: scripted',
    '    match: keywords',
    '    conditional_actions:',
    '      role: You are a customer.',
    '      conditions:',
    '        - { id: 0, condition: FIRST_MESSAGE, action: Hi, fixed_message: true }',
    '        - id: 1',
    '          condition: The agent greets',
    '          keywords: [hello]',
    '          action: "Bye <endcall/>"',
    '          fixed_message: true',
    'tests:',
    '  - id: greet',
    '    persona: p',
    '    scenario: greet',
    `    runs: ${runs}`,
    ...(baselineMetrics === undefined ? [] : [`    baseline_metrics: ${baselineMetrics}`]),
    '    criteria: [{ type: text, contains: hello }]',
    ...(concurrency === undefined ? [] : ['run:', `  concurrency: ${concurrency}`]),
    '',
  ].join('\n');
}

/** Writes `rehearse.yaml` and the agent (`bot`, default GREETING_BOT) into `dir`. */
export async function writeGreetingSuite(dir: string, suite: GreetingSuite, bot: string = GREETING_BOT): Promise<void> {
  await writeFile(join(dir, 'bot.mjs'), bot);
  await writeFile(join(dir, 'rehearse.yaml'), greetingSuite(suite));
}
