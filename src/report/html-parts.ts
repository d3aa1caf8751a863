/** One test of the HTML report: its header, every trial, each transcript with tool calls and the judge's reasons. */
import { SECTION_LABELS, type Placement } from '../compare/index.js';
import type { MetricResult, SkippedTest, TestSummary, TraceEvent, TrialResult } from '../model/results.js';
import { checkpointText } from '../model/results.js';
import { definitionMark } from './definition.js';
import { escapeHtml } from './escape.js';
import { failureOf, reasonBesideParts, type TrialIndex } from './failures.js';
import { formatMs, formatPassHatK, formatUsd, passFraction, trialsPassing } from './format.js';
import {
  againstText,
  alsoTexts,
  changeEvidence,
  suspectedWhy,
  thresholdVerdict,
  unreferencedText,
} from './placement-text.js';
import { plural } from '../util/plural.js';
import { describeChanges } from '../aggregate/failure-digest.js';

const e = escapeHtml;

function json(value: unknown): string {
  if (value === undefined) return '';
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  } catch {
    return String(value);
  }
}

/** Recorded turns (a scenario's `start_from`) are set apart: the context the test started from, not this run's. */
function rec(event: { readonly recorded?: true }): string {
  return event.recorded ? ' recorded' : '';
}

function recLabel(event: { readonly recorded?: true }): string {
  return event.recorded ? ' <span class="muted">recorded</span>' : '';
}

function eventHtml(event: TraceEvent): string {
  switch (event.type) {
    case 'user_message':
      return (
        `<div class="ev user${rec(event)}"><span class="who">👤 User${recLabel(event)}</span>` +
        `${e(event.content)}</div>`
      );
    case 'agent_message': {
      const retried = event.retries ? ` · ${plural(event.retries, 'retry', 'retries')}` : '';
      const when = event.recorded ? 'recorded' : `${formatMs(event.latencyMs)}${retried}`;
      return (
        `<div class="ev agent${rec(event)}"><span class="who">🤖 Agent <span ` +
        `class="muted">${when}</span></span>${e(event.content)}</div>`
      );
    }
    case 'tool_call': {
      const outcome = event.error !== undefined ? `✗ ${e(event.error)}` : `→ ${e(json(event.result))}`;
      const retried = event.retries ? ` · ${plural(event.retries, 'retry', 'retries')}` : '';
      const how = event.recorded ? 'recorded' : `${formatMs(event.durationMs)} · ${event.strategy}${retried}`;
      return (
        `<div class="ev tool${event.error !== undefined ? ' failed' : ''}${rec(event)}">🔧 ` +
        `${e(event.name)}(${e(json(event.arguments))}) ${outcome} <span ` +
        `class="muted">${how}</span></div>`
      );
    }
    case 'llm_call':
      return '';
    case 'simulator_flag':
      return `<div class="ev err">🚩 simulator ${e(event.reason)}: ${e(event.detail)}</div>`;
    case 'error':
      return `<div class="ev err">⚠️ ${e(event.source)} error (${e(event.category)}): ${e(event.message)}</div>`;
    case 'state':
      return '';
    case 'state_write':
      return `<div class="ev tool">✎ ${e(event.tool)} wrote ${e(describeChanges(event.changes))}</div>`;
  }
}

function metricsHtml(trial: TrialResult): string {
  if (trial.metrics.length === 0) return '';
  const items = trial.metrics.map((metric) => {
    const score = metric.score === null ? '—' : `${metric.score.toFixed(2)} / ${metric.threshold.toFixed(2)}`;
    const mark = metric.passed ? '✓' : '✗';
    return (
      `<li class="${metric.passed ? 'yes' : 'no'}">${mark} <b>${e(metric.id)}</b> <span ` +
      `class="muted">(${e(metric.type)}${metric.at ? `, ${e(checkpointText(metric.at))}` : ''}, ${score})</span> ` +
      `${e(metric.error ?? reasonBesideParts(metric))}${partsHtml(metric)}</li>`
    );
  });
  return `<ul class="criteria">${items.join('')}</ul>`;
}

/** The judge's verdict on each part of an expected outcome, met ones too, with its evidence. */
function partsHtml(metric: MetricResult): string {
  if (!metric.parts || metric.parts.length === 0) return '';
  const items = metric.parts.map((part) => {
    const evidence = part.evidence ? ` <span class="muted">— ${e(part.evidence)}</span>` : '';
    return (
      `<li class="${part.met ? 'yes' : 'no'}">${part.met ? '✓ met' : '✗ not met'}: ` + `${e(part.part)}${evidence}</li>`
    );
  });
  return `<ul class="parts">${items.join('')}</ul>`;
}

function searchTextOfSkipped(entry: SkippedTest): string {
  return [entry.key, entry.name ?? '', entry.priority ?? '', ...(entry.tags ?? []), entry.reason]
    .join(' ')
    .toLowerCase();
}

/** A planned test that never ran: what it is and why (no simulator key or endpoint). */
export function skippedArticle(entry: SkippedTest): string {
  const variant = entry.variant ?? entry.key.slice(entry.key.lastIndexOf('@') + 1);
  const attrs = [
    'class="test v-skipped"',
    `id="${e(entry.key)}"`,
    'data-status="skipped"',
    'data-change=""',
    `data-variant="${e(variant)}"`,
    `data-tags="${e(JSON.stringify(entry.tags ?? []))}"`,
    `data-search="${e(searchTextOfSkipped(entry))}"`,
  ].join(' ');
  const name = entry.name ? ` · ${e(entry.name)}` : '';
  const priority = entry.priority ? ` · ${e(entry.priority)}` : '';
  const source = entry.source ? ` <span class="muted">${e(entry.source.file)}:${entry.source.line}</span>` : '';
  const header =
    `<span class="badge skipped">skipped</span> <b>${e(entry.key)}</b>${name}${priority} · ` +
    `${e(entry.reason)}${source}`;
  return `<article ${attrs}><header>${header}</header></article>`;
}

function trialHtml(trial: TrialResult, open: boolean): string {
  const reason = trial.reason ? ` · ${e(trial.reason)}` : '';
  const summary =
    `Trial ${trial.index + 1} · <span class="badge ${e(trial.status)}">${e(trial.status)}</span> ` +
    `· ${plural(trial.turns, 'turn')} · ${formatMs(trial.durationMs)} · ${formatUsd(trial.usage.costUsd)}${reason}`;
  const events = trial.transcript.map(eventHtml).filter(Boolean).join('');
  return (
    `<details class="trial"${open ? ' open' : ''}><summary>${summary}</summary>${metricsHtml(trial)}<div ` +
    `class="transcript">${events}</div></details>`
  );
}

/** What the test's one section says of it, as plain text: "regression · 30/30 on baseline → 3/5 now, …". */
export function placementText(placement: Placement): string {
  const test = placement.test;
  const decided = placement.decided;
  if (!test) return placement.skipped?.reason ?? '';
  if (placement.section === 'changed' || placement.section === 'new') return unreferencedText(placement);
  if (placement.section === 'removed') {
    const before = placement.decided?.change.before;
    return before ? `${passFraction(before.passes, before.trials)} in the previous run, not in this one` : '';
  }
  const numbers = decided
    ? `${changeEvidence(decided.change, decided.comparison)}${againstText(decided.comparison, decided.change)}`
    : '';
  return [numbers, ...alsoTexts(placement), thresholdVerdict(test)].filter(Boolean).join(' · ');
}

/** "<a href=#key>key</a> — evidence" for the overview of sections. */
export function placementSummary(placement: Placement): string {
  const text = placementText(placement);
  const link =
    placement.section === 'removed'
      ? `<code>${e(placement.key)}</code>`
      : `<a href="#${e(placement.key)}">${e(placement.key)}</a>`;
  return `${link}${text ? ` — ${e(text)}` : ''}`;
}

function changeText(placement: Placement | undefined, confirming: boolean): string {
  if (!placement || placement.section === 'passing') return '';
  const mark = placement.section === 'changed' ? '' : definitionMark(placement.decided?.change, false);
  const defined = mark ? ` · <span class="definition-changed">${e(mark)}</span>` : '';
  const why = placement.section === 'suspected' && placement.test ? ` · ${e(suspectedWhy(placement, confirming))}` : '';
  return (
    ` · <span class="badge ${e(placement.section)}">${e(SECTION_LABELS[placement.section])}</span> ` +
    `${e(placementText(placement))}${defined}${why}`
  );
}

/** Lower-cased text the search box matches: id, name, tags, priority and the failure reasons. */
function searchText(test: TestSummary, trials: TrialIndex): string {
  const detail = failureOf(test, trials);
  return [
    test.key,
    test.name ?? '',
    test.priority,
    ...test.tags,
    ...(detail?.criteria ?? []).map((c) => `${c.id} ${c.reason}`),
    ...(detail?.trialReasons ?? []),
  ]
    .join(' ')
    .toLowerCase();
}

export function testArticle(
  test: TestSummary,
  trials: TrialIndex,
  placement: Placement | undefined,
  confirming = true,
): string {
  const own = trials.get(test.key) ?? [];
  const regressed = placement?.section === 'regression';
  const classes = ['test', `v-${test.verdict}`, regressed ? 'regression' : ''].filter(Boolean).join(' ');
  const counts = placement?.counts;
  const listed = placement && placement.section !== 'passing' ? placement.section : '';
  const attrs = [
    `class="${classes}"`,
    `id="${e(test.key)}"`,
    `data-status="${e(test.verdict)}"`,
    `data-change="${e(listed)}"`,
    `data-section="${e(placement?.section ?? '')}"`,
    ...(counts
      ? [
          `data-planned="${counts.planned.passes}/${counts.planned.trials}"`,
          `data-all="${counts.all.passes}/${counts.all.trials}"`,
          `data-trials="${counts.trials}"`,
        ]
      : []),
    `data-variant="${e(test.variant)}"`,
    `data-tags="${e(JSON.stringify(test.tags))}"`,
    `data-search="${e(searchText(test, trials))}"`,
  ].join(' ');
  const name = test.name ? ` · ${e(test.name)}` : '';
  const tags = test.tags.map((tag) => `<span class="badge">${e(tag)}</span>`).join(' ');
  const passHatK = formatPassHatK(test);
  const numbers = `${trialsPassing(test)}${passHatK ? ` · ${passHatK}` : ''}`;
  const source = `${e(test.source.file)}:${test.source.line}`;
  const header =
    `<header><span class="badge ${e(test.verdict)}">${e(test.verdict)}</span> ` +
    `<b>${e(test.key)}</b>${name} · ${e(test.priority)} · ${numbers}${changeText(placement, confirming)} ${tags} ` +
    `<span class="muted">${source}</span></header>`;
  const firstBad = own.findIndex((trial) => trial.status !== 'pass');
  return (
    `<article ${attrs}>${header}` +
    `${own.map((trial, i) => trialHtml(trial, i === firstBad && regressed)).join('')}</article>`
  );
}
