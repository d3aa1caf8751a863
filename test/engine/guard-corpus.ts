/**
 * The guard's calibration corpus (test/engine/fixtures/guard-corpus/): simulated
 * users that behave, which the guard must let through, and ones that broke
 * character, which it must flag. Shared by the guard test and
 * `npx tsx scripts/guard-calibration.ts`, which prints the measured rates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { inspectUserMessage, type GuardFlag, type GuardReason } from '../../src/engine/guard.js';

const CORPUS = join(import.meta.dirname, 'fixtures', 'guard-corpus');

export interface CorpusConversation {
  readonly id: string;
  /** What the guard compares a message against: background, objective and instructions. */
  readonly instructions: string;
  readonly messages: readonly string[];
}

export interface MisbehavingCase {
  readonly reason: GuardReason;
  readonly message: string;
  readonly instructions?: string;
}

export function realUsers(): CorpusConversation[] {
  const conversations = readdirSync(CORPUS)
    .filter((name) => name.startsWith('real-users-'))
    .sort()
    .flatMap(
      (name) =>
        (parse(readFileSync(join(CORPUS, name), 'utf8')) as { conversations: CorpusConversation[] }).conversations,
    );
  // A YAML line with ": " in it is a mapping, not a message: quote it in the corpus.
  for (const conversation of conversations) {
    const odd = conversation.messages.find((message) => typeof message !== 'string');
    if (odd !== undefined) throw new Error(`${conversation.id}: a message is not text: ${JSON.stringify(odd)}`);
  }
  return conversations;
}

export function misbehavingUsers(): MisbehavingCase[] {
  return (parse(readFileSync(join(CORPUS, 'misbehaving.yaml'), 'utf8')) as { cases: MisbehavingCase[] }).cases;
}

export interface FalsePositive {
  readonly conversation: string;
  readonly message: string;
  readonly flag: GuardFlag;
}

export interface Measurement {
  readonly messages: number;
  readonly conversations: number;
  readonly falsePositives: readonly FalsePositive[];
  /** Share of messages flagged. */
  readonly messageRate: number;
  /** Share of conversations with at least one message flagged (each such trial would be retried or invalid). */
  readonly conversationRate: number;
}

export function measureFalsePositives(conversations: readonly CorpusConversation[]): Measurement {
  const falsePositives = conversations.flatMap((conversation) =>
    conversation.messages.flatMap((message) => {
      const flag = inspectUserMessage(message, conversation.instructions, false);
      return flag ? [{ conversation: conversation.id, message, flag }] : [];
    }),
  );
  const messages = conversations.reduce((sum, conversation) => sum + conversation.messages.length, 0);
  const flaggedConversations = new Set(falsePositives.map((fp) => fp.conversation)).size;
  return {
    messages,
    conversations: conversations.length,
    falsePositives,
    messageRate: messages === 0 ? 0 : falsePositives.length / messages,
    conversationRate: conversations.length === 0 ? 0 : flaggedConversations / conversations.length,
  };
}

/** The misbehaving cases the guard does not flag with their reason. */
export function missedMisbehaviour(cases: readonly MisbehavingCase[]): { case: MisbehavingCase; got?: GuardReason }[] {
  return cases.flatMap((misbehaving) => {
    const flag = inspectUserMessage(misbehaving.message, misbehaving.instructions ?? '', false);
    return flag?.reason === misbehaving.reason ? [] : [{ case: misbehaving, ...(flag ? { got: flag.reason } : {}) }];
  });
}
