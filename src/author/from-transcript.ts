/**
 * Recorded conversations → one suite: for each, a scripted scenario whose
 * user pursues the recorded goal and answers what the agent *means* (each
 * condition matches the agent's intent — what it asks for, the question's
 * key words and their usual synonyms — not its exact sentence), a profile
 * with the values pulled out, and a test whose criteria come from the
 * outcome: the successful state-changing calls with their arguments, the
 * facts of the final answer, a transfer. Failed attempts, read-only lookups
 * and free-text tools (`think`) are never required. Tools are shared: one
 * mock per tool name answering every recorded call. Deterministic: no LLM.
 */
import { recordedTurnOf } from '../suite/starts.js';
import { ConfigurationError } from '../util/errors.js';
import type { Transcript, TranscriptToolCall, TranscriptTurn } from '../suite/transcript.js';
import { extractProfileValues, templateValues, type ProfileValue } from './profile-values.js';

export type MatchMode = 'regex' | 'keywords' | 'llm';

export interface FromTranscriptOptions {
  /** Id of the scenario, test and profile written (suffixed -1, -2… when there are several conversations). */
  readonly id: string;
  /** An existing persona to use instead of writing one. */
  readonly persona?: string;
  /** How the scripted user matches the agent's messages (default regex; llm needs a simulator model). */
  readonly match?: MatchMode;
  /**
   * Replay the first N turns as recorded (`start_from`) and simulate from there: the user's conditions and the
   * outcome criteria come from the turns after them.
   */
  readonly startFrom?: number;
}

/** The suite file written: plain data, ready for YAML. */
export interface SuiteFragment {
  personas?: unknown[];
  profiles?: unknown[];
  tools?: unknown[];
  scenarios: unknown[];
  tests: unknown[];
}

export function scriptedSuiteFromTranscript(transcript: Transcript, options: FromTranscriptOptions): SuiteFragment {
  return scriptedSuiteFromTranscripts([transcript], options);
}

/** Several conversations of one domain → one suite (one persona, shared tools, a scenario and test each). */
export function scriptedSuiteFromTranscripts(
  transcripts: readonly Transcript[],
  options: FromTranscriptOptions,
): SuiteFragment {
  const persona = options.persona ?? `${options.id}-user`;
  const profiles: unknown[] = [];
  const scenarios: unknown[] = [];
  const tests: unknown[] = [];
  transcripts.forEach((transcript, i) => {
    const id = transcripts.length === 1 ? options.id : `${options.id}-${i + 1}`;
    const one = oneConversation(transcript, id, persona, options.match ?? 'regex', options.startFrom ?? 0);
    if (one.profile) profiles.push(one.profile);
    scenarios.push(one.scenario);
    tests.push(one.test);
  });
  const tools = mockTools(transcripts.flatMap((t) => t.turns.flatMap((turn) => turn.toolCalls)));
  // Key order as a person would read the file: who, with what data, which tools, then what happens.
  return {
    ...(options.persona ? {} : { personas: [{ id: persona, role: 'The user of a recorded conversation' }] }),
    ...(profiles.length > 0 ? { profiles } : {}),
    ...(tools.length > 0 ? { tools } : {}),
    scenarios,
    tests,
  };
}

function oneConversation(
  transcript: Transcript,
  id: string,
  persona: string,
  match: MatchMode,
  startFrom: number,
): { profile?: unknown; scenario: unknown; test: unknown } {
  const { turns } = transcript;
  checkStartFrom(transcript, startFrom);
  const userTexts = turns.filter((t) => t.role === 'user').map((t) => t.text);
  const values = extractProfileValues(userTexts);
  const conditions = userConditions(turns, values, startFrom);
  // What the agent does after the recorded turns is what it is judged on: their calls and facts are context.
  const live = turns.slice(startFrom);
  const criteria = outcomeCriteria(live, values);
  const spoken = turns.filter((t) => t.role === 'agent' && t.text !== '').length;
  const liveUsers = live.filter((t) => t.role === 'user').length;
  const scenario = {
    id,
    type: 'scripted',
    match,
    description:
      `Pursues the goal of a recorded conversation (${transcript.source}, ${transcript.format}, ` +
      `${userTexts.length} user and ${spoken} agent messages), answering what the agent asks, however it words it.` +
      (startFrom > 0 ? ` Starts from its first ${startFrom} turns as recorded.` : ''),
    ...(startFrom > 0 ? { start_from: turns.slice(0, startFrom).map(recordedTurnOf) } : {}),
    // Room for a reply or two the recording did not show.
    max_turns: liveUsers + 2,
    conditional_actions: {
      role: 'You are the user of the recorded conversation: pursue the same goal, with the same data.',
      conditions,
    },
  };
  return {
    ...(values.length > 0
      ? {
          profile: {
            id,
            description: `Values from ${transcript.source}.`,
            data: Object.fromEntries(values.map((v) => [v.key, v.value])),
          },
        }
      : {}),
    scenario,
    test: {
      id,
      name: `Recorded conversation ${id} reaches the same outcome`,
      persona,
      scenario: id,
      ...(values.length > 0 ? { profile: id } : {}),
      tags: ['from-transcript'],
      criteria,
    },
  };
}

// ---------------------------------------------------------------- the user's side

/**
 * Each user message after the first is an answer to the agent message before
 * it: the condition is what that message asks for. A closing message ("thanks,
 * bye") as the last turn answers whatever the agent said last.
 */
function userConditions(
  turns: readonly TranscriptTurn[],
  values: readonly ProfileValue[],
  startFrom = 0,
): Record<string, unknown>[] {
  const conditions: Record<string, unknown>[] = [];
  const spoken = turns.filter((t) => t.role === 'user' || t.text !== '');
  // Recorded turns are the opening: the simulated user's first words answer the last of them.
  const recorded = turns.slice(0, startFrom).filter((t) => t.role === 'user' || t.text !== '').length;
  if (spoken[0]?.role === 'agent' || startFrom > 0)
    conditions.push({ id: 0, condition: 'FIRST_MESSAGE', action: '', fixed_message: true });
  const lastUser = spoken.map((t) => t.role).lastIndexOf('user');
  spoken.forEach((turn, i) => {
    if (turn.role !== 'user' || i < recorded) return;
    const action = templateValues(turn.text, values);
    const previous = spoken[i - 1];
    if (!previous || previous.role !== 'agent') {
      // The opening, or a second user message in a row: said right after the one before.
      if (conditions.length === 0) conditions.push({ id: 0, condition: 'FIRST_MESSAGE', action, fixed_message: true });
      else {
        const parent = conditions.at(-1)!;
        conditions.push({
          id: conditions.length,
          type: 'action_followup',
          condition: Number(parent['id']),
          action,
          fixed_message: true,
        });
      }
      return;
    }
    const intent = intentOf(previous.text, turn.text, values, i === lastUser);
    conditions.push({
      id: conditions.length,
      condition: intent.condition,
      pattern: intent.pattern,
      ...(intent.keywords.length > 0 ? { keywords: intent.keywords } : {}),
      action,
      fixed_message: true,
    });
  });
  // The recording ends with the user: they hang up after their last message. (When the agent acted
  // after it — a transfer with no reply — the user waits for that.)
  if (turns.at(-1)?.role === 'user') {
    const last = conditions.at(-1)!;
    last['action'] = `${String(last['action'])} <endcall/>`.trim();
  }
  return conditions;
}

/**
 * The recorded part must leave something to simulate, and the simulated user's first words must answer the agent:
 * a user turn right after recorded user words would have nothing to wait for.
 */
function checkStartFrom(transcript: Transcript, startFrom: number): void {
  if (startFrom === 0) return;
  const { turns, source } = transcript;
  const rest = turns.slice(startFrom);
  if (rest.length === 0)
    throw new ConfigurationError(
      `--start-from ${startFrom}: ${source} has ${turns.length} turns; leave at least one to simulate`,
    );
  if (turns[startFrom - 1]?.role === 'user' && rest[0]?.role === 'user')
    throw new ConfigurationError(
      `--start-from ${startFrom}: turns ${startFrom} and ${startFrom + 1} of ${source} are both the user's; ` +
        'start after an agent turn or just before one',
    );
}

export interface Intent {
  /** In words, for `match: llm`, with the recorded message as an example. */
  readonly condition: string;
  /** For `match: regex`: any of the cues, case-insensitive (RE2). */
  readonly pattern: string;
  /** For `match: keywords`. */
  readonly keywords: string[];
}

/** What the user's answers name, by profile key → words an agent uses when it asks for it. */
const SLOT_WORDS: Readonly<Record<string, readonly string[]>> = {
  id: ['id', 'number', 'reference', 'code'],
  email: ['e-?mail', 'email address'],
  date: ['date', 'when', 'day'],
  first_name: ['name', 'who'],
  last_name: ['name', 'surname'],
  order_id: ['order', 'purchase'],
  booking_id: ['booking', 'reservation', 'confirmation'],
  reservation_id: ['reservation', 'booking', 'confirmation'],
  account_id: ['account'],
  ticket_id: ['ticket', 'case'],
  invoice_id: ['invoice', 'bill'],
  case_id: ['case', 'ticket'],
  customer_id: ['customer', 'account'],
  policy_id: ['policy'],
  member_id: ['member', 'membership'],
  user_id: ['user ?id', 'username', 'account'],
  zip: ['zip', 'postal', 'post ?code'],
  phone: ['phone', 'number'],
};

/** Stems an agent rewords freely → other stems with the same meaning. */
const SYNONYMS: readonly (readonly string[])[] = [
  ['refund', 'reimburs', 'money back', 'credit back'],
  ['cancel', 'call off', 'void'],
  ['address', 'ship', 'deliver', 'send it'],
  ['confirm', 'proceed', 'go ahead', 'correct', 'right'],
  ['replac', 'exchang', 'swap'],
  ['return', 'send back'],
  ['order', 'purchase'],
  ['book', 'reserv'],
  ['email', 'e-mail'],
  ['transfer', 'human', 'specialist', 'colleague'],
  ['anything else', 'other question', 'further', 'more help', 'else'],
];

/** A yes/no question, however it is phrased. */
const YES_NO_CUES = [
  'would you like',
  'do you want',
  'want me to',
  'like me to',
  'shall i',
  'should i',
  'can i',
  'may i',
  'is that (?:ok|okay|right|correct|alright|fine)',
  'confirm',
  'proceed',
  'go ahead',
];

const AFFIRMATIVE =
  /^\W*(yes|yeah|yep|yup|sure|ok|okay|please|go ahead|correct|confirm|that'?s (right|correct)|absolutely|definitely|no|nope|not really)\b/i;
const CLOSING =
  /^\W*no\W*$|\b(thanks?|thank you|bye|goodbye|that'?s (all|it|everything)|that is all|nothing else|no(,| more)? (thanks|that'?s)|appreciate|have a (good|great|nice))\b/i;

const STOPWORDS = new Set(
  [
    'a about above after again all also am an and any are as at be been before being below both but by can could',
    'did do does doing done for from further had has have having he her here hers him his how i if in into is it',
    'its itself just let like me more most my no nor not now of off on once only or other our ours out over own',
    'please same she should so some such than that the their theirs them then there these they this those through',
    'to too under until up very was we were what when where which while who whom why will with would you your',
    'yours yourself sure okay ok thank thanks sorry hear happy glad help assist today great perfect certainly',
    'absolutely course need want know give tell share provide get got able kindly moment right away could',
    'shall may might must also just really well alright hello hi hey first next see look check let us',
  ]
    .join(' ')
    .split(' '),
);

export function intentOf(
  agentText: string,
  userText: string,
  values: readonly ProfileValue[],
  isLastUserTurn: boolean,
): Intent {
  const example = oneLine(agentText);
  if (isLastUserTurn && CLOSING.test(userText) && userText.length < 120) {
    return {
      condition: `The agent has finished, or asks whether there is anything else (recorded: "${example}")`,
      pattern: '[\\s\\S]',
      keywords: [],
    };
  }
  const cues = new Set<string>();
  const keywords = new Set<string>();
  const slots = values.filter((v) => userText.includes(v.value) && !agentText.includes(v.value));
  const slotNames: string[] = [];
  for (const slot of slots) {
    const base = slot.key.replace(/_\d+$/, '');
    const words = SLOT_WORDS[base] ?? [base.replace(/_id$/, '').replace(/_/g, ' ')];
    slotNames.push(base.replace(/_/g, ' '));
    for (const word of words) cues.add(word.replace(/ /g, '\\s*'));
    keywords.add(base.replace(/_id$/, '').replace(/_/g, ' '));
  }
  const question = questionPart(agentText);
  for (const { stem, word } of contentWords(question, values)) {
    cues.add(stemPattern(stem));
    keywords.add(word);
    for (const group of SYNONYMS) {
      if (group.some((s) => stem.startsWith(s) || s.startsWith(stem))) for (const s of group) cues.add(stemPattern(s));
    }
  }
  const yesNo = slots.length === 0 && AFFIRMATIVE.test(userText) && userText.split(/\s+/).length <= 12;
  if (yesNo) for (const cue of YES_NO_CUES) cues.add(cue.replace(/ /g, '\\s+'));
  const condition =
    slotNames.length > 0
      ? `The agent asks for the user's ${[...new Set(slotNames)].join(' or ')} (recorded: "${example}")`
      : yesNo
        ? `The agent asks whether the user wants this or agrees (recorded: "${example}")`
        : `The agent says something meaning: "${example}"`;
  // Nothing to go by (a bare "Hmm?"): any message is an answer to it.
  const pattern = cues.size > 0 ? `\\b(?:${[...cues].join('|')})` : '[\\s\\S]';
  return { condition, pattern, keywords: [...keywords].map((k) => k.replace(/\\s\*|\\s\+|\?/g, ' ').trim()) };
}

/** The sentences with a question mark (what the agent asks), else the last sentence. */
function questionPart(text: string): string {
  const sentences = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.?!:])\s+/)
    .filter((s) => s.length > 0);
  const questions = sentences.filter((s) => s.includes('?'));
  return (questions.length > 0 ? questions : sentences.slice(-1)).join(' ');
}

/** The words that carry the meaning, with their stems: no stopwords, values, numbers or ids. */
function contentWords(text: string, values: readonly ProfileValue[] = []): { stem: string; word: string }[] {
  let plain = text.toLowerCase();
  for (const v of values) plain = plain.split(v.value.toLowerCase()).join(' ');
  const found: { stem: string; word: string }[] = [];
  for (const word of plain.split(/[^a-z'-]+/)) {
    const w = word.replace(/^['-]+|['-]+$/g, '').replace(/'s$/, '');
    if (w.length < 4 || STOPWORDS.has(w) || /'/.test(w)) continue;
    const stem = stemOf(w);
    if (stem.length >= 3 && !found.some((f) => f.stem === stem)) found.push({ stem, word: w });
  }
  return found.slice(0, 6);
}

export function contentStems(text: string, values: readonly ProfileValue[] = []): string[] {
  return contentWords(text, values).map((f) => f.stem);
}

function stemOf(word: string): string {
  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'e', 'y']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** A stem as a word prefix: "refund" also matches "refunded", "refunds". */
function stemPattern(stem: string): string {
  return stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

function oneLine(text: string): string {
  const flat = text
    .replace(/\s+/g, ' ')
    .replace(/\{\{|\}\}/g, '')
    .replace(/"/g, "'")
    .trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

// ---------------------------------------------------------------- the outcome

/** Tools that only read: their calls are the agent's way, not the outcome. */
const READ_ONLY =
  /^(get|find|search|lookup|look_up|list|check|fetch|read|view|show|query|retrieve|describe|calculate|compute|verify|validate|count|browse)(_|-|[A-Z]|$)/;
/** Tools whose call changes nothing: the agent thinking aloud. */
const NO_OP = /^(think|thought|reason|reasoning|reflect|plan|scratchpad|note|notes|calculator|calculate)$/i;
const TRANSFER = /transfer|escalat|hand_?off|handover|human_agent/i;
/** Arguments longer than this are the agent's own words (a summary, a reason): they differ every time. */
const MAX_ARG_WORDS = 8;

export function isOutcomeCall(call: TranscriptToolCall): boolean {
  if (call.failed) return false;
  if (NO_OP.test(call.name)) return false;
  if (TRANSFER.test(call.name)) return true;
  return !READ_ONLY.test(call.name);
}

function outcomeCriteria(turns: readonly TranscriptTurn[], values: readonly ProfileValue[]): Record<string, unknown>[] {
  const calls = turns.flatMap((t) => t.toolCalls);
  const outcome = uniqueCalls(
    calls.filter(isOutcomeCall).map((call) => ({ ...call, arguments: stableArgs(call.arguments) })),
  );
  const criteria: Record<string, unknown>[] = outcome.map((call) => ({
    type: 'tool_called',
    tool: call.name,
    ...(Object.keys(call.arguments).length > 0 ? { args: templateArgs(call.arguments, values) } : {}),
  }));
  const facts = answerFacts(turns);
  if (facts.length > 0) criteria.push({ type: 'text', contains: facts, scope: 'any' });
  else if (criteria.length === 0) {
    // Nothing changed and the answer has no checkable fact: its key words, however the agent phrases them.
    const answer = finalAnswer(turns);
    const stems = answer ? contentStems(answer.text).slice(0, 4) : [];
    if (stems.length > 0)
      criteria.push({ type: 'text', regex: `(?i)\\b(?:${stems.map(stemPattern).join('|')})`, scope: 'any' });
  }
  return criteria;
}

/** Drops free-text arguments (the agent's own summary or reason), which no other conversation repeats. */
function stableArgs(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(args).filter(
      ([, value]) => !(typeof value === 'string' && value.split(/\s+/).length > MAX_ARG_WORDS),
    ),
  );
}

function templateArgs(args: Record<string, unknown>, values: readonly ProfileValue[]): Record<string, unknown> {
  const byValue = new Map(values.map((v) => [v.value, `{{profile.${v.key}}}`]));
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return byValue.get(value) ?? value;
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(args) as Record<string, unknown>;
}

/** The agent's answer: its last message that followed tool calls, else its last substantive message. */
function finalAnswer(turns: readonly TranscriptTurn[]): TranscriptTurn | undefined {
  const agent = turns.filter((t) => t.role === 'agent' && t.text.trim() !== '');
  const lastWithCalls = agent.map((t) => t.toolCalls.length > 0).lastIndexOf(true);
  if (lastWithCalls >= 0) return agent[lastWithCalls];
  return [...agent].reverse().find((t) => !CLOSING.test(t.text) || t.text.length > 80) ?? agent.at(-1);
}

/**
 * Facts the answer states that came from the tools (an id, an amount, a
 * status): the agent must tell the user these, whatever its wording. Values
 * the user gave are not evidence of the outcome; at most three facts.
 */
function answerFacts(turns: readonly TranscriptTurn[]): string[] {
  const answer = finalAnswer(turns);
  if (!answer) return [];
  const text = answer.text;
  const said = turns
    .filter((t) => t.role === 'user')
    .map((t) => t.text.toLowerCase())
    .join('\n');
  const outputs = turns
    .flatMap((t) => t.toolCalls)
    .filter((call) => !call.failed)
    .flatMap((call) => leafStrings(call.output));
  const facts: string[] = [];
  const add = (fact: string) => {
    const f = fact.trim();
    if (f === '' || said.includes(f.toLowerCase()) || facts.some((x) => x.toLowerCase().includes(f.toLowerCase())))
      return;
    facts.push(f);
  };
  // Ids, amounts and dates: what the answer is about. A word fact (a status) only when there is none:
  // the agent may leave out a detail (the item's name) that another conversation states.
  for (const value of outputs.filter((v) => /\d/.test(v) && v.length <= 24)) {
    if (text.includes(value)) add(value);
  }
  if (facts.length > 0) return facts.slice(0, 3);
  for (const value of outputs.filter((v) => !/\d/.test(v) && v.length >= 4 && v.length <= 40)) {
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escape(value)}(?![\\p{L}\\p{N}])`, 'iu').test(text)) add(value);
  }
  return facts.slice(0, 1);
}

function leafStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(leafStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(leafStrings);
  return [];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function uniqueCalls(calls: readonly TranscriptToolCall[]): TranscriptToolCall[] {
  const seen = new Set<string>();
  return calls.filter((call) => {
    const key = `${call.name} ${JSON.stringify(call.arguments)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------- the tools

/**
 * One mock per tool name across every conversation: each recorded input
 * answers with its recorded output (an error result too, as an output, the
 * way the agent saw it); other inputs get an error output the agent can read.
 */
function mockTools(calls: readonly TranscriptToolCall[]): unknown[] {
  const byName = new Map<string, TranscriptToolCall[]>();
  for (const call of calls) byName.set(call.name, [...(byName.get(call.name) ?? []), call]);
  return [...byName].map(([name, seen]) => ({
    name,
    description: `Recorded from a transcript (${seen.length} call${seen.length === 1 ? '' : 's'}).`,
    parameters: {
      type: 'object',
      properties: Object.fromEntries(argumentNames(seen).map((arg) => [arg.name, { type: arg.type }])),
    },
    mock: {
      mappings: uniqueCalls(seen).map((call) => ({
        when: call.arguments,
        output: call.output ?? (NO_OP.test(name) ? '' : {}),
      })),
      default: { output: NO_OP.test(name) ? '' : { error: 'no recorded answer for these arguments' } },
    },
  }));
}

function argumentNames(calls: readonly TranscriptToolCall[]): { name: string; type: string }[] {
  const types = new Map<string, string>();
  for (const call of calls) {
    for (const [name, value] of Object.entries(call.arguments)) {
      if (!types.has(name))
        types.set(
          name,
          Array.isArray(value)
            ? 'array'
            : value === null
              ? 'null'
              : typeof value === 'object'
                ? 'object'
                : typeof value,
        );
    }
  }
  return [...types].map(([name, type]) => ({ name, type }));
}
