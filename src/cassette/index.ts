/**
 * Cassettes: record every call a run makes (simulator, agent, judge, http and
 * command agent turns, passthrough tools) and replay them, so a run can be
 * repeated offline, for free, with the same transcripts and verdicts.
 *
 * `recordingRun` gives the pipeline what to plug into the runner: a chat
 * client decorator and wrapped engine/judge entry points (which tell the
 * cassette which trial a call belongs to and plug the exchange tap into the
 * engine).
 */
import { executeTrial as engineExecuteTrial } from '../engine/index.js';
import type { ExecuteTrial } from '../engine/types.js';
import { judgeTrial as judgeJudgeTrial } from '../judge/index.js';
import type { ChatClient } from '../llm/types.js';
import type { JudgeTrial } from '../runner/trial.js';
import { Cassette } from './cassette.js';
import { cassetteChat } from './chat.js';
import { TrialScope, TrialScopes } from './scope.js';
import { cassetteTap } from './tap.js';

export {
  Cassette,
  CassetteMiss,
  CASSETTE_MODES,
  CASSETTE_ROLES,
  type CassetteEntry,
  type CassetteMode,
  type CassetteOptions,
  type CassetteRole,
  type CassetteStats,
  type CallKind,
} from './cassette.js';
export { cassetteLogPath, keepCassetteLog, readCassetteFile, writeCassetteFile, parseCassette } from './file.js';
export { secretRedactor, type SecretRedactor } from './redact.js';
export { canonicalJson } from './canonical.js';

export interface CassetteHooks {
  readonly chat: ChatClient;
  readonly executeTrial: ExecuteTrial;
  readonly judgeTrial: JudgeTrial;
}

/** The runner's chat client and entry points with the cassette in the way of every call. */
export function cassetteHooks(
  cassette: Cassette,
  live: { chat: ChatClient; executeTrial?: ExecuteTrial; judgeTrial?: JudgeTrial },
): CassetteHooks {
  const scopes = new TrialScopes();
  const tap = cassetteTap(cassette, scopes);
  const execute = live.executeTrial ?? engineExecuteTrial;
  const judge = live.judgeTrial ?? judgeJudgeTrial;
  return {
    chat: cassetteChat(cassette, scopes, live.chat),
    executeTrial: (trial, ctx) =>
      scopes.run(new TrialScope(trial, false), () => execute(trial, { ...ctx, exchanges: tap })),
    judgeTrial: (trial, trace, deps) => scopes.run(new TrialScope(trial, true), () => judge(trial, trace, deps)),
  };
}
