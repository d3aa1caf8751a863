/**
 * Recorded turns a scenario starts from (`start_from`), written inline or
 * read from a transcript file (`start_from_file`): what was said, and the
 * tools the agent called on the way, before the simulation takes over.
 *
 * Two shapes, one key each, so a turn reads like the conversation it records:
 *   - user: "Hi, I want a refund for order 1042"
 *   - agent: "Order 1042 was delivered on 3 May."
 *     tool_calls: [{ name: lookup_order, arguments: { order_id: "1042" }, result: { status: delivered } }]
 * An agent turn's tool calls were made before its words (as `scenario
 * from-transcript` reads them); a turn of tool calls alone has `agent: ""`.
 */
import { z } from 'zod';

export const RECORDED_TURN_SHAPES =
  'a recorded turn is { user: "…" } or { agent: "…", tool_calls: [{ name, arguments, result | error }] } ' +
  '(tool_calls optional; agent: "" only with tool_calls)';

export const RecordedToolCallSchema = z
  .object({
    name: z.string().min(1).describe('The tool the agent called.'),
    arguments: z.record(z.string(), z.unknown()).default({}).describe('The arguments it called the tool with.'),
    result: z.unknown().optional().describe('What the tool answered.'),
    error: z.string().optional().describe('The error the tool answered instead.'),
  })
  .strict();
export type RecordedToolCall = z.infer<typeof RecordedToolCallSchema>;

export const RecordedTurnSchema = z
  .object({
    user: z.string().optional().describe("The user's words."),
    agent: z.string().optional().describe("The agent's words."),
    tool_calls: z
      .array(RecordedToolCallSchema)
      .optional()
      .describe('Tools the agent called in this turn, before its words (agent turns only); they are not run again.'),
  })
  .strict()
  .superRefine((turn, ctx) => {
    const problem = shapeProblem(turn);
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem}; ${RECORDED_TURN_SHAPES}` });
  })
  .describe(RECORDED_TURN_SHAPES);
export type RecordedTurn = z.infer<typeof RecordedTurnSchema>;

function shapeProblem(turn: RecordedTurn): string | undefined {
  if (turn.user !== undefined && turn.agent !== undefined) return 'a turn has `user` or `agent`, not both';
  if (turn.user === undefined && turn.agent === undefined) return 'a turn needs `user` or `agent`';
  if (turn.user !== undefined && turn.tool_calls !== undefined) return 'only agent turns have `tool_calls`';
  if (turn.user !== undefined && turn.user.trim() === '') return 'a user turn needs words';
  if (turn.agent !== undefined && turn.agent.trim() === '' && !turn.tool_calls?.length)
    return 'an agent turn needs words or tool_calls';
  return undefined;
}

/** The speaker of a recorded turn. */
export function recordedRole(turn: RecordedTurn): 'user' | 'agent' {
  return turn.user !== undefined ? 'user' : 'agent';
}

/** The words of a recorded turn (empty for an agent turn of tool calls only). */
export function recordedText(turn: RecordedTurn): string {
  return turn.user ?? turn.agent ?? '';
}
