import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeTrial } from '../../src/judge/index.js';
import { createChatClient } from '../../src/llm/index.js';
import { LlmCallError } from '../../src/llm/types.js';
import type { ResolvedCriterion } from '../../src/plan/types.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { buildTrialResult } from '../../src/judge/verdict.js';
import { renderComment, renderHtml } from '../../src/report/index.js';
import { TrialResultSchema, type Results } from '../../src/model/results.js';
import { buildResults } from '../support/results-builder.js';
import { agent, conversationTrial, criterion, datasetTrial, fakeChat, trace, user } from '../runner/helpers.js';

const conversation = trace([
  user('I want a refund for A-17'),
  agent('Done: 42 EUR will be back on your card in 3 days.'),
]);

function judgeWith(reply: string | Error, c: ResolvedCriterion) {
  const chat = fakeChat(() => reply);
  return {
    chat,
    result: judgeTrial(conversationTrial({ criteria: [c] }), conversation, { chat }).then(([first]) => first!),
  };
}

describe('expected_outcome', () => {
  const outcome = criterion({ type: 'expected_outcome' as const });

  it('sends the scenario outcome and the transcript, asks for JSON, and scores the met parts', async () => {
    const verdict = {
      parts: [
        { part: 'confirms refund', met: true, evidence: 'Done' },
        { part: 'gives amount', met: true, evidence: '42 EUR' },
      ],
      verdict: 'pass',
      reason: 'both met',
    };
    const { chat, result } = judgeWith(JSON.stringify(verdict), outcome);
    expect(await result).toMatchObject({ passed: true, score: 1, threshold: 1, reason: 'both met' });
    const request = chat.requests[0]!;
    expect(request.json).toBe(true);
    expect(request.endpoint.model).toBe('judge-model');
    const prompt = request.messages.map((message) => message.content).join('\n');
    expect(prompt).toContain('Agent confirms the refund and gives the refund amount');
    expect(prompt).toContain('Agent: Done: 42 EUR');
    expect(prompt).toContain('each part');
  });

  it('fails with the unmet part named', async () => {
    const verdict = {
      parts: [
        { part: 'confirms refund', met: true, evidence: 'Done' },
        { part: 'gives ETA', met: false, evidence: 'no date' },
      ],
      verdict: 'fail',
      reason: 'ETA missing',
    };
    const result = await judgeWith(JSON.stringify(verdict), outcome).result;
    expect(result).toMatchObject({ passed: false, score: 0.5 });
    expect(result.reason).toContain('not met: gives ETA');
  });

  it('a lower threshold accepts some unmet parts, but a verdict contradicting its parts never passes', async () => {
    const parts = [
      { part: 'a', met: true, evidence: '' },
      { part: 'b', met: false, evidence: '' },
    ];
    const half = await judgeWith(JSON.stringify({ parts, verdict: 'fail', reason: 'r' }), {
      ...outcome,
      threshold: 0.5,
    }).result;
    expect(half).toMatchObject({ passed: true, score: 0.5 });
    const contradiction = await judgeWith(JSON.stringify({ parts, verdict: 'pass', reason: 'r' }), {
      ...outcome,
      threshold: 0.5,
    }).result;
    expect(contradiction.passed).toBe(false);
    expect(contradiction.reason).toContain('contradicts');
  });

  it('an unparseable or malformed verdict is a metric error, never a pass', async () => {
    const prose = await judgeWith('The agent did well, PASS.', outcome).result;
    expect(prose).toMatchObject({ passed: false, score: null });
    expect(prose.error).toContain('unparseable judge verdict');
    const wrongShape = await judgeWith(JSON.stringify({ verdict: 'pass', reason: 'ok' }), outcome).result;
    expect(wrongShape.passed).toBe(false);
    expect(wrongShape.error).toContain('invalid judge verdict: parts');
  });

  it('a verdict cut off or filtered by the endpoint says so, not only that it does not parse', async () => {
    const judge = (reply: string, finishReason: string) =>
      judgeTrial(conversationTrial({ criteria: [outcome] }), conversation, {
        chat: fakeChat(() => reply, finishReason),
      });
    const [cut] = await judge('{"parts":[{"part":"confirms', 'length');
    expect(cut?.error).toMatch(
      /^unparseable judge verdict \(cut off at the model's output limit: finish_reason length\)/,
    );
    const [filtered] = await judge('', 'content_filter');
    expect(filtered?.error).toContain("empty reply (withheld by the endpoint's content filter");
  });

  it('a failed judge call is a metric error with the cause', async () => {
    const result = await judgeWith(
      new LlmCallError('judge-model: HTTP 500 (gave up after 4 attempts)', 'infrastructure', 4),
      outcome,
    ).result;
    expect(result.error).toContain('gave up after 4 attempts');
  });

  it('without a judge endpoint, LLM metrics are errors with a clear reason', async () => {
    const [result] = await judgeTrial(conversationTrial({ criteria: [outcome], judge: undefined }), conversation, {
      chat: fakeChat(() => '{}'),
    });
    expect(result?.error).toContain('no judge endpoint configured');
  });
});

describe('rubric', () => {
  const polite = criterion({ type: 'rubric' as const, rubric: 'The agent is polite.' });
  it('scores against the default threshold 0.7', async () => {
    expect(await judgeWith('{"score":0.8,"reason":"polite"}', polite).result).toMatchObject({
      passed: true,
      score: 0.8,
      threshold: 0.7,
    });
    expect(await judgeWith('{"score":0.6,"reason":"curt"}', polite).result).toMatchObject({
      passed: false,
      score: 0.6,
    });
    expect((await judgeWith('{"score":7,"reason":"out of range"}', polite).result).error).toContain(
      'invalid judge verdict',
    );
  });
});

describe('expected_output', () => {
  const paris = trace([user('Capital of France?'), agent('The capital is Paris.')], { endReason: 'single_turn' });
  const judgeDataset = async (
    expected: string | undefined,
    c: ResolvedCriterion,
    reply = '{"score":1,"reason":"same"}',
  ) => (await judgeTrial(datasetTrial(expected, [c]), paris, { chat: fakeChat(() => reply) }))[0]!;

  it('exact, contains and regex compare with the item expected output', async () => {
    expect(
      (await judgeDataset('The capital is Paris.', criterion({ type: 'expected_output', match: 'exact' }))).passed,
    ).toBe(true);
    expect((await judgeDataset('Paris', criterion({ type: 'expected_output', match: 'exact' }))).passed).toBe(false);
    expect((await judgeDataset('paris', criterion({ type: 'expected_output', match: 'contains' }))).passed).toBe(true);
    expect((await judgeDataset('Lyon', criterion({ type: 'expected_output', match: 'contains' }))).passed).toBe(false);
    expect((await judgeDataset('Paris\\.$', criterion({ type: 'expected_output', match: 'regex' }))).passed).toBe(true);
  });

  it('llm match asks the judge; a missing expected output is an error', async () => {
    expect(await judgeDataset('Paris', criterion({ type: 'expected_output', match: 'llm' }))).toMatchObject({
      passed: true,
      score: 1,
      threshold: 0.7,
    });
    expect((await judgeDataset(undefined, criterion({ type: 'expected_output', match: 'exact' }))).error).toContain(
      'has no expected_output',
    );
  });
});

describe('through the real openai client and the fake server', () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI({
      respond: (request) =>
        request.response_format
          ? {
              content: JSON.stringify({
                parts: [{ part: 'refund confirmed', met: true, evidence: 'Done' }],
                verdict: 'pass',
                reason: 'confirmed',
              }),
            }
          : { content: 'not json' },
    });
  });
  afterAll(() => server.close());

  it('judges an expected outcome end to end', async () => {
    const chat = createChatClient({ env: {}, pricing: {}, callTimeoutMs: 2000, retries: 0 });
    const trial = conversationTrial({
      criteria: [criterion({ type: 'expected_outcome' })],
      judge: { model: 'judge-model', base_url: server.baseURL, api_key_env: 'NO_KEY' },
    });
    const [result] = await judgeTrial(trial, conversation, { chat });
    expect(result).toMatchObject({ passed: true, reason: 'confirmed' });
    expect(server.requests[0]?.messages.some((message) => message.content?.includes('42 EUR'))).toBe(true);
  });
});

describe("the judge's per-part verdicts, stored and rendered", () => {
  const parts = [
    { part: 'confirms the refund', met: true, evidence: 'Agent: "Done: 42 EUR"' },
    { part: 'gives the date the money arrives', met: false, evidence: 'only "in 3 days"' },
  ];
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI({
      respond: () => ({ content: JSON.stringify({ parts, verdict: 'fail', reason: 'no date' }) }),
    });
  });
  afterAll(() => server.close());

  it('keeps every part (met ones too) in the results file, and the reports show them', async () => {
    const chat = createChatClient({ env: {}, pricing: {}, callTimeoutMs: 2000, retries: 0 });
    const trial = conversationTrial({
      criteria: [criterion({ type: 'expected_outcome' })],
      judge: { model: 'judge-model', base_url: server.baseURL, api_key_env: 'NO_KEY' },
    });
    const [metric] = await judgeTrial(trial, conversation, { chat });
    expect(metric).toMatchObject({ passed: false, score: 0.5, parts });
    // Still folded into the reason for readers of the reason alone.
    expect(metric!.reason).toBe('no date; not met: gives the date the money arrives (only "in 3 days")');
    const stored = TrialResultSchema.parse(
      JSON.parse(JSON.stringify(buildTrialResult(trial, conversation, [metric!]))),
    );
    expect(stored.metrics[0]?.parts).toEqual(parts);

    const results = buildResults({ runId: 'R', tests: [{ id: 'refund', outcomes: ['fail'] }] });
    // The trials are edited after they were summarised: without its digest, the reports read them.
    const withParts: Results = {
      ...results,
      tests: results.tests.map(({ failure: _stale, ...test }) => test),
      trials: results.trials.map((t) => ({ ...t, metrics: [{ ...stored.metrics[0]!, id: 'outcome' }] })),
    };
    const comment = renderComment({
      results: withParts,
      gate: { passed: false, reasons: ['x'], summary: '❌ x' },
    }).text;
    expect(comment).toContain('- ✗ **outcome** (expected\\_outcome): score 0.50 < 1.00; no date\n');
    expect(comment).toContain('  - ✓ met: confirms the refund — Agent\\: "Done\\: 42 EUR"\n');
    expect(comment).toContain('  - ✗ not met: gives the date the money arrives — only "in 3 days"');
    expect(renderHtml(withParts)).toContain(
      '<li class="no">✗ not met: gives the date the money arrives <span class="muted">— only &quot;in 3 ' +
        'days&quot;</span></li>',
    );
  });
});
