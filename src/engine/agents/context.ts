/**
 * What an agent session remembers of its conversation. The conversation loop
 * hands every turn the text history (user and assistant messages); between
 * those lines the agent also called tools and read their results. A session
 * keeps the whole record, in the shape its agent kind speaks (chat messages
 * for `openai`, protocol entries for `http`/`command`), so each turn's request
 * carries everything the agent did before, as it would in production.
 */
import { startingMessage, type StartingToolCall, type StartingTurn } from '../start.js';
import type { ConversationMessage } from './types.js';

export class SessionContext<Entry> {
  private readonly entries: Entry[] = [];
  /** The text messages already in `entries`, to tell which ones of a history are new. */
  private readonly texts: ConversationMessage[] = [];

  constructor(private readonly fromText: (message: ConversationMessage) => Entry) {}

  /**
   * Brings the context up to `history` (adds the messages it has not seen: the
   * user's new message) and returns the whole context. A history that does not
   * extend what was seen (it never happens in a conversation) starts the
   * context over from the text, rather than sending the agent a mixed record.
   */
  catchUp(history: readonly ConversationMessage[]): readonly Entry[] {
    const fresh = unseenMessages(this.texts, history);
    if (fresh === undefined) {
      this.entries.length = 0;
      this.texts.length = 0;
    }
    for (const message of fresh ?? history) this.addText(message);
    return this.entries;
  }

  /**
   * Opens the context with a conversation's recorded turns (before any turn): each turn's tool calls and their
   * recorded results, in the entries `toolEntries` makes, then its words.
   */
  startFrom(
    turns: readonly StartingTurn[],
    toolEntries: (calls: readonly StartingToolCall[]) => readonly Entry[],
  ): void {
    for (const turn of turns) {
      if (turn.toolCalls.length > 0) this.entries.push(...toolEntries(turn.toolCalls));
      const message = startingMessage(turn);
      if (message) this.addText(message);
    }
  }

  /** The whole context so far. */
  get all(): readonly Entry[] {
    return this.entries;
  }

  /** Something the agent did within its turn: tool calls, tool results. */
  add(entry: Entry): void {
    this.entries.push(entry);
  }

  /** The agent's reply: it ends the turn and is the next line of the text history. */
  addReply(content: string): void {
    this.addText({ role: 'assistant', content });
  }

  private addText(message: ConversationMessage): void {
    this.texts.push(message);
    this.entries.push(this.fromText(message));
  }
}

/** The messages of `history` after `seen`, or undefined when `history` does not start with `seen`. */
export function unseenMessages(
  seen: readonly ConversationMessage[],
  history: readonly ConversationMessage[],
): readonly ConversationMessage[] | undefined {
  if (history.length < seen.length) return undefined;
  const same = seen.every(
    (message, index) => history[index]?.role === message.role && history[index]?.content === message.content,
  );
  return same ? history.slice(seen.length) : undefined;
}
