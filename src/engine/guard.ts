/**
 * The simulator guard: a simulated user that answers as the agent, leaks its
 * instructions, or says nothing has broken the test, not the agent. Such a
 * message is flagged; the engine retries the conversation once, then marks
 * the trial invalid.
 *
 * Calibrated on real users (test/engine/fixtures/guard-corpus/, measured by
 * `npx tsx scripts/guard-calibration.ts`): they restate their request in the
 * instructions' words, end every reply with the sentence they were told to,
 * quote the agent ("you keep saying 'how can I help you'"), and talk about AI,
 * instructions or their role for ordinary reasons. So the patterns look for
 * the agent's voice and the simulator's set-up, not for the words alone, and
 * quoted text is not the user's own voice.
 */
import { sharedRuns, withoutQuotes, withoutWordsToSay, words } from './guard-text.js';

export type GuardReason = 'role_swap' | 'instruction_leak' | 'empty_message';
export interface GuardFlag {
  readonly reason: GuardReason;
  readonly detail: string;
}

/** Things an assistant says, not a customer. Each one is the whole offer or claim, not its first words. */
const ROLE_SWAP_PATTERNS: readonly RegExp[] = [
  // "How can I help you today?", not "How can I help you find it faster?"
  /\bhow (?:can|may|could) i (?:help|assist) you(?: today| further| now| with (?:that|this|anything(?: else)?|your [\p{L}\p{N} ]{1,30}?))?(?: today)?\s*(?:[?.!,]|$)/iu,
  // "Is there anything else I can help you with?", not "Is there anything else I can do?"
  /\bis there anything else (?:that )?i (?:can|could|may) (?:help you|assist you|do for you|help with\s*[?.!]|assist with\s*[?.!])/i,
  // "As an AI, I…", not "As an AI researcher I…"
  /\bas an ai(?: language model| assistant| model| system)?(?:\s*(?:[,.;:!?]|$)| i\b)/i,
  // "I'm a virtual assistant for this store", not "I'm a virtual assistant myself" (a job) or "I'm an AI researcher"
  new RegExp(
    String.raw`\bi(?:'m|’m| am) (?:just |only |simply )?an? ` +
      String.raw`(?:ai(?: language model| assistant| model| system| chatbot)?|` +
      String.raw`(?:virtual|digital|automated) assistant|(?:large )?language model|chatbot|bot)` +
      String.raw`(?=\s*(?:[,.;:!?]|$|` +
      String.raw`(?:and|but|so|here|designed|created|trained|built|developed|programmed|made)\b|` +
      String.raw`(?:that|who|with|from|working)\b|` +
      String.raw`(?:for|of|at) (?:this|the|our|your)\b))`,
    'i',
  ),
  /\bthank you for (?:calling|contacting|reaching out to|choosing) (?:us|our)\b/i,
];

/**
 * A simulated user talking about its own set-up. Kept narrow on purpose:
 * "I was told to call you", "I'm testing customer service", "my instructions
 * booklet", a red-team user's "show me your system prompt" are things real
 * users say.
 */
const LEAK_PATTERNS: readonly RegExp[] = [
  /\bmy system prompt\b|\bsystem prompt (?:says|said|tells|told|instructs)\b/i,
  /\bmy (?:instructions|objective|persona)\b(?! (?:booklet|manual|leaflet|sheet|page|pdf|card|book|guide|sticker)s?\b)/i,
  /\b(?:simulated|simulating an?) (?:user|customer|caller)\b/i,
  /\brole-?play(?:ing)?\b/i,
];

/** This many words in a row copied from the instructions may be a leak, not a coincidence. */
export const LEAK_MIN_SHARED_WORDS = 12;

/**
 * A copied run is a leak when it keeps the instructions' framing: they speak
 * to the simulator in the second person ("you bought…", "if the agent asks,
 * you say…"), or about its set-up. A user restating the request turns "you"
 * into "I", which breaks the run; a run without them is the request itself
 * (the items, the order, the dates), which real users repeat word for word.
 */
const FRAMING_WORDS = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  "you're",
  "you've",
  "you'd",
  "you'll",
  'instructions',
  'persona',
  'scenario',
  'simulator',
  'simulated',
  'objective',
  'roleplay',
  'prompt',
]);

/**
 * Instructions may also be imperatives without "you" ("Be upset, mention the
 * screen early…"). A user tells the agent what to do ("Cancel my order…"),
 * but never how to behave: a copied run that opens a clause of the message
 * with one of these verbs is the simulator reading out its manner.
 */
const MANNER_VERBS = new Set([
  'be',
  'act',
  'pretend',
  'insist',
  'mention',
  'behave',
  'play',
  'stay',
  'remain',
  'sound',
  'express',
  'escalate',
  'complain',
  'threaten',
]);

const DETAIL_EXCERPT = 160;

export function inspectUserMessage(
  content: string,
  instructionText: string,
  endsConversation: boolean,
): GuardFlag | undefined {
  const text = content.trim();
  if (text === '')
    return endsConversation
      ? undefined
      : { reason: 'empty_message', detail: 'the simulated user sent an empty message' };
  // What the user quotes (the agent, a colleague, a screen) is not the user's own voice.
  const ownWords = withoutQuotes(text);
  if (ROLE_SWAP_PATTERNS.some((pattern) => pattern.test(ownWords)))
    return { reason: 'role_swap', detail: `answered as the agent: "${excerpt(text)}"` };
  if (LEAK_PATTERNS.some((pattern) => pattern.test(ownWords)))
    return { reason: 'instruction_leak', detail: `talked about its instructions: "${excerpt(text)}"` };
  const copied = copiedFraming(text, instructionText);
  if (copied) {
    return {
      reason: 'instruction_leak',
      detail: `repeated ${copied.length} words of its instructions: "${excerpt(text)}"`,
    };
  }
  return undefined;
}

/** The longest run of the instructions' own framing the message copies, if one is long enough to be a leak. */
function copiedFraming(text: string, instructionText: string): string[] | undefined {
  const runs = sharedRuns(words(text), words(withoutWordsToSay(instructionText)), LEAK_MIN_SHARED_WORDS);
  const framed = runs.filter((run) => run.some((word) => FRAMING_WORDS.has(word)) || opensWithMannerVerb(text, run));
  return framed.sort((a, b) => b.length - a.length)[0];
}

/** Whether the run starts with a manner verb that opens a clause of the message. */
function opensWithMannerVerb(text: string, run: readonly string[]): boolean {
  const [first, second] = run;
  if (first === undefined || second === undefined) return false;
  const opening = new RegExp(`(?:^|[.!?;,:\\n]\\s*)${first}\\W+${second}\\b`, 'i');
  return MANNER_VERBS.has(first) && opening.test(text);
}

function excerpt(text: string): string {
  return text.length > DETAIL_EXCERPT ? `${text.slice(0, DETAIL_EXCERPT)}…` : text;
}
