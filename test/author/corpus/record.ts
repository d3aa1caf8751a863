/**
 * Records conversations with the corpus agent (test/author/corpus/shop-agent.mjs)
 * the way a team has them: a person (here a rule-based stand-in) talks to the
 * agent, whose tool calls a small backend answers, and the exchange is kept as
 * OpenAI chat messages. Independent of Rehearse's engine: it speaks the
 * command-agent protocol itself.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export const AGENT = new URL('./shop-agent.mjs', import.meta.url).pathname;

export interface ChatMessage {
  role: 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
  name?: string;
}

export interface Task {
  readonly id: string;
  readonly opening: string;
  readonly orderId?: string;
  readonly email?: string;
  readonly address?: string;
}

export const TASKS: readonly Task[] = [
  {
    id: 'refund',
    opening: 'Hi, this is Jane Doe, my espresso machine arrived damaged.',
    orderId: 'A-1001',
    email: 'jane.doe@example.com',
  },
  {
    id: 'address',
    opening: 'I need to change the delivery address for my order.',
    orderId: 'C-3003',
    address: '12 Rue de la Republique, Lyon',
  },
  { id: 'status', opening: 'Hi, where is my order?', orderId: 'B-2002' },
  { id: 'cancel', opening: "Please cancel my order, I don't need it anymore.", orderId: 'D-4004' },
  { id: 'billing', opening: 'You charged me twice for my last purchase!', email: 'omar.haddad@example.com' },
];

export const TOOL_NAMES = [
  'lookup_order',
  'refund_order',
  'update_address',
  'cancel_order',
  'find_customer',
  'transfer_to_human_agents',
];

const ORDERS: Record<string, Record<string, unknown>> = {
  'A-1001': { found: true, order_id: 'A-1001', item: 'espresso machine', status: 'delivered', price: 129 },
  'B-2002': {
    found: true,
    order_id: 'B-2002',
    item: 'running shoes',
    status: 'in transit',
    eta: '2026-05-03',
    price: 80,
  },
  'C-3003': { found: true, order_id: 'C-3003', item: 'desk lamp', status: 'processing', price: 35 },
  'D-4004': { found: true, order_id: 'D-4004', item: 'phone case', status: 'processing', price: 45 },
};

function backend(name: string, args: Record<string, unknown>): { output?: unknown; error?: string } {
  switch (name) {
    case 'lookup_order':
      return { output: ORDERS[String(args['order_id'])] ?? { found: false } };
    case 'refund_order':
      return { output: { refund_id: 'R-7731', amount: 129 } };
    case 'update_address':
      return { output: { updated: true } };
    case 'cancel_order':
      return { output: { cancelled: true, refund: 45 } };
    case 'find_customer':
      return { output: { customer_id: 'CU-5521', name: 'Omar Haddad' } };
    case 'transfer_to_human_agents':
      return { output: 'Transfer successful' };
    default:
      return { error: `unknown tool ${name}` };
  }
}

interface State {
  gaveOrder: boolean;
  gaveAddress: boolean;
  closing: boolean;
}

/** What the stand-in person says to the agent's message, or undefined to stop. */
function answer(task: Task, agentText: string, state: State): string | undefined {
  if (state.closing) return undefined;
  if (task.address && state.gaveOrder && !state.gaveAddress && /address|ship|deliver/i.test(agentText)) {
    state.gaveAddress = true;
    return `The new address is ${task.address}.`;
  }
  if (task.orderId && !state.gaveOrder && /order|purchase|reference/i.test(agentText)) {
    state.gaveOrder = true;
    return task.email && /mail/i.test(agentText)
      ? `Sure, it is ${task.orderId}. My email is ${task.email}.`
      : `It's ${task.orderId}.`;
  }
  if (task.email && /mail/i.test(agentText)) return `It's ${task.email}.`;
  if (agentText.includes('?') && (task.id === 'refund' || task.id === 'cancel')) return 'Yes please.';
  state.closing = true;
  return "Thanks, that's all.";
}

/** One conversation between the stand-in person and the agent (`--seed seed`), as OpenAI chat messages. */
export async function record(task: Task, seed: number, extraArgs: readonly string[] = []): Promise<ChatMessage[]> {
  const child = spawn(process.execPath, [AGENT, '--seed', String(seed), ...extraArgs], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const queue: string[] = [];
  let wake: (() => void) | undefined;
  lines.on('line', (line) => {
    queue.push(line);
    wake?.();
  });
  const next = async (): Promise<Record<string, unknown>> => {
    while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return JSON.parse(queue.shift()!) as Record<string, unknown>;
  };
  const sessionId = `record-${task.id}-${seed}`;
  const messages: ChatMessage[] = [];
  const state: State = { gaveOrder: false, gaveAddress: false, closing: false };
  let user: string | undefined = task.opening;
  let transferred = false;
  try {
    for (let turn = 0; user !== undefined && turn < 8 && !transferred; turn++) {
      messages.push({ role: 'user', content: user });
      const words = messages
        .filter((m) => m.content !== null && m.role !== 'tool')
        .map((m) => ({ role: m.role, content: m.content }));
      child.stdin.write(`${JSON.stringify({ type: 'turn', session_id: sessionId, turn, messages: words })}\n`);
      for (;;) {
        const response = await next();
        const calls = response['call_tools'] as
          { id: string; name: string; arguments: Record<string, unknown> }[] | undefined;
        if (calls) {
          messages.push({
            role: 'assistant',
            content: null,
            tool_calls: calls.map((c) => ({
              id: c.id,
              type: 'function',
              function: { name: c.name, arguments: JSON.stringify(c.arguments) },
            })),
          });
          const results = calls.map((c) => ({ id: c.id, ...backend(c.name, c.arguments) }));
          for (const [i, r] of results.entries())
            messages.push({
              role: 'tool',
              tool_call_id: r.id,
              name: calls[i]!.name,
              content: r.error
                ? `Error: ${r.error}`
                : typeof r.output === 'string'
                  ? r.output
                  : JSON.stringify(r.output),
            });
          // As in τ-bench, a transfer ends the conversation: what the agent says after it is not recorded.
          if (calls.some((c) => c.name === 'transfer_to_human_agents')) transferred = true;
          child.stdin.write(`${JSON.stringify({ type: 'tool_results', session_id: sessionId, results })}\n`);
          continue;
        }
        if (!transferred) messages.push({ role: 'assistant', content: String(response['reply']) });
        user = answer(task, String(response['reply']), state);
        break;
      }
    }
  } finally {
    child.stdin.end();
    child.kill();
  }
  return messages;
}

/** The same conversation as "User:" / "Agent:" / "Tool:" text. */
export function asText(messages: readonly ChatMessage[]): string {
  const lines: string[] = [];
  const outputs = new Map(messages.filter((m) => m.role === 'tool').map((m) => [m.tool_call_id, m.content]));
  for (const m of messages) {
    if (m.role === 'user') lines.push(`User: ${m.content}`);
    else if (m.role === 'assistant' && m.tool_calls)
      for (const c of m.tool_calls)
        lines.push(`Tool: ${c.function.name} ${c.function.arguments} -> ${outputs.get(c.id)}`);
    else if (m.role === 'assistant') lines.push(`Agent: ${m.content}`);
  }
  return `${lines.join('\n')}\n`;
}
