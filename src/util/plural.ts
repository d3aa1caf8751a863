/**
 * Counts in prose, shared by the reports, the comparison, the gate and the CLI
 * (a helper at the bottom: none of them imports another stage for it).
 */

/** A whole number with thousands separators; an em dash for none. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const rounded = Math.round(value);
  // Grouped by hand where that is exact: a process's first toLocaleString loads ICU's number formats, ~10 ms of the
  // CLI's start-up (the reference note counts trials before the first one starts).
  if (!Number.isSafeInteger(rounded) || Object.is(rounded, -0)) return rounded.toLocaleString('en-US');
  return String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A count with its noun: "1 regression", "2 regressions", "0 fixes". The
 * plural adds -es after s, x, z, ch and sh, else -s; pass `many` for others.
 * Shared by the reports, the comparison and the gate so no text says "1 regressions".
 */
export function plural(count: number, one: string, many?: string): string {
  const others = many ?? (/(s|x|z|ch|sh)$/.test(one) ? `${one}es` : `${one}s`);
  return `${formatCount(count)} ${count === 1 ? one : others}`;
}
