/**
 * The one place that decides which gate a run is judged with, α included:
 * the suite's gate when the suite is loaded, else the gate recorded in the
 * results, else the defaults; an explicit flag or input overrides any of them.
 */
import { DEFAULT_GATE, describeGateSettings, gateSettingsOf, type GateSettings } from '../gate/index.js';
import type { FailOn } from '../model/results.js';
import type { Gate } from '../suite/schema.js';

export interface GateOverrides {
  /** `rehearse compare --alpha`. */
  readonly alpha?: number;
  /** The action's `min-pass-rate` input. */
  readonly minPassRate?: number;
  /** The action's `fail-on` input. */
  readonly failOn?: readonly FailOn[];
}

export interface GateSources {
  /** The loaded suite's `gate:` (defaults filled in by its schema). */
  readonly suite?: Gate;
  /** The gate recorded in the results file by the run that wrote it. */
  readonly recorded?: GateSettings;
  readonly overrides?: GateOverrides;
}

export type GateSettingsOrigin = 'suite' | 'recorded' | 'default';

export interface ResolvedGate {
  readonly settings: GateSettings;
  /** Where the settings came from before the overrides. */
  readonly origin: GateSettingsOrigin;
  /** One line saying which gate applied, printed under `rehearse report`/`compare` output. */
  readonly note: string;
}

export function resolveGateSettings({ suite, recorded, overrides = {} }: GateSources): ResolvedGate {
  const [base, origin]: [GateSettings, GateSettingsOrigin] = suite
    ? [gateSettingsOf(suite), 'suite']
    : recorded
      ? [recorded, 'recorded']
      : [DEFAULT_GATE, 'default'];
  const settings: GateSettings = {
    minPassRate: overrides.minPassRate ?? base.minPassRate,
    failOn: [...(overrides.failOn ?? base.failOn)],
    alpha: overrides.alpha ?? base.alpha,
    ...(base.allowSkipped !== undefined ? { allowSkipped: base.allowSkipped } : {}),
  };
  return { settings, origin, note: noteOf(origin, base) };
}

// The note describes the base settings, as `rehearse report`/`compare` always printed it.
function noteOf(origin: GateSettingsOrigin, base: GateSettings): string {
  if (origin === 'suite') return `Gate: the suite's (${describeGateSettings(base)}).`;
  if (origin === 'recorded') return `Gate: the run's own (${describeGateSettings(base)}).`;
  return `Gate: the defaults (${describeGateSettings(base)}): the results file does not record the gate its run used.`;
}
