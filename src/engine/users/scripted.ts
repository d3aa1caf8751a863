/**
 * Scripted scenarios (conditional actions), walked turn by turn:
 * - `FIRST_MESSAGE` opens; an empty action lets the agent speak first.
 * - Each standard condition is matched against the agent's latest message
 *   (by the simulator LLM, or deterministically by regex / keywords) and
 *   fires at most once; the first matching one in order wins.
 * - An `action_followup` fires on the user turn right after its parent
 *   (one agent reply in between), whatever the agent said.
 * - `fixed_message: true` is sent verbatim after `{{profile.x}}` and
 *   `<spell>` expansion; `false` is phrased by the simulator.
 * - `<endcall/>` says the text before it, then hangs up.
 * - Nothing matches: deterministic modes end (`no_matching_condition`); llm
 *   mode improvises an in-role reply.
 */
import type { Condition, Persona, ScriptedScenario } from '../../suite/schema.js';
import { escapeRegExp, renderTemplate } from '../../suite/template.js';
import { userRegex } from '../../util/user-regex.js';
import type { ConversationMessage } from '../agents/types.js';
import { askSimulator, flipRoles, SimulatorError, type SimulatorDeps } from './simulator.js';
import { IMPROVISE_INSTRUCTION, matchConditionPrompt, phraseActionInstruction, scriptedPrompt } from './prompts.js';
import { expandSpell, splitEndcall, splitStop } from './tags.js';
import type { SimulatedUser, UserMove } from './types.js';

export const FIRST_MESSAGE = 'FIRST_MESSAGE';

type Profile = Readonly<Record<string, unknown>>;

export function scriptedUser(
  persona: Persona,
  scenario: ScriptedScenario,
  profile: Profile,
  deps: SimulatorDeps,
): SimulatedUser {
  const { role, conditions } = scenario.conditional_actions;
  const system = scriptedPrompt(persona, renderTemplate(role, profile), profile, deps.prompt);
  const fired = new Set<number>();
  const pendingFollowups: Condition[] = [];
  const opener = conditions.find((c) => isFirstMessage(c));
  // Matchers are rendered once: `pattern: "{{profile.name}}|order number"` matches the profile's name, taken literally.
  const standard = conditions
    .filter((c) => c.type === 'standard' && !isFirstMessage(c))
    .map((c) => renderMatchers(c, profile));

  async function perform(
    condition: Condition,
    history: readonly ConversationMessage[],
    signal: AbortSignal,
  ): Promise<UserMove> {
    fired.add(condition.id);
    pendingFollowups.push(
      ...conditions.filter((c) => c.type === 'action_followup' && String(c.condition) === String(condition.id)),
    );
    const { text, endcall } = splitEndcall(expandSpell(renderTemplate(condition.action, profile)));
    const end = endcall ? { end: 'endcall' as const } : {};
    if (text === '') return endcall ? { kind: 'end', reason: 'endcall' } : { kind: 'wait' };
    if (condition.fixed_message)
      return { kind: 'say', content: text, generated: false, conditionId: condition.id, ...end };
    const phrased = await askSimulator(
      deps,
      [...prompt(history), { role: 'system', content: phraseActionInstruction(text) }],
      signal,
    );
    return { kind: 'say', content: splitStop(phrased).text, generated: true, conditionId: condition.id, ...end };
  }

  function prompt(history: readonly ConversationMessage[]) {
    return [{ role: 'system' as const, content: system }, ...flipRoles(history)];
  }

  async function choose(agentMessage: string, signal: AbortSignal): Promise<Condition | undefined> {
    const open = standard.filter((c) => !fired.has(c.id));
    const mode = scenario.match;
    if (mode !== 'llm') return open.find((c) => matchesDeterministically(c, agentMessage, mode));
    if (open.length === 0) return undefined;
    const question = matchConditionPrompt(
      open.map((c) => ({ id: c.id, condition: String(c.condition) })),
      agentMessage,
    );
    const answer = await askSimulator(deps, [{ role: 'system', content: question }], signal, true);
    const id = parseConditionId(answer, open);
    return open.find((c) => c.id === id);
  }

  async function improvise(history: readonly ConversationMessage[], signal: AbortSignal): Promise<UserMove> {
    const text = await askSimulator(
      deps,
      [...prompt(history), { role: 'system', content: IMPROVISE_INSTRUCTION }],
      signal,
    );
    const { text: content, stop } = splitStop(text);
    if (stop && content === '') return { kind: 'end', reason: 'stop_signal' };
    return { kind: 'say', content, generated: true, ...(stop ? { end: 'stop_signal' as const } : {}) };
  }

  return {
    instructionText: [role, persona.background, deps.prompt ?? '', ...conditions.map((c) => String(c.condition))].join(
      '\n',
    ),
    async opening(signal) {
      if (!opener) return { kind: 'wait' };
      return perform(opener, [], signal);
    },
    async reply(history, signal) {
      const followup = pendingFollowups.shift();
      if (followup) return perform(followup, history, signal);
      const agentMessage = lastAgentMessage(history);
      const condition = await choose(agentMessage, signal);
      if (condition) return perform(condition, history, signal);
      if (scenario.match === 'llm') return improvise(history, signal);
      return { kind: 'end', reason: 'no_matching_condition' };
    },
  };
}

function renderMatchers(condition: Condition, profile: Profile): Condition {
  return {
    ...condition,
    ...(condition.pattern === undefined ? {} : { pattern: renderTemplate(condition.pattern, profile, escapeRegExp) }),
    ...(condition.keywords === undefined
      ? {}
      : { keywords: condition.keywords.map((word) => renderTemplate(word, profile)) }),
  };
}

function isFirstMessage(condition: Condition): boolean {
  return String(condition.condition).trim().toUpperCase() === FIRST_MESSAGE;
}

function lastAgentMessage(history: readonly ConversationMessage[]): string {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]?.role === 'assistant') return history[i]?.content ?? '';
  return '';
}

/** `regex` mode uses `pattern` (falling back to `keywords`); `keywords` mode the reverse. */
export function matchesDeterministically(condition: Condition, message: string, mode: 'regex' | 'keywords'): boolean {
  const byPattern = (): boolean | undefined =>
    condition.pattern === undefined ? undefined : userRegex(condition.pattern, { ignoreCase: true }).test(message);
  const byKeywords = (): boolean | undefined =>
    condition.keywords === undefined ? undefined : condition.keywords.some((word) => containsWord(message, word));
  const result = mode === 'regex' ? (byPattern() ?? byKeywords()) : (byKeywords() ?? byPattern());
  return result ?? false;
}

/** Case-insensitive, on word boundaries: "order" matches "your order?" but not "reorder". */
function containsWord(message: string, word: string): boolean {
  const escaped = escapeRegExp(word.trim());
  return escaped !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(message);
}

function parseConditionId(answer: string, open: readonly Condition[]): number | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer);
  } catch {
    throw new SimulatorError(`the simulator's condition match is not JSON: ${answer.slice(0, 200)}`);
  }
  const id =
    parsed && typeof parsed === 'object' && 'condition_id' in parsed
      ? (parsed as { condition_id: unknown }).condition_id
      : undefined;
  if (id === null) return null;
  const numeric = typeof id === 'string' && id.trim() !== '' ? Number(id) : id;
  if (typeof numeric === 'number' && open.some((c) => c.id === numeric)) return numeric;
  throw new SimulatorError(`the simulator's condition match names no open condition: ${answer.slice(0, 200)}`);
}
