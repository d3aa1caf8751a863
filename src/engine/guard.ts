/**
 * The simulator guard: a simulated user that answers as the agent, leaks its
 * instructions, or says nothing has broken the test, not the agent. Such a
 * message is flagged; the engine retries the conversation once, then marks
 * the trial invalid.
 */

export type GuardReason = 'role_swap' | 'instruction_leak' | 'empty_message';
export interface GuardFlag {
  readonly reason: GuardReason;
  readonly detail: string;
}

/** Things an assistant says, not a customer. */
const ROLE_SWAP_PATTERNS: readonly RegExp[] = [
  /\bhow (?:can|may|could) i (?:help|assist) you\b/i,
  /\bis there anything else (?:that )?i can (?:help|assist|do)\b/i,
  /\bas an ai\b/i,
  /\bi(?:'m| am) (?:just )?an? (?:ai|virtual|digital)(?: language model)?(?: assistant)?\b/i,
  /\bi(?:'m| am) (?:just )?an? (?:language model|chatbot)\b/i,
  /\bthank you for (?:calling|contacting|reaching out to) (?:us|our)\b/i,
];

/**
 * A simulated user talking about its own set-up. Kept narrow on purpose:
 * "I was told to call you" or "I'm testing customer service" are things real
 * customers say.
 */
const LEAK_PATTERNS: readonly RegExp[] = [
  /\bsystem prompt\b/i,
  /\bmy (?:instructions|objective|persona)\b/i,
  /\b(?:simulated|simulating an?) (?:user|customer|caller)\b/i,
  /\brole-?play(?:ing)?\b/i,
];

/** This many words in a row copied from the instructions is a leak, not a coincidence. */
export const LEAK_MIN_SHARED_WORDS = 12;
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
  const swap = ROLE_SWAP_PATTERNS.find((pattern) => pattern.test(text));
  if (swap) return { reason: 'role_swap', detail: `answered as the agent: "${excerpt(text)}"` };
  const leak = LEAK_PATTERNS.find((pattern) => pattern.test(text));
  if (leak) return { reason: 'instruction_leak', detail: `talked about its instructions: "${excerpt(text)}"` };
  const shared = longestSharedRun(words(text), words(instructionText));
  if (shared >= LEAK_MIN_SHARED_WORDS) {
    return { reason: 'instruction_leak', detail: `repeated ${shared} words of its instructions: "${excerpt(text)}"` };
  }
  return undefined;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/** Longest run of consecutive words the two texts share (dynamic programming, one row). */
export function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        current[j] = (previous[j - 1] ?? 0) + 1;
        best = Math.max(best, current[j] ?? 0);
      }
    }
    previous = current;
  }
  return best;
}

function excerpt(text: string): string {
  return text.length > DETAIL_EXCERPT ? `${text.slice(0, DETAIL_EXCERPT)}…` : text;
}
