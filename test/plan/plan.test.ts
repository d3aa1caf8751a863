import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard, planRun, type PlanOptions } from '../../src/plan/index.js';
import { loadSuite } from '../../src/suite/index.js';
import type { LoadedSuite } from '../../src/suite/types.js';
import { ConfigurationError } from '../../src/util/errors.js';
import { writeSuite } from '../suite/helpers.js';

const REPO = join(import.meta.dirname, '..', '..');

async function load(path: string, cwd: string): Promise<LoadedSuite> {
  const result = await loadSuite(path, { cwd });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.suite;
}

const demo = () => load('fixtures/demo/rehearse.yaml', REPO);
const OFFLINE: PlanOptions = { simulatorAvailable: false };

const OPENAI_SUITE =
  `
agents:
  - { id: gpt, type: openai, model: gpt-4o-mini, system_prompt: Be brief., temperature: 0.2, tools: [lookup, hidden] }
  - { id: other, type: openai, model: other-model }
tools:
  - { name: lookup }
  - { name: hidden, strategy: none }
personas:
  - { id: calm, role: A customer }
scenarios:
  - { id: plain, type: behavioral, objective: Ask, instructions: Ask a question. }
  - { id: judged, type: behavioral, objective: Ask, instructions: Ask a question., expected_outcome: The agent ` +
  `answers. }
metrics:
  - { id: fast, type: latency, max_ms: 2000 }
tests:
  - id: a
    persona: calm
    scenario: judged
    runs: 2
    criteria:
      - { metric: fast, threshold: 0.5 }
      - { type: text, contains: hello }
      - { type: text, id: latency, contains: bye }
  - { id: b, persona: calm, scenario: plain, baseline_metrics: false, priority: critical, tags: [smoke] }
  - { id: c, persona: calm, scenario: plain, priority: low, tags: [smoke, slow] }
sets:
  - id: nightly
    tests:
      - { test: a, runs: 4, min_pass_rate: 0.75 }
  - id: smoke
    tests:
      - { test: b, runs: 3 }
defaults:
  agent: gpt
variants:
  candidate: { model: gpt-4.1, temperature: 0 }
`;
const openaiSuite = () => load('rehearse.yaml', writeSuite({ 'rehearse.yaml': OPENAI_SUITE }));

describe('planRun on the demo suite', () => {
  it('orders critical → high → normal → low and interleaves variants within a test', async () => {
    const plan = planRun(await demo(), OFFLINE);
    const ranks = plan.trials.map((t) => ['critical', 'high', 'normal', 'low'].indexOf(t.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(plan.trials.slice(0, 2).map((t) => t.id)).toEqual(['order-status@baseline#0', 'order-status@candidate#0']);
    expect(new Set(plan.trials.map((t) => t.id)).size).toBe(plan.trials.length);
  });

  it('raises run counts to the set entries and takes their pass-rate target', async () => {
    const plan = planRun(await demo(), OFFLINE);
    const refund = plan.trials.filter((t) => t.key === 'refund-damaged@candidate');
    expect(refund.map((t) => t.index)).toEqual([0, 1, 2, 3, 4]);
    expect(refund[0]).toMatchObject({ runs: 5, minPassRate: 0.8 });
  });

  it(
    'records content versions of profile, tools, criteria and agent; editing criteria ' + 'changes only theirs',
    async () => {
      const suite = await demo();
      const trial = planRun(suite, OFFLINE).trials.find((t) => t.key === 'refund-damaged@baseline')!;
      expect(trial.versions).toEqual({
        profile: expect.stringMatching(/^[0-9a-f]{8}$/),
        tools: expect.any(String),
        criteria: expect.any(String),
        judge: expect.any(String),
        agent: expect.any(String),
      });
      const edited: LoadedSuite = {
        ...suite,
        tests: suite.tests.map((test) =>
          test.id === 'refund-damaged' ? { ...test, criteria: test.criteria.slice(1) } : test,
        ),
      };
      const after = planRun(edited, OFFLINE).trials.find((t) => t.key === 'refund-damaged@baseline')!;
      expect(after.versions?.criteria).not.toBe(trial.versions?.criteria);
      expect({ ...after.versions, criteria: '' }).toEqual({ ...trial.versions, criteria: '' });
      // Baseline and candidate run different agents: their agent versions differ, the rest does not.
      const candidate = planRun(suite, OFFLINE).trials.find((t) => t.key === 'refund-damaged@candidate')!;
      expect(candidate.versions?.agent).not.toBe(trial.versions?.agent);
      expect(candidate.versions?.criteria).toBe(trial.versions?.criteria);
    },
  );

  it('skips behavioral scenarios without a simulator, with a reason, and plans them with one', async () => {
    const suite = await demo();
    const offline = planRun(suite, OFFLINE);
    expect(offline.skipped.map((s) => s.key)).toContain('angry-refund@baseline');
    expect(offline.skipped[0]?.reason).toMatch(/behavioral scenario .* OPENAI_API_KEY is not set/);
    expect(offline.skipped[0]).toMatchObject({
      testId: 'angry-refund',
      variant: 'baseline',
      missing: { role: 'simulator', envVar: 'OPENAI_API_KEY', scenarioId: 'angry-refund' },
    });
    expect(offline.skipped[0]?.source?.file).toMatch(/tests.*\.yaml$/);
    const noEndpoint = planRun({ ...suite, simulator: undefined }, OFFLINE);
    expect(noEndpoint.skipped[0]).toMatchObject({ missing: { endpoint: true } });
    expect(noEndpoint.skipped[0]?.reason).toMatch(/no simulator LLM is configured/);
    expect(offline.trials.some((t) => t.testId === 'angry-refund')).toBe(false);
    const online = planRun(suite, { simulatorAvailable: true });
    expect(online.skipped).toEqual([]);
    expect(online.trials.filter((t) => t.testId === 'angry-refund')).toHaveLength(2);
  });

  it('records that a test without a simulator lacks the judge too, when its criteria need one', async () => {
    const suite = await demo();
    const judge = { status: 'missing' as const, envVar: 'JUDGE_KEY' };
    const plan = planRun(suite, { ...OFFLINE, unavailable: { judge } });
    const angry = plan.skipped.find((s) => s.key === 'angry-refund@baseline');
    // The simulator is named (it stops the conversation first); the judge is kept for the advice on running it.
    expect(angry?.missing).toMatchObject({ role: 'simulator', also: [{ role: 'judge', envVar: 'JUDGE_KEY' }] });
    expect(angry?.reason).toMatch(/OPENAI_API_KEY is not set \(the simulator's API key\)$/);
    // Without the judge lacking, nothing else is recorded.
    expect(planRun(suite, OFFLINE).skipped.every((s) => s.missing?.also === undefined)).toBe(true);
  });

  it('turns dataset items into single-turn dataset trials keyed <dataset>/<item>', async () => {
    const trials = planRun(await demo(), OFFLINE).trials.filter((t) => t.kind === 'dataset');
    expect(trials.map((t) => t.testId)).toContain('faq/hours');
    const shipping = trials.find((t) => t.testId === 'faq/shipping');
    expect(shipping).toMatchObject({ kind: 'dataset', datasetId: 'faq', tags: ['faq', 'shipping'] });
    expect(shipping?.criteria.map((c) => c.type)).toEqual(['expected_output']);
  });

  it('swaps the agent per variant and embeds tools and profile data', async () => {
    const trials = planRun(await demo(), OFFLINE).trials;
    const base = trials.find((t) => t.id === 'change-address@baseline#0')!;
    const cand = trials.find((t) => t.id === 'change-address@candidate#0')!;
    expect([base.agent.id, cand.agent.id]).toEqual(['order-bot', 'order-bot-next']);
    expect(base.tools.map((t) => t.name)).toEqual(['lookup_order', 'refund_order', 'update_address']);
    expect(base.profile).toMatchObject({ order_id: 'C-3003' });
    expect(base.kind === 'conversation' && base.scenario.version).toMatch(/^[0-9a-f]{8}$/);
  });

  it('splits by test: the shards together are the whole plan, with no overlap', async () => {
    const suite = await demo();
    const whole = planRun(suite, OFFLINE);
    const shards = [1, 2, 3].map((index) => planRun(suite, { ...OFFLINE, shard: { index, total: 3 } }));
    const ids = shards.flatMap((s) => s.trials.map((t) => t.id));
    expect(ids.sort()).toEqual(whole.trials.map((t) => t.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
    const keyOwners = new Map<string, Set<number>>();
    shards.forEach((s, i) => s.trials.forEach((t) => keyOwners.set(t.key, (keyOwners.get(t.key) ?? new Set()).add(i))));
    expect([...keyOwners.values()].every((owners) => owners.size === 1)).toBe(true);
    expect(shards.flatMap((s) => s.skipped.map((k) => k.key)).sort()).toEqual(whole.skipped.map((k) => k.key).sort());
    expect(shards.every((s) => s.trials.some((t) => t.priority === 'critical'))).toBe(true);
  });

  it.each([2, 3, 4])('keeps baseline and candidate of each test in the same shard (%i shards)', async (total) => {
    const suite = await demo();
    const shards = Array.from({ length: total }, (_, i) =>
      planRun(suite, { ...OFFLINE, shard: { index: i + 1, total } }),
    );
    const owners = new Map<string, Set<number>>();
    shards.forEach((s, i) => {
      for (const t of s.trials) owners.set(t.testId, (owners.get(t.testId) ?? new Set()).add(i));
      for (const k of s.skipped)
        owners.set(k.key.split('@')[0]!, (owners.get(k.key.split('@')[0]!) ?? new Set()).add(i));
    });
    expect([...owners.values()].every((o) => o.size === 1)).toBe(true);
    for (const s of shards) {
      const variantsOf = new Map<string, Set<string>>();
      for (const t of s.trials) variantsOf.set(t.testId, (variantsOf.get(t.testId) ?? new Set()).add(t.variant));
      expect([...variantsOf.values()].every((v) => v.size === s.variants.length)).toBe(true);
    }
  });
});

describe('planRun options', () => {
  it('patches openai agents per variant; the baseline runs unchanged', async () => {
    const plan = planRun(await openaiSuite(), { simulatorAvailable: true });
    expect(plan.variants).toEqual(['baseline', 'candidate']);
    const base = plan.trials.find((t) => t.id === 'b@baseline#0')!.agent;
    const cand = plan.trials.find((t) => t.id === 'b@candidate#0')!.agent;
    expect(base).toMatchObject({ type: 'openai', model: 'gpt-4o-mini', temperature: 0.2, system_prompt: 'Be brief.' });
    expect(cand).toMatchObject({ type: 'openai', model: 'gpt-4.1', temperature: 0, system_prompt: 'Be brief.' });
  });

  it('leaves out tools with strategy none', async () => {
    const trial = planRun(await openaiSuite(), { simulatorAvailable: true }).trials[0]!;
    expect(trial.tools.map((t) => t.name)).toEqual(['lookup']);
  });

  it('resolves named metrics, adds baseline metrics unless listed, and keeps criterion ids unique', async () => {
    const trials = planRun(await openaiSuite(), { simulatorAvailable: true }).trials;
    const a = trials.find((t) => t.testId === 'a')!;
    expect(a.criteria.map((c) => [c.id, c.type, c.baseline])).toEqual([
      ['fast', 'latency', false],
      ['text', 'text', false],
      ['latency', 'text', false],
      ['expected_outcome', 'expected_outcome', true],
      ['infrastructure', 'infrastructure', true],
      ['tool_call_success', 'tool_call_success', true],
    ]);
    expect(a.criteria[0]).toMatchObject({ threshold: 0.5, max_ms: 2000 });
    const c = trials.find((t) => t.testId === 'c')!;
    expect(c.criteria.map((x) => x.id)).toEqual(['infrastructure', 'tool_call_success', 'latency']);
    expect(trials.find((t) => t.testId === 'b')!.criteria).toEqual([]);
  });

  it('runs only the chosen sets, at their run counts; a picked variant brings its baseline along', async () => {
    const plan = planRun(await openaiSuite(), { simulatorAvailable: true, sets: ['smoke'], variants: ['candidate'] });
    expect(plan.trials.map((t) => t.id)).toEqual([
      'b@baseline#0',
      'b@candidate#0',
      'b@baseline#1',
      'b@candidate#1',
      'b@baseline#2',
      'b@candidate#2',
    ]);
  });

  it('filters by tag and id, and overrides every run count', async () => {
    const suite = await openaiSuite();
    const tagged = planRun(suite, { simulatorAvailable: true, tags: ['slow'], variants: ['baseline'] });
    expect(tagged.trials.map((t) => t.testId)).toEqual(['c']);
    const byId = planRun(suite, { simulatorAvailable: true, testIds: ['a'], runs: 1, variants: ['baseline'] });
    expect(byId.trials.map((t) => t.id)).toEqual(['a@baseline#0']);
  });

  it('rejects an unknown set, test or variant as a user mistake', async () => {
    const suite = await openaiSuite();
    expect(() => planRun(suite, { simulatorAvailable: true, sets: ['nigthly'] })).toThrow(
      /unknown set 'nigthly' — did you mean 'nightly'/,
    );
    expect(() => planRun(suite, { simulatorAvailable: true, testIds: ['zz'] })).toThrow(ConfigurationError);
    expect(() => planRun(suite, { simulatorAvailable: true, variants: ['default'] })).toThrow(
      /unknown variant 'default'/,
    );
  });
});

describe('parseShard', () => {
  it('parses i/n and rejects anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    for (const bad of ['5/4', '0/3', '1/0', 'two', '1-2']) expect(() => parseShard(bad)).toThrow(ConfigurationError);
  });

  it('reads only ASCII digits, and refuses more shards than a plan can have trials', () => {
    expect(parseShard('100000/100000')).toEqual({ index: 100_000, total: 100_000 });
    expect(parseShard(' 01 / 03 ')).toEqual({ index: 1, total: 3 });
    const refused = [
      '1/100001',
      '99999999999999999999/99999999999999999999',
      '1/1e3',
      '1/0x10',
      '٢/٤',
      '１/２',
      '+1/2',
    ];
    for (const bad of refused)
      expect(() => parseShard(bad), bad).toThrow("expected 'i/n' with 1 <= i <= n <= 100,000, e.g. '2/4'");
  });
});
