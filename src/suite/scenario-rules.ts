/**
 * The seed's structural rules for scripted (conditional-action) scenarios,
 * and the tags an action may carry in a text conversation.
 */
import { compileUserRegex } from '../util/user-regex.js';
import { locate, type Entry } from './collect.js';
import { TEXT_MODE_TAGS, VOICE_ONLY_TAGS, type Condition, type Scenario, type ScriptedScenario } from './schema.js';
import { findTags, spellClosePattern, spellOpenPattern } from './tags.js';
import type { SourceLocation, SuiteIssue } from './types.js';

export const FIRST_MESSAGE = 'FIRST_MESSAGE';
const TEXT_TAGS_HINT = 'text-mode tags are <endcall/> and <spell>…</spell>';

export function checkScenarioRules(scenarios: readonly Entry<Scenario>[]): SuiteIssue[] {
  return scenarios.flatMap((entry) =>
    entry.value.type === 'scripted' ? checkScripted(entry as Entry<ScriptedScenario>) : [],
  );
}

function checkScripted(entry: Entry<ScriptedScenario>): SuiteIssue[] {
  const issues: SuiteIssue[] = [];
  const scenario = entry.value;
  const conditions = scenario.conditional_actions.conditions;
  const at = (index: number, ...key: string[]): SourceLocation =>
    locate(entry, 'conditional_actions', 'conditions', index, ...key);
  const fail = (location: SourceLocation, message: string): void =>
    void issues.push({ location, message, severity: 'error' });

  const firsts = conditions.flatMap((c, index) => (c.condition === FIRST_MESSAGE ? [index] : []));
  if (firsts.length === 0)
    fail(
      locate(entry, 'conditional_actions', 'conditions'),
      `scenario '${scenario.id}' needs exactly one FIRST_MESSAGE condition (id 0, fixed_message: true); found none`,
    );
  for (const index of firsts.slice(1))
    fail(
      at(index, 'condition'),
      `a second FIRST_MESSAGE condition (the first is at line ${at(firsts[0]!).line}); a scenario has exactly one`,
    );
  for (const index of firsts.slice(0, 1)) {
    const first = conditions[index]!;
    if (first.id !== 0) fail(at(index, 'id'), `FIRST_MESSAGE must have id 0, got ${first.id}`);
    if (!first.fixed_message)
      fail(
        at(index, 'fixed_message'),
        'FIRST_MESSAGE must have fixed_message: true (the opening message is sent verbatim; use an empty action ' +
          'to let the agent speak first)',
      );
  }

  const seen = new Map<number, number>();
  conditions.forEach((condition, index) => {
    const previous = seen.get(condition.id);
    if (previous !== undefined)
      fail(at(index, 'id'), `duplicate condition id ${condition.id} (first used at line ${at(previous).line})`);
    else seen.set(condition.id, index);
  });

  conditions.forEach((condition, index) => {
    if (condition.type === 'action_followup') checkFollowup(condition, index, seen, at, fail);
    else if (typeof condition.condition !== 'string')
      fail(
        at(index, 'condition'),
        'a standard condition describes what the agent says (text); only an action_followup refers to a condition id',
      );
    else if (condition.condition !== FIRST_MESSAGE) checkMatcher(scenario.match, condition, index, at, fail);
    checkTags(condition, at(index, 'action'), fail);
  });
  return issues;
}

type Fail = (location: SourceLocation, message: string) => void;
type At = (index: number, ...key: string[]) => SourceLocation;

function checkFollowup(
  condition: Condition,
  index: number,
  ids: ReadonlyMap<number, number>,
  at: At,
  fail: Fail,
): void {
  const target =
    typeof condition.condition === 'number'
      ? condition.condition
      : /^\d+$/.test(condition.condition)
        ? Number(condition.condition)
        : undefined;
  const valid = [...ids.keys()].filter((id) => id !== condition.id).join(', ');
  if (target === undefined || target === condition.id || !ids.has(target)) {
    fail(
      at(index, 'condition'),
      `action_followup condition must be the id of another condition in this scenario (${valid || 'none'}), got ` +
        `${JSON.stringify(condition.condition)}`,
    );
  }
}

function checkMatcher(match: ScriptedScenario['match'], condition: Condition, index: number, at: At, fail: Fail): void {
  if (match === 'regex') {
    if (condition.pattern === undefined)
      fail(at(index), `condition ${condition.id} needs a \`pattern\` (the scenario uses match: regex)`);
    else {
      const compiled = compileUserRegex(condition.pattern, { ignoreCase: true });
      const why = compiled.ok ? undefined : compiled.message;
      if (why !== undefined) fail(at(index, 'pattern'), `invalid regex ${JSON.stringify(condition.pattern)}: ${why}`);
    }
  }
  if (match === 'keywords' && !condition.keywords?.length)
    fail(at(index), `condition ${condition.id} needs \`keywords\` (the scenario uses match: keywords)`);
}

function checkTags(condition: Condition, location: SourceLocation, fail: Fail): void {
  for (const { text: tag, name, closing, wellFormed } of findTags(condition.action)) {
    // A closing tag is judged by its opening one, except a stray closing text-mode tag.
    if ((VOICE_ONLY_TAGS as readonly string[]).includes(name)) {
      if (!closing) fail(location, `${tag} is a voice-only tag; Rehearse runs text conversations (${TEXT_TAGS_HINT})`);
    } else if (!(TEXT_MODE_TAGS as readonly string[]).includes(name)) {
      const why = condition.fixed_message ? ': in a fixed_message action it would be sent literally' : '';
      if (!closing) fail(location, `unknown tag ${tag}${why} (${TEXT_TAGS_HINT})`);
    } else if (!wellFormed) {
      fail(location, `malformed tag ${tag}: it would be sent literally (${TEXT_TAGS_HINT})`);
    }
  }
  const opened = (condition.action.match(spellOpenPattern()) ?? []).length;
  const closed = (condition.action.match(spellClosePattern()) ?? []).length;
  if (opened !== closed) fail(location, 'unbalanced <spell>…</spell>: every <spell> needs a closing </spell>');
}
