/**
 * End-state criteria: what the trial's state holds when the conversation
 * ends (a path equals, contains, exists, matches a JSON subset), and that
 * nothing changed but what may. The final state is read from the trace (the
 * `state` events), so a re-judge sees what the run saw.
 */
import type { Trace } from '../engine/types.js';
import type { TraceEvent, MetricResult } from '../model/results.js';
import type { Trial } from '../plan/types.js';
import {
  applyChanges,
  diffStates,
  formatPath,
  getAt,
  matchesValue,
  parsePath,
  pathCovers,
  type StateChange,
} from '../util/state-path.js';
import type { CriterionOf } from './deterministic.js';
import { metricError, verdict } from './metric-result.js';

type StateEvent = Extract<TraceEvent, { type: 'state' }>;

interface States {
  readonly initial: unknown;
  readonly final: unknown;
  readonly changes: readonly StateChange[];
}

/** The initial and final state of the trial, or why they can not be known. */
export function trialStates(trial: Trial, trace: Trace): States | { error: string } {
  const events = trace.events.filter((event): event is StateEvent => event.type === 'state');
  const initialEvent = events.find((event) => event.phase === 'initial');
  const finalEvent = events.findLast((event) => event.phase === 'final');
  if (!initialEvent || !finalEvent)
    return { error: 'the trial has no state: give the test (or its profile) a `state` and stateful tools' };
  const initial = initialEvent.state ?? trial.state;
  if (initial === undefined)
    return { error: 'the initial state was too large to record and the test no longer declares one' };
  const changes = finalEvent.changes ?? diffStates(initial, finalEvent.state);
  const final = finalEvent.state ?? applyChanges(initial, changes);
  return { initial, final, changes };
}

export function stateCheck(criterion: CriterionOf<'state'>, trial: Trial, trace: Trace): MetricResult {
  const states = trialStates(trial, trace);
  if ('error' in states) return metricError(criterion, states.error);
  const parsed = parsePath(criterion.path);
  if (!parsed.ok) return metricError(criterion, parsed.error);
  const shown = formatPath(parsed.segments);
  const at = getAt(states.final, parsed.segments);
  const anyOrder = criterion.list_order !== 'exact';
  const actual = at.found ? compact(at.value) : '(absent)';
  if (criterion.exists !== undefined) {
    const ok = at.found === criterion.exists;
    return verdict(
      criterion,
      ok,
      `${shown} ${at.found ? 'exists' : 'does not exist'}${ok ? '' : ' in the final state'}`,
    );
  }
  if ('equals' in criterion && criterion.equals !== undefined) {
    const ok = at.found && matchesValue(at.value, criterion.equals, { partial: false, anyOrder });
    return verdict(
      criterion,
      ok,
      ok ? `${shown} = ${actual}` : `${shown} is ${actual}, expected ${compact(criterion.equals)}`,
    );
  }
  if ('matches' in criterion && criterion.matches !== undefined) {
    const ok = at.found && matchesValue(at.value, criterion.matches, { partial: true, anyOrder });
    return verdict(
      criterion,
      ok,
      ok
        ? `${shown} matches ${compact(criterion.matches)}`
        : `${shown} is ${actual}, expected it to match ${compact(criterion.matches)}`,
    );
  }
  if ('contains' in criterion && criterion.contains !== undefined) {
    const ok = at.found && contains(at.value, criterion.contains);
    return verdict(
      criterion,
      ok,
      ok
        ? `${shown} contains ${compact(criterion.contains)}`
        : `${shown} is ${actual}, expected it to contain ${compact(criterion.contains)}`,
    );
  }
  // The loader requires one of the checks; this guards a hand-built suite.
  return metricError(criterion, 'a state criterion needs equals, contains, exists or matches');
}

export function stateUnchanged(criterion: CriterionOf<'state_unchanged'>, trial: Trial, trace: Trace): MetricResult {
  const states = trialStates(trial, trace);
  if ('error' in states) return metricError(criterion, states.error);
  const allowed = criterion.except.flatMap((text) => {
    const parsed = parsePath(text);
    return parsed.ok ? [parsed.segments] : [];
  });
  const unexpected = states.changes.filter((change) => {
    const parsed = parsePath(change.path);
    return (
      !parsed.ok || !allowed.some((path) => pathCovers(path, parsed.segments) && path.length <= parsed.segments.length)
    );
  });
  const scope = criterion.except.length > 0 ? ` outside ${criterion.except.join(', ')}` : '';
  return verdict(
    criterion,
    unexpected.length === 0,
    unexpected.length === 0
      ? `no change to the state${scope}`
      : `${unexpected.length} unexpected change(s)${scope}: ${unexpected.map(describe).join('; ')}`,
  );
}

/** A string holds the text; a list holds a matching item; an object matches the subset. */
function contains(actual: unknown, wanted: unknown): boolean {
  if (typeof actual === 'string') return actual.toLowerCase().includes(String(wanted).toLowerCase());
  if (Array.isArray(actual))
    return actual.some((item) => matchesValue(item, wanted, { partial: true, anyOrder: true }));
  return matchesValue(actual, wanted, { partial: true, anyOrder: true });
}

function describe(change: StateChange): string {
  if (!('after' in change)) return `${change.path} removed`;
  if (!('before' in change)) return `${change.path} added (${compact(change.after)})`;
  return `${change.path}: ${compact(change.before)} → ${compact(change.after)}`;
}

const CLIP = 160;

function compact(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > CLIP ? `${text.slice(0, CLIP)}…` : text;
}
