/** Builders for engine tests: trials from suite-shaped data (zod defaults applied), and a context. */
import { createChatClient } from '../../src/llm/index.js';
import type { ChatClient } from '../../src/llm/types.js';
import type { EngineContext } from '../../src/engine/types.js';
import type { ConversationTrial, DatasetTrial } from '../../src/plan/types.js';
import {
  AgentSchema,
  DatasetItemSchema,
  PersonaSchema,
  RunSettingsSchema,
  ScenarioSchema,
  ToolSchema,
} from '../../src/suite/schema.js';

export const SIMULATOR_MODEL = 'sim-model';
export const AGENT_MODEL = 'agent-model';

export function conversationTrial(input: {
  scenario: unknown;
  agent: unknown;
  tools?: unknown[];
  profile?: Record<string, unknown>;
  simulatorURL?: string;
}): ConversationTrial {
  const scenario = ScenarioSchema.parse(input.scenario);
  return {
    kind: 'conversation',
    id: 'test@default#0',
    key: 'test@default',
    testId: 'test',
    variant: 'default',
    index: 0,
    runs: 1,
    minPassRate: 1,
    priority: 'normal',
    tags: [],
    source: { file: 'suite.yaml', line: 1, column: 1 },
    agent: AgentSchema.parse(input.agent),
    tools: (input.tools ?? []).map((tool) => ToolSchema.parse(tool)),
    profile: input.profile ?? {},
    criteria: [],
    persona: {
      ...PersonaSchema.parse({ id: 'p', role: 'a customer who bought a laptop', background: 'Lives in Lyon.' }),
      version: 'v1',
    },
    scenario: { ...scenario, version: 'v1' },
    ...(input.simulatorURL
      ? { simulator: { model: SIMULATOR_MODEL, base_url: input.simulatorURL, api_key_env: 'OPENAI_API_KEY' } }
      : {}),
  };
}

export function datasetTrial(agent: unknown, input: string): DatasetTrial {
  return {
    kind: 'dataset',
    id: 'ds/item@default#0',
    key: 'ds/item@default',
    testId: 'ds/item',
    variant: 'default',
    index: 0,
    runs: 1,
    minPassRate: 1,
    priority: 'normal',
    tags: [],
    source: { file: 'suite.yaml', line: 1, column: 1 },
    agent: AgentSchema.parse(agent),
    tools: [],
    profile: {},
    criteria: [],
    datasetId: 'ds',
    item: DatasetItemSchema.parse({ id: 'item', input }),
  };
}

/** A chat client that fails the test if anything calls it: deterministic paths need no LLM. */
export const noLlm: ChatClient = {
  complete: () => {
    throw new Error('no LLM call expected');
  },
};

export function realChat(): ChatClient {
  return createChatClient({
    env: {},
    pricing: {},
    callTimeoutMs: 2_000,
    retries: 1,
    backoff: { baseDelayMs: 1 },
    onUnpricedModel: () => {},
  });
}

export function context(overrides: Partial<EngineContext> = {}): EngineContext {
  return {
    // Injected mock timeouts are short in tests.
    suite: { pricing: {}, run: RunSettingsSchema.parse({ mock_tool_timeout_ms: 50 }) },
    signal: new AbortController().signal,
    env: {},
    chat: noLlm,
    ...overrides,
  };
}

export function openaiAgent(baseURL: string, extra: Record<string, unknown> = {}) {
  return {
    id: 'bot',
    type: 'openai',
    model: AGENT_MODEL,
    base_url: baseURL,
    system_prompt: 'You are a support bot.',
    ...extra,
  };
}

export function commandAgent(script: string, extra: Record<string, unknown> = {}) {
  return { id: 'bot', type: 'command', command: ['node', script], timeout_ms: 5_000, ...extra };
}

export function contents(events: readonly { type: string }[], type: 'user_message' | 'agent_message'): string[] {
  return events.filter((e) => e.type === type).map((e) => (e as unknown as { content: string }).content);
}
