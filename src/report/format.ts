/** Numbers as people read them in reports: rates, money, durations, deltas. */
import { plural } from '../util/plural.js';

export { formatMs } from '../util/text.js';

export function formatPercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  const value = rate * 100;
  return `${Number.isInteger(Math.round(value * 10) / 10) ? Math.round(value) : value.toFixed(1)}%`;
}

/**
 * "$4.00", "$0.17", "$0.012", "$0.0062": cents from a dollar up, else two
 * significant digits, so $0.0125 and $0.0100 do not read as "$0.01" and "$0.0100".
 */
export function formatUsd(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const rounded = Number(value.toPrecision(2));
  if (rounded === 0 || Math.abs(rounded) >= 1) return `$${value.toFixed(2)}`;
  const decimals = Math.max(2, 1 - Math.floor(Math.log10(Math.abs(rounded))));
  return `$${rounded.toFixed(decimals)}`;
}

function signed(value: number, text: string): string {
  if (value > 0) return `+${text}`;
  if (value < 0) return `−${text}`;
  return '±0';
}

/** "+12.5 pts" for a pass-rate change. */
export function formatRateDelta(change: number | null): string {
  if (change === null) return '—';
  const points = Math.round(change * 1000) / 10;
  return points === 0 ? '±0' : signed(points, `${Math.abs(points)} pts`);
}

/** "+$0.17 (+14%)" style: the absolute change and, when meaningful, the relative one. */
export function formatDelta(before: number | null, change: number | null, format: (value: number) => string): string {
  if (change === null || before === null) return '—';
  if (change === 0) return '±0';
  const absolute = signed(change, format(Math.abs(change)));
  if (before === 0) return absolute;
  const relative = Math.round((change / before) * 100);
  return relative === 0 ? absolute : `${absolute} (${relative > 0 ? '+' : '−'}${Math.abs(relative)}%)`;
}

export function formatPValue(p: number | undefined): string {
  if (p === undefined) return '—';
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p.toFixed(3)}`;
}

export function passFraction(passes: number, trials: number): string {
  return `${passes}/${trials}`;
}

/**
 * "3/5 passing, 2 errors": passes over the trials the pass rate counts
 * (pass, fail and error; invalid ones stay out), and the errored ones named,
 * so errors never read as passes.
 */
export function trialsPassing(test: {
  readonly passes: number;
  readonly failures: number;
  readonly errors: number;
}): string {
  const errors = test.errors ? `, ${plural(test.errors, 'error')}` : '';
  return `${passFraction(test.passes, test.passes + test.failures + test.errors)} passing${errors}`;
}

/** "pass^3 0.10" (k is the run count in files written before k was recorded); "" when undefined. */
export function formatPassHatK(test: {
  readonly passHatK: number | null;
  readonly passK?: number | undefined;
  readonly runs: number;
}): string {
  return test.passHatK === null ? '' : `pass^${test.passK ?? test.runs} ${test.passHatK.toFixed(2)}`;
}

export function shortSha(sha: string | undefined): string | undefined {
  return sha ? sha.slice(0, 7) : undefined;
}
