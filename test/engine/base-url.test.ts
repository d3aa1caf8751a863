/**
 * `base_url` takes `${ENV}`: filled in from the environment when a call goes
 * live (the LLM client does it, for agents, the simulator and the judge
 * alike), and a variable that is not set is an error naming it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { executeTrial } from '../../src/engine/index.js';
import { createChatClient, missingApiKey, simulatorAvailable } from '../../src/llm/index.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { context, contents, conversationTrial, openaiAgent } from './support.js';

const ANSWERS = {
  id: 's',
  type: 'scripted',
  match: 'regex',
  conditional_actions: {
    role: 'A customer.',
    conditions: [
      { id: 0, condition: 'FIRST_MESSAGE', action: 'Hello', fixed_message: true },
      { id: 1, condition: 'anything', pattern: '.', action: 'Bye <endcall/>', fixed_message: true },
    ],
  },
};

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function chatWith(env: Record<string, string>) {
  return createChatClient({ env, pricing: {}, callTimeoutMs: 2_000, retries: 0, onUnpricedModel: () => {} });
}

describe('base_url with ${ENV}', () => {
  it('reaches the endpoint the environment names, for an openai agent', async () => {
    fake = await startFakeOpenAI({ respond: () => ({ content: 'Hi there.' }) });
    const port = new URL(fake.baseURL).port;
    const agent = openaiAgent('http://127.0.0.1:${AGENT_PORT}/v1');
    const trial = conversationTrial({ scenario: ANSWERS, agent });
    const trace = await executeTrial(trial, context({ chat: chatWith({ AGENT_PORT: port }) }));
    expect(contents(trace.events, 'agent_message')).toEqual(['Hi there.']);
    expect(fake.requests).toHaveLength(1);
  });

  it('takes a whole URL from one variable', async () => {
    fake = await startFakeOpenAI({ respond: () => ({ content: 'Hi there.' }) });
    const trial = conversationTrial({ scenario: ANSWERS, agent: openaiAgent('${AGENT_BASE_URL}') });
    const trace = await executeTrial(trial, context({ chat: chatWith({ AGENT_BASE_URL: fake.baseURL }) }));
    expect(contents(trace.events, 'agent_message')).toEqual(['Hi there.']);
  });

  it('ends the conversation with an agent error naming a variable that is not set', async () => {
    const trial = conversationTrial({ scenario: ANSWERS, agent: openaiAgent('http://${AGENT_HOST}/v1') });
    const trace = await executeTrial(trial, context({ chat: chatWith({}) }));
    expect(trace.endReason).toBe('error');
    expect(trace.events.at(-1)).toMatchObject({
      type: 'error',
      source: 'agent',
      category: 'infrastructure',
      message: 'environment variable AGENT_HOST is not set (used in "http://${AGENT_HOST}/v1")',
    });
  });

  it('says so when the filled-in value is not a URL, without printing the value', async () => {
    const trial = conversationTrial({ scenario: ANSWERS, agent: openaiAgent('${AGENT_BASE_URL}') });
    const trace = await executeTrial(trial, context({ chat: chatWith({ AGENT_BASE_URL: 'localhost:8080' }) }));
    expect(trace.events.at(-1)).toMatchObject({
      type: 'error',
      message: 'base_url "${AGENT_BASE_URL}" is not a URL once its variables are filled in',
    });
  });

  it('decides whether the simulator can run, and why not, on the filled-in URL', () => {
    const simulator = { model: 'sim', base_url: 'http://${SIM_HOST}/v1', api_key_env: 'SIM_KEY' };
    expect(simulatorAvailable({ simulator }, { SIM_HOST: '127.0.0.1:8080' })).toBe(true);
    expect(simulatorAvailable({ simulator }, { SIM_HOST: 'llm.example.com' })).toBe(false);
    expect(missingApiKey(simulator, {})).toBe(
      'environment variable SIM_HOST is not set (used in "http://${SIM_HOST}/v1")',
    );
    // The URL is shown as written: the variable may hold more than a host name.
    expect(missingApiKey(simulator, { SIM_HOST: 'llm.example.com' })).toMatch(
      /SIM_KEY is not set: it holds the API key for model "sim" at http:\/\/\$\{SIM_HOST\}\/v1$/,
    );
  });
});
