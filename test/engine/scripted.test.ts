import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { executeTrial } from '../../src/engine/index.js';
import { commandAgent, context, contents, conversationTrial } from './support.js';

const AGENT = fileURLToPath(new URL('./fixtures/scripted-agent.mjs', import.meta.url));
const PROFILE = { first_name: 'Ann', last_name: 'Lee', account: 'A1B2' };

function verification(match: 'regex' | 'keywords', extra: Record<string, unknown> = {}) {
  return {
    id: 'verify',
    type: 'scripted',
    match,
    conditional_actions: {
      role: 'You are a customer calling about your account.',
      conditions: [
        { id: 0, condition: 'FIRST_MESSAGE', action: 'Hi, I need help with my account', fixed_message: true },
        {
          id: 1,
          condition: 'The agent asks for your name',
          pattern: 'what is your name',
          keywords: ['name'],
          action: 'My name is {{profile.first_name}} {{test_profile.last_name}}',
          fixed_message: true,
        },
        { id: 2, condition: 1, type: 'action_followup', action: 'Sorry, I am in a hurry.', fixed_message: true },
        {
          id: 3,
          condition: 'The agent asks for the account number',
          pattern: 'account number\\?',
          keywords: ['account'],
          action: 'My account number is <spell>{{profile.account}}</spell>',
          fixed_message: true,
        },
        {
          id: 4,
          condition: 'The agent confirms',
          pattern: 'confirmed',
          keywords: ['confirmed'],
          action: 'Great, thanks! <endcall/> (never sent)',
          fixed_message: true,
        },
      ],
    },
    ...extra,
  };
}

describe('scripted scenarios (deterministic matching, no LLM)', () => {
  it.each(['regex', 'keywords'] as const)(
    'walks FIRST_MESSAGE, conditions, a followup, <spell> and <endcall/> in %s mode',
    async (match) => {
      const trial = conversationTrial({ scenario: verification(match), agent: commandAgent(AGENT), profile: PROFILE });
      const trace = await executeTrial(trial, context());
      expect(contents(trace.events, 'user_message')).toEqual([
        'Hi, I need help with my account',
        'My name is Ann Lee',
        'Sorry, I am in a hurry.',
        'My account number is A-1-B-2',
        'Great, thanks!',
      ]);
      const conditionIds = trace.events.flatMap((e) => (e.type === 'user_message' ? [e.conditionId] : []));
      expect(conditionIds).toEqual([0, 1, 2, 3, 4]);
      expect(trace.endReason).toBe('endcall');
      expect(trace.turns).toBe(5);
      // The followup fired after one agent reply, whatever that reply said.
      expect(contents(trace.events, 'agent_message')).toEqual([
        'What is your name? (turn 1)',
        'Thanks. What is your account number?',
        'Thanks. What is your account number?',
        'Your identity is confirmed.',
      ]);
      expect(trace.events.every((e) => e.type !== 'llm_call')).toBe(true);
      expect(trace.usage.costUsd).toBe(0);
      expect(trace.attempts).toBe(1);
    },
  );

  it('ends with no_matching_condition when nothing matches the agent', async () => {
    const scenario = verification('keywords');
    scenario.conditional_actions.conditions[1]!.keywords = ['banana'];
    const trace = await executeTrial(
      conversationTrial({ scenario, agent: commandAgent(AGENT), profile: PROFILE }),
      context(),
    );
    expect(trace.endReason).toBe('no_matching_condition');
    expect(trace.turns).toBe(1);
    expect(contents(trace.events, 'agent_message')).toHaveLength(1);
  });

  it('lets the agent speak first when FIRST_MESSAGE is empty, with the profile as context', async () => {
    const scenario = verification('regex');
    scenario.conditional_actions.conditions[0]!.action = '';
    scenario.conditional_actions.conditions[1]!.pattern = 'who am i talking to';
    const trace = await executeTrial(
      conversationTrial({ scenario, agent: commandAgent(AGENT), profile: PROFILE }),
      context(),
    );
    expect(trace.events[0]).toMatchObject({
      type: 'agent_message',
      content: 'Welcome! Who am I talking to? (profile: Ann)',
    });
    expect(contents(trace.events, 'user_message')[0]).toBe('My name is Ann Lee');
    expect(trace.endReason).toBe('endcall');
  });

  it.each([
    ['regex', { pattern: 'profile: {{profile.first_name}}\\)|never said' }],
    ['keywords', { keywords: ['{{profile.first_name}}'] }],
  ] as const)('renders profile templates in %s matchers, profile values taken literally', async (match, matcher) => {
    const scenario = verification(match);
    scenario.conditional_actions.conditions[0]!.action = '';
    Object.assign(scenario.conditional_actions.conditions[1]!, { pattern: undefined, keywords: undefined }, matcher);
    // Regex metacharacters in the value: unescaped, "(x)" would be a group and not match the literal text.
    const profile = { ...PROFILE, first_name: 'Ann (x)' };
    const trace = await executeTrial(conversationTrial({ scenario, agent: commandAgent(AGENT), profile }), context());
    expect(trace.events[0]).toMatchObject({
      type: 'agent_message',
      content: 'Welcome! Who am I talking to? (profile: Ann (x))',
    });
    expect(trace.events.find((e) => e.type === 'user_message')).toMatchObject({
      conditionId: 1,
      content: 'My name is Ann (x) Lee',
    });
  });

  it('hides the profile from the agent when profile_context is off', async () => {
    const scenario = verification('regex');
    scenario.conditional_actions.conditions[0]!.action = '';
    const trial = conversationTrial({
      scenario,
      agent: commandAgent(AGENT, { profile_context: false }),
      profile: PROFILE,
    });
    const trace = await executeTrial(trial, context());
    expect(trace.events[0]).toMatchObject({
      type: 'agent_message',
      content: 'Welcome! Who am I talking to? (profile: none)',
    });
  });

  it('stops at max_turns', async () => {
    const trace = await executeTrial(
      conversationTrial({
        scenario: verification('regex', { max_turns: 2 }),
        agent: commandAgent(AGENT),
        profile: PROFILE,
      }),
      context(),
    );
    expect(trace.endReason).toBe('max_turns');
    expect(trace.turns).toBe(2);
    expect(contents(trace.events, 'agent_message')).toHaveLength(2);
  });
});
