/** Hostile text and huge suites for the escaping and limit property tests (seeded, reproducible). */
import type { Results } from '../../src/model/results.js';
import { buildResults, seededRandom, storyFor, type TestSpec } from '../support/results-builder.js';

export const HOSTILE_FRAGMENTS = [
  '@octocat please look',
  '@acme/security-team',
  '<img src=x onerror=alert(1)>',
  '![tracking pixel](https://evil.example/p.png)',
  '[click me](javascript:alert(1))',
  '```\n# injected heading\n```',
  '````',
  '</pre></details><h1>pwned</h1>',
  '<!-- rehearse:comment -->',
  '<details open><summary>fake</summary>',
  '| col | col |\n|---|---|',
  '**bold** _em_ ~~strike~~',
  '<script>fetch("https://evil.example")</script>',
  '&lt;already escaped&gt;',
  '\u0000\u0007\u001b[31mred\u2028line',
  '\n\n# Heading\n\n- list',
  'emoji 😀 and combining é',
  '</testcase><testcase name="fake">',
  ']]><![CDATA[',
  '=HYPERLINK("https://evil.example")',
  "'; DROP TABLE runs; --",
  'https://evil.example/phish',
  'fixed in #123, see GH-42 and octo/repo#7',
  'commit a5c3785ed8d6a35868bc169f07e40e889087fd2e and jlord@a5c3785',
  'https://github.com/octo/repo/issues/9 www.evil.example',
  'refund\u202e‮txt.exe\u202c \u2066isolate\u2069',
  'refund\u200b_order\ufeff\u2060\u200c\u200d',
];

export function hostileText(random: () => number, pieces = 4): string {
  return Array.from({ length: pieces }, () => HOSTILE_FRAGMENTS[Math.floor(random() * HOSTILE_FRAGMENTS.length)]!).join(
    ' ',
  );
}

/** A run whose every free-text field is hostile; `size` tests, some regressed against `previous`. */
export function hostilePair(
  seed: number,
  size: number,
  trials = 1,
  longText = 0,
  /** Every current trial errored, with a hostile reason: the gate's line then quotes one of them. */
  errored = false,
): { previous: Results; current: Results } {
  const random = seededRandom(seed);
  const pad = longText ? ' '.padEnd(longText, 'x') : '';
  const specs: TestSpec[] = Array.from({ length: size }, (_, i) => ({
    id: `t${i}`,
    name: hostileText(random, 2),
    tags: [hostileText(random, 1), '`tick`'],
    priority: (['critical', 'high', 'normal', 'low'] as const)[i % 4],
    story: storyFor(i),
    outcomes: Array.from({ length: trials }, () => 'pass' as const),
    userText: hostileText(random) + pad,
    agentText: hostileText(random) + pad,
    failReason: hostileText(random, 3),
  }));
  // Declared deterministic, so each flip is a (confirmed) regression and goes through the regression rendering.
  const current = specs.map((spec) =>
    errored
      ? { ...spec, outcomes: spec.outcomes.map(() => 'error' as const), errorReason: hostileText(random, 4) }
      : random() < 0.5
        ? { ...spec, outcomes: spec.outcomes.map(() => 'fail' as const), deterministic: true }
        : spec,
  );
  return {
    previous: buildResults({ runId: 'RH-prev', suiteName: hostileText(random, 1), tests: specs }, false),
    current: buildResults({ runId: 'RH-cur', suiteName: hostileText(random, 1), tests: current }, false),
  };
}
