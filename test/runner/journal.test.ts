import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Journal, journalPathFor, readJournal } from '../../src/results/journal.js';
import { HELD_WHOLE_BELOW_BYTES, runPlan, type RunOptions } from '../../src/runner/index.js';
import { resumableJournal } from '../../src/runner/resume.js';
import { criterion, fakeChat, planOf, suiteOf, trace } from './helpers.js';
import type { ExecuteTrial } from '../../src/engine/types.js';
import type { Plan } from '../../src/plan/types.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-journal-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const withCriterion = (plan: Plan): Plan => ({
  ...plan,
  trials: plan.trials.map((trial) => ({ ...trial, criteria: [criterion({ type: 'turns', max: 5 })] })),
});
const execute: ExecuteTrial = async () => trace([{ type: 'user_message', at: 0, content: 'hi', generated: false }]);

/** A run of `plan` whose trials talk as `talk` says, journaled at `journalPath` (or not journaled). */
function runTalking(plan: Plan, talk: ExecuteTrial, journalPath?: string, onTrialDone?: RunOptions['onTrialDone']) {
  return runPlan({
    suite: suiteOf(),
    plan,
    env: {},
    chat: fakeChat(() => '{}'),
    git: {},
    executeTrial: talk,
    concurrency: 2,
    ...(journalPath ? { journal: { path: journalPath } } : {}),
    ...(onTrialDone ? { onTrialDone } : {}),
  });
}

describe('the run journal', () => {
  it('holds every finished trial as a line; a half-written last line is ignored and cut before appending', async () => {
    const plan = withCriterion(planOf([{ id: 'a', runs: 3 }]));
    const path = join(dir, 'stopped.journal.jsonl');
    const cancel = new AbortController();
    let done = 0;
    await runPlan({
      suite: suiteOf(),
      plan,
      env: {},
      chat: fakeChat(() => '{}'),
      git: {},
      executeTrial: execute,
      signal: cancel.signal,
      concurrency: 1,
      maxTrialsInFlight: 1,
      journal: { path, meta: { args: ['-c', 'x.yaml'] } },
      onTrialDone: () => ++done === 2 && cancel.abort(),
    });
    const journal = await readJournal(path);
    expect(journal.header.meta).toEqual({ args: ['-c', 'x.yaml'] });
    expect([...journal.trials.keys()]).toEqual([0, 1]);
    await appendFile(path, '{"position":2,"trial":{"id":"a@defa'); // a crash in mid-write
    expect((await readJournal(path)).trials.size).toBe(2);
    const reopened = await Journal.reopen(path);
    await reopened.close();
    expect((await readFile(path, 'utf8')).endsWith('}\n')).toBe(true);
  });

  it('returns every transcript, kept on disk while the run goes on, as a run without a journal does', async () => {
    const plan = withCriterion(
      planOf([
        { id: 'a', runs: 4 },
        { id: 'b', runs: 3 },
      ]),
    );
    const talk: ExecuteTrial = async (trial) =>
      trace([
        { type: 'user_message', at: 0, content: `hi from ${trial.id}`, generated: false },
        { type: 'agent_message', at: 1, content: `hello ${trial.index}`, latencyMs: 10 + trial.index },
      ]);
    const seen: number[] = [];
    const journaled = await runTalking(plan, talk, join(dir, 'kept.journal.jsonl'), (trial) =>
      seen.push(trial.transcript.length),
    );
    const plain = await runTalking(plan, talk);
    const transcripts = (results: typeof plain) => results.trials.map((trial) => [trial.id, trial.transcript]);
    expect(transcripts(journaled)).toEqual(transcripts(plain));
    expect(journaled.trials.every((trial) => trial.transcript.length === 2)).toBe(true);
    expect(journaled.tests.map((test) => test.latencyP50)).toEqual(plain.tests.map((test) => test.latencyP50));
    // Whoever watches trials finish still gets them whole.
    expect(seen).toEqual(plan.trials.map(() => 2));
  });

  it('returns every transcript whole past HELD_WHOLE_BELOW_BYTES, read back from the journal', async () => {
    const plan = withCriterion(planOf([{ id: 'big', runs: 8 }]));
    // Six trials fill the limit: the last ones are kept without their transcripts, and the first ones let go.
    const long = (index: number) => `${index}:`.padEnd(Math.ceil(HELD_WHOLE_BELOW_BYTES / 6), 'é');
    const talk: ExecuteTrial = async (trial) =>
      trace([
        { type: 'user_message', at: 0, content: `hi from ${trial.id}`, generated: false },
        { type: 'agent_message', at: 1, content: long(trial.index), latencyMs: 10 },
      ]);
    const path = join(dir, 'past-the-limit.journal.jsonl');
    const journaled = await runTalking(plan, talk, path);
    expect((await readFile(path)).length).toBeGreaterThan(HELD_WHOLE_BELOW_BYTES);
    const plain = await runTalking(plan, talk);
    const transcripts = (results: typeof plain) => results.trials.map((trial) => [trial.id, trial.transcript]);
    expect(transcripts(journaled)).toEqual(transcripts(plain));
    expect(journaled.trials.map((trial) => (trial.transcript[1] as { content?: string } | undefined)?.content)).toEqual(
      plan.trials.map((_, i) => long(i)),
    );
  });

  it('a journal of the same plan is resumed; one of another plan is set aside with a warning', async () => {
    const plan = withCriterion(planOf([{ id: 'a', runs: 2 }]));
    const results = join(dir, 'out', 'results.json');
    const path = journalPathFor(results);
    const journal = await Journal.create(path, {
      runId: 'r1',
      startedAt: new Date().toISOString(),
      trialIds: plan.trials.map((trial) => trial.id),
    });
    await journal.close();
    const warnings: string[] = [];
    expect(await resumableJournal(path, plan, (message) => warnings.push(message))).toMatchObject({
      header: { runId: 'r1' },
    });
    const other = withCriterion(planOf([{ id: 'b', runs: 2 }]));
    expect(await resumableJournal(path, other, (message) => warnings.push(message))).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('different plan');
    expect(existsSync(path)).toBe(false);
    expect((await readdir(join(dir, 'out'))).some((name) => name.endsWith('.old'))).toBe(true);
  });
});
