/** Opens a session with the agent under test, whatever its kind. */
import type { Agent } from '../../suite/schema.js';
import { createCommandAgent } from './command.js';
import { createHttpAgent } from './http.js';
import { createOpenAIAgent } from './openai.js';
import type { AgentDeps, AgentSession } from './types.js';

export type { AgentDeps, AgentSession, AgentTurnOutcome, ConversationMessage } from './types.js';

export function openAgentSession(agent: Agent, deps: AgentDeps): AgentSession {
  switch (agent.type) {
    case 'openai':
      return createOpenAIAgent(agent, deps);
    case 'http':
      return createHttpAgent(agent, deps);
    case 'command':
      return createCommandAgent(agent, deps);
  }
}
