/** A simulated user: decides, turn by turn, what to say to the agent and when to stop. */
import type { ConversationMessage } from '../agents/types.js';

export type UserEnd = 'stop_signal' | 'endcall';

export type UserMove =
  /** Say something; `end` set when the user hangs up right after saying it. */
  | {
      readonly kind: 'say';
      readonly content: string;
      /** true when phrased by the simulator LLM (checked by the guard), false when sent verbatim. */
      readonly generated: boolean;
      readonly conditionId?: number;
      readonly end?: UserEnd;
    }
  /** Only as an opening: the agent speaks first. */
  | { readonly kind: 'wait' }
  | { readonly kind: 'end'; readonly reason: UserEnd | 'no_matching_condition' };

export interface SimulatedUser {
  opening(signal: AbortSignal): Promise<UserMove>;
  /** `history` ends with the agent's latest reply. */
  reply(history: readonly ConversationMessage[], signal: AbortSignal): Promise<UserMove>;
  /** The text the simulator was told and must never repeat (for the leak check). */
  readonly instructionText: string;
}
