#!/usr/bin/env node
// A rule-based shop-support agent for measuring tests made from transcripts.
// It solves five tasks (refund a damaged item, change an address, order
// status, cancel an order, a billing complaint transferred to a human) and
// words every message at random among several phrasings per intent, some of
// which share no key word with the others. The phrasing is seeded by
// `--seed N` and the session id, so each conversation is a fresh sample.
// `--fault` plants a fault: it says it acted without calling the tool that
// acts (refund, address, cancel, transfer), and reports a status it never
// looked up.
// Speaks the JSON-lines protocol of `command` agents (docs/agents.md).
import { createInterface } from 'node:readline';

const argv = process.argv.slice(2);
const SEED = Number(argv[argv.indexOf('--seed') + 1] ?? 0) || 0;
const FAULT = argv.includes('--fault');

const ORDER_ID = /\b([A-Z]-\d{4})\b/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** Phrasings per intent; `{x}` is filled from the values given. */
const SAY = {
  askOrder: [
    'Could you give me your order number?',
    'Which purchase is this about? The reference looks like A-1234.',
    "What's the order ID, please?",
    'Can you tell me the number of the order in question?',
  ],
  askOrderAndEmail: [
    'Could you give me your order number and the email on the account?',
    'Which purchase is it, and what email did you use?',
    'To find it I need the order ID and your e-mail address.',
  ],
  askEmail: [
    'What email address is on your account?',
    'Could you share the e-mail you signed up with?',
    'Which email do you use with us?',
  ],
  offerRefund: [
    "I'm sorry your {item} arrived damaged. Would you like a refund?",
    'That {item} should not have arrived like that. Shall I refund it to your original payment method?',
    'So sorry about the {item}! Do you want your money back for it?',
    'I can reimburse the full amount for the {item}. Should I go ahead?',
  ],
  refunded: [
    'Done: refund {refund_id} of ${amount} has been issued to your original payment method.',
    "All set — I've refunded ${amount} (reference {refund_id}). It should show up in 3-5 days.",
    'Your refund is on its way: {refund_id}, ${amount}.',
  ],
  askAddress: [
    'Sure, I can update the address for order {order_id}. What is the new address?',
    'Where should we ship it instead?',
    "Please tell me the address you'd like it delivered to.",
    'No problem. What address should I put on the order?',
  ],
  addressChanged: [
    'Your delivery address has been updated to {address}.',
    'Done! Order {order_id} will now go to {address}.',
    'Updated: we will deliver to {address}.',
  ],
  status: [
    'Your order {order_id} ({item}) is {status}, expected to arrive on {eta}.',
    'Good news: the {item} is {status} and should reach you on {eta}.',
    'Order {order_id} is currently {status}; estimated delivery {eta}.',
  ],
  askCancel: [
    'Are you sure you want to cancel order {order_id} ({item})?',
    'Shall I go ahead and cancel it?',
    'Do you want me to cancel the {item} order?',
    'Just to confirm: cancel order {order_id}?',
  ],
  cancelled: [
    'Order {order_id} is cancelled; ${refund} will be refunded to your card.',
    'I have cancelled it. You will get ${refund} back.',
    'Cancellation done — ${refund} is on its way back to you.',
  ],
  transferring: [
    "I'm sorry about the double charge. I'm transferring you to our billing team now.",
    'A billing specialist will take it from here; transferring you now.',
    'Let me hand you over to a colleague in billing who can fix this.',
  ],
  welcome: ['You are welcome. Have a great day!', 'Happy to help — bye!', 'Anytime. Take care!'],
  greet: [
    'Hello! How can I help you today?',
    'Hi there, what can I do for you?',
    'Welcome to the shop support. What do you need?',
  ],
  unclear: ['Sorry, could you say that differently?', 'I did not quite get that; what do you need help with?'],
};

function hash(text) {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619) >>> 0;
  return h;
}

const sessions = new Map();
const pending = new Map();

function session(id) {
  if (!sessions.has(id)) sessions.set(id, { rng: hash(`${SEED}:${id}`), intent: undefined, stage: 'start' });
  return sessions.get(id);
}

function pick(s, key, values = {}) {
  s.rng = Math.imul(s.rng ^ (s.rng >>> 15), 2246822519) >>> 0;
  s.rng = (s.rng + 0x9e3779b9) >>> 0;
  const options = SAY[key];
  const text = options[s.rng % options.length];
  return text.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? `{${k}}`));
}

function send(response) {
  process.stdout.write(`${JSON.stringify(response)}\n`);
}

let calls = 0;
function callTool(request, name, args, then) {
  const id = `c${++calls}`;
  pending.set(request.session_id, (results) => then(results.find((r) => r.id === id) ?? { error: 'no result' }));
  send({ call_tools: [{ id, name, arguments: args }] });
}

function intentOf(text) {
  if (/damaged|broken|cracked/i.test(text)) return 'refund';
  if (/address|moved/i.test(text)) return 'address';
  if (/cancel/i.test(text)) return 'cancel';
  if (/charged twice|double charge|billing|charged me/i.test(text)) return 'billing';
  if (/where|status|track/i.test(text)) return 'status';
  return undefined;
}

const YES = /\b(yes|yeah|sure|please|ok|okay|go ahead|do it|confirm)\b/i;

function handleTurn(request) {
  const s = session(request.session_id);
  const users = request.messages.filter((m) => m.role === 'user').map((m) => m.content);
  const last = users.at(-1) ?? '';
  if (users.length === 0) return send({ reply: pick(s, 'greet') });
  s.intent ??= intentOf(users.join('\n'));
  const orderId = users
    .map((u) => ORDER_ID.exec(u)?.[1])
    .find(Boolean)
    ?.toUpperCase();
  const email = users.map((u) => EMAIL.exec(u)?.[0]).find(Boolean);

  if (s.stage === 'done' || /\b(thank|bye|that's all)/i.test(last)) return send({ reply: pick(s, 'welcome') });
  switch (s.intent) {
    case 'refund':
      if (s.stage === 'offered' && YES.test(last)) {
        s.stage = 'done';
        if (FAULT) return send({ reply: pick(s, 'refunded', { refund_id: 'R-1000', amount: 0 }) });
        return callTool(request, 'refund_order', { order_id: s.order.order_id, reason: 'damaged' }, (r) =>
          send({ reply: pick(s, 'refunded', r.output ?? {}) }),
        );
      }
      if (!orderId) return send({ reply: pick(s, email ? 'askOrder' : 'askOrderAndEmail') });
      return lookup(request, s, orderId, (order) => {
        s.stage = 'offered';
        return pick(s, 'offerRefund', order);
      });
    case 'address':
      if (s.stage === 'asked-address') {
        const address = (
          /(?:new address is|ship it to|deliver(?:ed)? to|it's|it is)\s+(.+?)\.?$/i.exec(last)?.[1] ?? last
        ).trim();
        s.stage = 'done';
        const values = { ...s.order, address };
        if (FAULT) return send({ reply: pick(s, 'addressChanged', values) });
        return callTool(request, 'update_address', { order_id: s.order.order_id, address }, () =>
          send({ reply: pick(s, 'addressChanged', values) }),
        );
      }
      if (!orderId) return send({ reply: pick(s, 'askOrder') });
      return lookup(request, s, orderId, (order) => {
        s.stage = 'asked-address';
        return pick(s, 'askAddress', order);
      });
    case 'status':
      if (!orderId) return send({ reply: pick(s, 'askOrder') });
      if (FAULT) {
        s.stage = 'done';
        return send({
          reply: pick(s, 'status', { order_id: orderId, item: 'order', status: 'on its way', eta: 'soon' }),
        });
      }
      return lookup(request, s, orderId, (order) => {
        s.stage = 'done';
        return pick(s, 'status', order);
      });
    case 'cancel':
      if (s.stage === 'asked-cancel' && YES.test(last)) {
        s.stage = 'done';
        if (FAULT) return send({ reply: pick(s, 'cancelled', { ...s.order, refund: s.order.price }) });
        return callTool(request, 'cancel_order', { order_id: s.order.order_id }, (r) =>
          send({ reply: pick(s, 'cancelled', { ...s.order, ...(r.output ?? {}) }) }),
        );
      }
      if (!orderId) return send({ reply: pick(s, 'askOrder') });
      return lookup(request, s, orderId, (order) => {
        s.stage = 'asked-cancel';
        return pick(s, 'askCancel', order);
      });
    case 'billing':
      if (!email) return send({ reply: pick(s, 'askEmail') });
      return callTool(request, 'find_customer', { email }, (r) => {
        s.stage = 'done';
        if (FAULT || 'error' in r) return send({ reply: pick(s, 'transferring') });
        const summary = pick(s, 'transferring').slice(0, 40);
        // The transfer is the last act: the reply only says it is happening.
        return callTool(
          request,
          'transfer_to_human_agents',
          { customer_id: r.output.customer_id, summary: `Customer says they were charged twice. ${summary}` },
          () => send({ reply: pick(s, 'transferring') }),
        );
      });
    default:
      return send({ reply: pick(s, 'unclear') });
  }
}

function lookup(request, s, orderId, then) {
  return callTool(request, 'lookup_order', { order_id: orderId }, (r) => {
    if ('error' in r || !r.output || r.output.found === false)
      return send({ reply: `I couldn't find order ${orderId}. Could you double-check the number?` });
    s.order = r.output;
    return send({ reply: then(r.output) });
  });
}

createInterface({ input: process.stdin }).on('line', (line) => {
  if (!line.trim()) return;
  const message = JSON.parse(line);
  if (message.type === 'tool_results') {
    const resume = pending.get(message.session_id);
    pending.delete(message.session_id);
    return resume?.(message.results);
  }
  if (message.type === 'turn') return handleTurn(message);
});
