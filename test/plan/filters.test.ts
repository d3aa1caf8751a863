// Filters that select nothing and counts too large to plan are user mistakes,
// reported at once (with a suggestion) instead of a green run of nothing or a hang.
import { describe, expect, it } from 'vitest';
import { planRun } from '../../src/plan/index.js';
import { loadSuite } from '../../src/suite/index.js';
import { MAX_RUNS, MAX_TRIALS } from '../../src/suite/limits.js';
import type { LoadedSuite } from '../../src/suite/types.js';
import { ConfigurationError } from '../../src/util/errors.js';
import { writeSuite } from '../suite/helpers.js';

const SUITE = (tests: string) => `
agents:
  - { id: bot, type: command, command: [node, bot.mjs] }
personas:
  - { id: calm, role: A customer }
scenarios:
  - id: plain
    type: scripted
    match: keywords
    conditional_actions:
      role: A customer.
      conditions: [{ id: 0, condition: FIRST_MESSAGE, action: Hi, fixed_message: true }]
tests:
${tests}
variants:
  candidate: { description: new prompt }
`;

async function load(tests: string): Promise<LoadedSuite> {
  const result = await loadSuite('rehearse.yaml', { cwd: writeSuite({ 'rehearse.yaml': SUITE(tests) }) });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.suite;
}

const TWO_TESTS = `  - { id: refund, persona: calm, scenario: plain, tags: [smoke, billing] }
  - { id: status, persona: calm, scenario: plain, tags: [slow] }`;

function planError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('filters that match nothing', () => {
  it('names an unknown tag with a did-you-mean and the tags that exist', async () => {
    const suite = await load(TWO_TESTS);
    expect(planError(() => planRun(suite, { simulatorAvailable: true, tags: ['smoek'] }))).toBe(
      "unknown tag 'smoek' — did you mean 'smoke'? (tags in the suite: billing, slow, smoke)",
    );
  });

  it('refuses a test id and a tag that each exist but select nothing together', async () => {
    const suite = await load(TWO_TESTS);
    expect(planError(() => planRun(suite, { simulatorAvailable: true, tags: ['slow'], testIds: ['refund'] }))).toBe(
      'no test matches tests refund and tags slow: nothing would run',
    );
  });

  it('suggests the nearest test id, set and variant', async () => {
    const suite = await load(TWO_TESTS);
    expect(planError(() => planRun(suite, { simulatorAvailable: true, testIds: ['refnd'] }))).toContain(
      "did you mean 'refund'?",
    );
    expect(
      planError(() => planRun(suite, { simulatorAvailable: true, variants: ['candiate' as 'candidate'] })),
    ).toContain("did you mean 'candidate'?");
  });

  it('still plans a matching tag', async () => {
    const plan = planRun(await load(TWO_TESTS), { simulatorAvailable: true, tags: ['billing'] });
    expect(plan.trials.map((t) => t.id)).toEqual(['refund@baseline#0', 'refund@candidate#0']);
  });
});

describe('counts too large to plan', () => {
  it('refuses a --runs override above the bound without building trials', async () => {
    const suite = await load(TWO_TESTS);
    expect(planError(() => planRun(suite, { simulatorAvailable: true, runs: 1e9 }))).toBe(
      `runs: expected a whole number from 1 to ${MAX_RUNS}, got 1000000000`,
    );
  });

  it('refuses a run whose tests × runs × variants exceed the total bound', async () => {
    const count = Math.ceil(MAX_TRIALS / (2 * MAX_RUNS)) + 1;
    const tests = Array.from(
      { length: count },
      (_, i) => `  - { id: t${i}, persona: calm, scenario: plain, runs: ${MAX_RUNS} }`,
    ).join('\n');
    const suite = await load(tests);
    const started = process.memoryUsage().heapUsed;
    const message = planError(() => planRun(suite, { simulatorAvailable: true }));
    expect(message).toContain(`the run would have ${count * MAX_RUNS * 2} trials`);
    expect(message).toContain(`at most ${MAX_TRIALS}`);
    // Refused before any trial object exists: the heap did not grow by ~100k trials.
    expect(process.memoryUsage().heapUsed - started).toBeLessThan(20 * 1024 * 1024);
  });
});
