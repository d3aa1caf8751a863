/**
 * The bench's figures: a share (k of n simulated runs, with its 95% Wilson interval) or a mean (with a normal 95%
 * interval), each printed beside its target with ✓ (met) or ✗ (missed) read from the point estimate; "~" marks a
 * figure whose interval straddles the target (too few runs to tell).
 *
 * Each simulation job (one chain, one batch) fills figures of its own; mergeFigures adds them up in job order, so
 * the totals do not depend on which worker ran a job or when it finished.
 */
export class Share {
  hits = 0;
  count = 0;

  add(hit: boolean): void {
    this.hits += Number(hit);
    this.count += 1;
  }

  merge(other: { readonly hits: number; readonly count: number }): void {
    this.hits += other.hits;
    this.count += other.count;
  }

  get value(): number {
    return this.count === 0 ? Number.NaN : this.hits / this.count;
  }

  /** Wilson 95% interval. */
  interval(): [number, number] {
    const n = this.count;
    if (n === 0) return [Number.NaN, Number.NaN];
    const z = 1.959964;
    const p = this.hits / n;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = ((z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) as number;
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
  }
}

export class Mean {
  private sum = 0;
  private squares = 0;
  count = 0;

  add(x: number): void {
    this.sum += x;
    this.squares += x * x;
    this.count += 1;
  }

  merge(other: Mean): void {
    this.sum += other.sum;
    this.squares += other.squares;
    this.count += other.count;
  }

  get value(): number {
    return this.count === 0 ? Number.NaN : this.sum / this.count;
  }

  interval(): [number, number] {
    const n = this.count;
    if (n < 2) return [Number.NaN, Number.NaN];
    const variance = Math.max(0, (this.squares - (this.sum * this.sum) / n) / (n - 1));
    const half = 1.959964 * Math.sqrt(variance / n);
    return [this.value - half, this.value + half];
  }
}

/** The largest value seen. */
export class Max {
  value = 0;

  add(x: number): void {
    this.value = Math.max(this.value, x);
  }

  merge(other: { readonly value: number }): void {
    this.add(other.value);
  }
}

/**
 * Adds `source` into `target`, two figures objects of the same shape: Share, Mean and Max merge; Maps, arrays and
 * plain objects are walked; any other value (a count of chains, a setting) is the target's. `source` may be a
 * structured clone (a worker's answer): its Shares and Means are then plain objects with the same fields.
 */
export function mergeFigures<T>(target: T, source: unknown): T {
  if (target instanceof Share || target instanceof Mean || target instanceof Max) {
    target.merge(source as never);
  } else if (target instanceof Map) {
    for (const [key, value] of source as Map<unknown, unknown>) {
      if (!target.has(key)) throw new Error(`figures merge: no ${String(key)} in the target`);
      mergeFigures(target.get(key), value);
    }
  } else if (Array.isArray(target)) {
    (source as unknown[]).forEach((value, i) => mergeFigures(target[i], value));
  } else if (target !== null && typeof target === 'object') {
    for (const [key, value] of Object.entries(source as object))
      mergeFigures((target as Record<string, unknown>)[key], value);
  }
  return target;
}

export interface Target {
  /** `≤ 2%`, `≥ 85%`, … as printed. */
  readonly text: string;
  /** True when the value meets it. */
  readonly met: (value: number) => boolean;
}

export const atMost = (limit: number, unit: '%' | '' = '%'): Target => ({
  text: `≤ ${unit === '%' ? `${round(limit * 100)}%` : limit}`,
  met: (value) => value <= limit + 1e-12,
});
export const atLeast = (limit: number, unit: '%' | '' = '%'): Target => ({
  text: `≥ ${unit === '%' ? `${round(limit * 100)}%` : limit}`,
  met: (value) => value >= limit - 1e-12,
});
export const within = (centre: number, half: number): Target => ({
  text: `${centre} ± ${half}`,
  met: (value) => Math.abs(value - centre) <= half + 1e-12,
});

const round = (x: number) => Number(x.toFixed(1));
const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);
const num = (x: number, digits: number) => (Number.isNaN(x) ? '–' : x.toFixed(digits));

export interface Row {
  readonly situation: string;
  readonly figure: string;
  readonly value: string;
  readonly runs: string;
  readonly interval: string;
  readonly target: string;
  readonly verdict: string;
}

function verdictOf(target: Target | undefined, value: number, interval: [number, number]): string {
  if (!target || Number.isNaN(value)) return '';
  const met = target.met(value);
  const straddles = target.met(interval[0]) !== target.met(interval[1]);
  return `${met ? '✓' : '✗'}${straddles ? ' ~' : ''}`;
}

export function shareRow(situation: string, figure: string, share: Share, target?: Target): Row {
  const [low, high] = share.interval();
  return {
    situation,
    figure,
    value: `${pct(share.value)} (${share.hits}/${share.count})`,
    runs: String(share.count),
    interval: `${pct(low)}–${pct(high)}`,
    target: target?.text ?? '',
    verdict: verdictOf(target, share.value, [low, high]),
  };
}

export function meanRow(situation: string, figure: string, mean: Mean, target?: Target, digits = 1): Row {
  const [low, high] = mean.interval();
  return {
    situation,
    figure,
    value: num(mean.value, digits),
    runs: String(mean.count),
    interval: `${num(low, digits)}–${num(high, digits)}`,
    target: target?.text ?? '',
    verdict: verdictOf(target, mean.value, [low, high]),
  };
}

/** A row with a value computed elsewhere (no interval). */
export function noteRow(situation: string, figure: string, value: string, runs = '', target = '', verdict = ''): Row {
  return { situation, figure, value, runs, interval: '', target, verdict };
}

export function renderTable(rows: readonly Row[]): string[] {
  const header: Row = {
    situation: 'situation',
    figure: 'figure',
    value: 'value',
    runs: 'runs',
    interval: '95% interval',
    target: 'target',
    verdict: '',
  };
  const columns = ['situation', 'figure', 'value', 'runs', 'interval', 'target', 'verdict'] as const;
  const widths = columns.map((column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const lineOf = (row: Row) =>
    columns
      .map((column, i) => (column === 'runs' ? row[column].padStart(widths[i]!) : row[column].padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  let last = '';
  const lines = [lineOf(header), lineOf(header).replace(/./g, '-')];
  for (const row of rows) {
    // A situation's name once, on its first row.
    lines.push(lineOf(row.situation === last ? { ...row, situation: '' } : row));
    last = row.situation;
  }
  return lines;
}
