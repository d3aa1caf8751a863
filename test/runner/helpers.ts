/** Builders of plain trials, traces and suites for the judge, aggregate, runner and results tests. */
import type { Trace } from '../../src/engine/types.js';
import type { ChatClient, ChatRequest, ChatResult } from '../../src/llm/types.js';
import type { ConversationTrial, DatasetTrial, Plan, ResolvedCriterion, Trial } from '../../src/plan/types.js';
import type { TraceEvent } from '../../src/model/results.js';
import type { Metric } from '../../src/suite/schema.js';
import type { LoadedSuite, VariantId } from '../../src/suite/types.js';
import { testKey } from '../../src/plan/types.js';

export function criterion<T extends Metric>(
  metric: T,
  id: string = metric.type,
): T & { id: string; baseline: boolean } {
  return { ...metric, id, baseline: false };
}

export function conversationTrial(
  overrides: Partial<ConversationTrial> & { testId?: string; variant?: VariantId; index?: number } = {},
): ConversationTrial {
  const testId = overrides.testId ?? 'refund';
  const variant = overrides.variant ?? 'default';
  const index = overrides.index ?? 0;
  const key = testKey(testId, variant);
  return {
    kind: 'conversation',
    id: `${key}#${index}`,
    key,
    testId,
    variant,
    index,
    runs: 1,
    minPassRate: 1,
    priority: 'normal',
    tags: [],
    source: { file: 'suite.yaml', line: 3, column: 5 },
    agent: {
      id: 'bot',
      type: 'command',
      command: ['node', 'bot.mjs'],
      env: {},
      timeout_ms: 30_000,
      tools: [],
      profile_context: true,
      max_tool_rounds: 30,
    },
    tools: [],
    profile: { name: 'Ada', order: { id: 'A-17' } },
    criteria: [],
    judge: { model: 'judge-model', api_key_env: 'OPENAI_API_KEY' },
    persona: { id: 'ada', role: 'customer', background: '', language: 'en', traits: [], version: 'p1' },
    scenario: {
      id: 'refund-flow',
      type: 'behavioral',
      objective: 'get a refund',
      instructions: 'ask for a refund',
      expected_outcome: 'Agent confirms the refund and gives the refund amount',
      max_turns: 6,
      tags: [],
      version: 's1',
    },
    ...overrides,
  };
}

export function datasetTrial(expectedOutput: string | undefined, criteria: ResolvedCriterion[]): DatasetTrial {
  const key = testKey('faq.capital', 'default');
  return {
    kind: 'dataset',
    id: `${key}#0`,
    key,
    testId: 'faq.capital',
    variant: 'default',
    index: 0,
    runs: 1,
    minPassRate: 1,
    priority: 'normal',
    tags: [],
    source: { file: 'data.yaml', line: 1, column: 1 },
    agent: {
      id: 'bot',
      type: 'command',
      command: ['node', 'bot.mjs'],
      env: {},
      timeout_ms: 30_000,
      tools: [],
      profile_context: true,
      max_tool_rounds: 30,
    },
    tools: [],
    profile: {},
    criteria,
    judge: { model: 'judge-model', api_key_env: 'OPENAI_API_KEY' },
    datasetId: 'faq',
    item: {
      id: 'capital',
      input: 'Capital of France?',
      metadata: {},
      tags: [],
      ...(expectedOutput !== undefined ? { expected_output: expectedOutput } : {}),
    },
  };
}

export function trace(events: TraceEvent[], overrides: Partial<Trace> = {}): Trace {
  return {
    events,
    endReason: 'stop_signal',
    turns: events.filter((event) => event.type === 'user_message').length,
    usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 },
    startedAt: '2026-11-21T10:00:00.000Z',
    durationMs: 1000,
    attempts: 1,
    ...overrides,
  };
}

export const user = (content: string, at = 0): TraceEvent => ({ type: 'user_message', at, content, generated: false });
export const agent = (content: string, latencyMs = 100, at = 0): TraceEvent => ({
  type: 'agent_message',
  at,
  content,
  latencyMs,
});
export const tool = (
  name: string,
  args: unknown,
  outcome: { result?: unknown; error?: string } = { result: 'ok' },
): TraceEvent => ({
  type: 'tool_call',
  at: 0,
  callId: `c-${name}`,
  name,
  arguments: args,
  durationMs: 1,
  strategy: 'mock',
  ...outcome,
});

/** A ChatClient answering every call with `reply(request)`; records requests. */
export function fakeChat(
  reply: (request: ChatRequest) => string | Error,
  finishReason?: string,
): ChatClient & { requests: ChatRequest[] } {
  const requests: ChatRequest[] = [];
  return {
    requests,
    complete: async (request): Promise<ChatResult> => {
      requests.push(request);
      const content = reply(request);
      if (content instanceof Error) throw content;
      return {
        content,
        ...(finishReason ? { finishReason } : {}),
        toolCalls: [],
        usage: { inputTokens: 100, outputTokens: 20, costUsd: 0.001 },
        durationMs: 5,
        attempts: 1,
      };
    },
  };
}

export function suiteOf(overrides: Partial<LoadedSuite> = {}): LoadedSuite {
  return {
    rootFile: `${process.cwd()}/rehearse.yaml`,
    files: [],
    name: 'test-suite',
    pricing: {},
    defaults: {},
    variants: {},
    gate: { min_pass_rate: 0, fail_on: ['regression', 'critical'], alpha: 0.05, history: 10, allow_skipped: false },
    run: {
      concurrency: 4,
      call_timeout_ms: 1000,
      trial_timeout_ms: 5000,
      mock_tool_timeout_ms: 2000,
      retries: 0,
      fail_fast: false,
      pass_hat_k: 3,
    },
    agents: [],
    personas: [],
    scenarios: [],
    profiles: [],
    tools: [],
    metrics: [],
    tests: [],
    sets: [],
    datasets: [],
    ...overrides,
  };
}

/** `count` trials per test id, in the order given. */
export function planOf(
  tests: { id: string; runs?: number; priority?: Trial['priority']; minPassRate?: number; variants?: VariantId[] }[],
): Plan {
  const trials: Trial[] = [];
  const variants = new Set<VariantId>();
  for (const test of tests) {
    for (const variant of test.variants ?? ['default']) {
      variants.add(variant);
      for (let index = 0; index < (test.runs ?? 1); index++) {
        trials.push(
          conversationTrial({
            testId: test.id,
            variant,
            index,
            runs: test.runs ?? 1,
            priority: test.priority ?? 'normal',
            minPassRate: test.minPassRate ?? 1,
            criteria: [],
          }),
        );
      }
    }
  }
  return { trials, variants: [...variants], skipped: [] };
}
