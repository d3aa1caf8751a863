/**
 * Marks for a test whose own definition changed between the compared runs:
 * one wording for the comment, the check run, HTML, JUnit and CSV, in every
 * category (a fix, a still-passing test, a regression, a flaky one).
 */
import type { DefinitionPart, TestChange } from '../compare/types.js';

const PART_NAMES: Readonly<Record<DefinitionPart, string>> = {
  persona: 'persona',
  scenario: 'scenario',
  profile: 'profile',
  tools: 'tools',
  criteria: 'criteria',
  judge: 'judge',
};

/** "scenario and criteria changed", or undefined when the definition did not change (or is unknown). */
export function definitionChangeText(change: TestChange | undefined): string | undefined {
  if (!change || change.changedDefinition.length === 0) return undefined;
  const names = change.changedDefinition.map((part) => PART_NAMES[part]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return `${list} changed`;
}

/** A fix obtained by editing the test's own criteria is not a fix of the agent. */
export function fixedByCriteriaChange(change: TestChange | undefined): boolean {
  return change?.category === 'fix' && change.changedDefinition.includes('criteria');
}

/** The criteria-change note on a fix. */
export const CRITERIA_FIX_NOTE = 'fixed — but its criteria changed since the previous run';

/**
 * The one-line mark: "⚠️ fixed — but its criteria changed since the previous run (scenario changed too)",
 * "⚠️ scenario changed: the test itself changed, not only the agent", or "" when nothing changed.
 */
export function definitionMark(change: TestChange | undefined, long: boolean): string {
  const text = definitionChangeText(change);
  if (!text || !change) return '';
  if (fixedByCriteriaChange(change)) {
    const others = change.changedDefinition.filter((part) => part !== 'criteria');
    const also = others.length ? ` (${definitionChangeText({ ...change, changedDefinition: others })} too)` : '';
    return `⚠️ ${CRITERIA_FIX_NOTE}${also}`;
  }
  const why = long ? ': the test itself changed, not only the agent' : '';
  return `⚠️ ${text}${why}`;
}
