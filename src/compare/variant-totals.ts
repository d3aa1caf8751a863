/**
 * Totals of one variant: the stored ones, else recomputed from that variant's
 * tests and trials (older or hand-made files without `variantTotals`).
 */
import type { Results, Totals } from '../model/results.js';
import { computeVariantTotals } from '../results/variant-totals.js';

export function totalsOfVariant(results: Results, variant: string): Totals {
  return (
    (Object.hasOwn(results.variantTotals, variant) ? results.variantTotals[variant] : undefined) ??
    computeVariantTotals(results, variant)
  );
}
