/**
 * LLM-judged metrics. The judge model answers in strict JSON, parsed with zod:
 * an answer that does not parse is a metric `error`, never a silent pass.
 */
import { compileUserRegex } from '../util/user-regex.js';
import { z } from 'zod';
import type { ChatClient, ChatMessage, Endpoint } from '../llm/types.js';
import type { Trial } from '../plan/types.js';
import type { MetricResult } from '../model/results.js';
import type { Trace } from '../engine/types.js';
import { errorMessage } from '../util/errors.js';
import type { CriterionOf } from './deterministic.js';
import { parseJsonReply } from './deterministic.js';
import { metricError, scored } from './metric-result.js';
import { EXPECTED_OUTCOME_PROMPT, EXPECTED_OUTPUT_PROMPT, FAIL_IF_PROMPT, RUBRIC_PROMPT } from './prompts.js';
import { agentMessages, formatTranscript } from './transcript.js';

/** A rubric or an expected output "passes" at this score unless the criterion says otherwise. */
export const DEFAULT_LLM_THRESHOLD = 0.7;

export interface JudgeDeps {
  readonly chat: ChatClient;
  readonly signal?: AbortSignal;
}

const OutcomeVerdictSchema = z.object({
  parts: z.array(z.object({ part: z.string(), met: z.boolean(), evidence: z.string() })).min(1),
  verdict: z.enum(['pass', 'fail']),
  reason: z.string(),
});

const ScoreVerdictSchema = z.object({ score: z.number().min(0).max(1), reason: z.string() });

export async function expectedOutcome(
  criterion: CriterionOf<'expected_outcome'>,
  trial: Trial,
  trace: Trace,
  deps: JudgeDeps,
): Promise<MetricResult> {
  const outcome = criterion.outcome ?? (trial.kind === 'conversation' ? trial.scenario.expected_outcome : undefined);
  if (!outcome)
    return metricError(
      criterion,
      'no expected outcome: give the metric an `outcome` or the scenario an `expected_outcome`',
    );
  const user = `Expected outcome:\n${outcome}\n\nTranscript:\n${formatTranscript(trace.events)}`;
  const answer = await askJudge(trial, deps, EXPECTED_OUTCOME_PROMPT, user, OutcomeVerdictSchema);
  if (!answer.ok) return metricError(criterion, answer.error);
  const { parts, verdict, reason } = answer.value;
  const met = parts.filter((part) => part.met).length;
  const unmet = parts.filter((part) => !part.met).map((part) => `not met: ${part.part} (${part.evidence})`);
  // The parts are kept whole (met ones too) so reports can show what the judge saw, not only what failed.
  const judged = parts.map(({ part, met: ok, evidence }) => ({ part, met: ok, evidence }));
  const result = { ...scored(criterion, met / parts.length, [reason, ...unmet].join('; ')), parts: judged };
  // A verdict that contradicts its own parts is not trusted: never a pass.
  const contradicts = (verdict === 'pass') !== (met === parts.length);
  return contradicts
    ? { ...result, passed: false, reason: `the judge's verdict "${verdict}" contradicts its parts; ${result.reason}` }
    : result;
}

const HappenedVerdictSchema = z.object({ happened: z.boolean(), evidence: z.string(), reason: z.string() });

/** A judged behaviour that must not happen: an expected outcome with its meaning inverted. */
export async function failIf(
  criterion: CriterionOf<'fail_if'>,
  trial: Trial,
  trace: Trace,
  deps: JudgeDeps,
): Promise<MetricResult> {
  const transcript = formatTranscript(trace.events);
  const user = `Behaviour that must not happen:\n${criterion.behavior}\n\nTranscript:\n${transcript}`;
  const answer = await askJudge(trial, deps, FAIL_IF_PROMPT, user, HappenedVerdictSchema);
  if (!answer.ok) return metricError(criterion, answer.error);
  const { happened, evidence, reason } = answer.value;
  return scored(
    criterion,
    happened ? 0 : 1,
    `${happened ? 'it happened' : 'it did not happen'}: ${reason} (${evidence})`,
  );
}

export async function rubric(
  criterion: CriterionOf<'rubric'>,
  trial: Trial,
  trace: Trace,
  deps: JudgeDeps,
): Promise<MetricResult> {
  const user = `Rubric:\n${criterion.rubric}\n\nTranscript:\n${formatTranscript(trace.events)}`;
  const answer = await askJudge(trial, deps, RUBRIC_PROMPT, user, ScoreVerdictSchema);
  if (!answer.ok) return metricError(criterion, answer.error, DEFAULT_LLM_THRESHOLD);
  return scored(criterion, answer.value.score, answer.value.reason, DEFAULT_LLM_THRESHOLD);
}

export async function expectedOutput(
  criterion: CriterionOf<'expected_output'>,
  trial: Trial,
  trace: Trace,
  deps: JudgeDeps,
): Promise<MetricResult> {
  if (trial.kind !== 'dataset') return metricError(criterion, 'expected_output only applies to dataset items');
  const expected = trial.item.expected_output;
  if (expected === undefined) return metricError(criterion, `dataset item ${trial.item.id} has no expected_output`);
  const actual = agentMessages(trace.events).at(-1)?.content;
  if (actual === undefined)
    return scored(criterion, 0, 'the agent gave no output', criterion.match === 'llm' ? DEFAULT_LLM_THRESHOLD : 1);
  switch (criterion.match) {
    case 'exact':
      return scored(
        criterion,
        actual.trim() === expected.trim() ? 1 : 0,
        actual.trim() === expected.trim()
          ? 'output equals the expected output'
          : `expected exactly "${expected}", got "${actual}"`,
      );
    case 'contains': {
      const ok = actual.toLowerCase().includes(expected.toLowerCase());
      return scored(
        criterion,
        ok ? 1 : 0,
        ok ? 'output contains the expected output' : `output does not contain "${expected}"`,
      );
    }
    case 'regex': {
      const compiled = compileUserRegex(expected);
      if (!compiled.ok) return metricError(criterion, `the expected output is not a valid regex: ${compiled.message}`);
      const pattern = compiled.regex;
      const ok = pattern.test(actual);
      return scored(criterion, ok ? 1 : 0, ok ? `output matches /${expected}/` : `output does not match /${expected}/`);
    }
    case 'llm': {
      const user = `Input:\n${trial.item.input}\n\nExpected output:\n${expected}\n\nActual output:\n${actual}`;
      const answer = await askJudge(trial, deps, EXPECTED_OUTPUT_PROMPT, user, ScoreVerdictSchema);
      if (!answer.ok) return metricError(criterion, answer.error, DEFAULT_LLM_THRESHOLD);
      return scored(criterion, answer.value.score, answer.value.reason, DEFAULT_LLM_THRESHOLD);
    }
  }
}

type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

async function askJudge<T>(
  trial: Trial,
  deps: JudgeDeps,
  system: string,
  user: string,
  schema: z.ZodType<T>,
): Promise<Answer<T>> {
  if (!trial.judge)
    return {
      ok: false,
      error: 'no judge endpoint configured: add `judge: { model, base_url?, api_key_env? }` to the suite',
    };
  const endpoint: Endpoint = { ...trial.judge, temperature: trial.judge.temperature ?? 0 };
  const messages: ChatMessage[] = [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
  let content: string | null;
  let finishReason: string | undefined;
  try {
    ({ content, finishReason } = await deps.chat.complete({
      endpoint,
      messages,
      json: true,
      ...(deps.signal ? { signal: deps.signal } : {}),
    }));
  } catch (error) {
    return { ok: false, error: `judge call failed: ${errorMessage(error)}` };
  }
  // Why the endpoint stopped says more than the parse error it leads to ("Unexpected end of JSON input").
  const cause = finishReason ? STOPPED_BECAUSE[finishReason] : undefined;
  if (!content) return { ok: false, error: `unparseable judge verdict: empty reply${cause ?? ''}` };
  const json = parseJsonReply(content);
  if (!json.ok) return { ok: false, error: `unparseable judge verdict${cause ?? ''}: ${json.error}: ${clip(content)}` };
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error:
        `invalid judge verdict: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}: ` +
        `${clip(content)}`,
    };
  }
  return { ok: true, value: parsed.data };
}

const CLIP_CHARS = 200;

/** Finish reasons that explain a verdict that does not parse. */
const STOPPED_BECAUSE: Readonly<Record<string, string>> = {
  length: " (cut off at the model's output limit: finish_reason length)",
  content_filter: " (withheld by the endpoint's content filter: finish_reason content_filter)",
};

function clip(text: string): string {
  return text.length > CLIP_CHARS ? `${text.slice(0, CLIP_CHARS)}…` : text;
}
