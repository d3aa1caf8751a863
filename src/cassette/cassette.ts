/**
 * A cassette: every recorded call of a run, keyed by where it happened (the
 * trial and the kind of call) and by a hash of the request's canonical form.
 * Identical requests within a trial are told apart by their order.
 *
 * Modes: `record` calls live and stores every call; `replay` answers from the
 * recording and never calls live (a missing call is an error naming it and
 * saying what differs from the nearest recorded request); `replay-or-record`
 * replays what it has and calls live, and stores, what it lacks. Roles limit
 * the cassette to some calls (e.g. the simulator and the judge replayed while
 * the agent runs live): the others pass through untouched.
 */
import { canonicalJson, describeDifferences, differences, hashOf, sortKeys } from './canonical.js';
import type { SecretRedactor } from './redact.js';

export type CassetteMode = 'record' | 'replay' | 'replay-or-record';
export const CASSETTE_MODES: readonly CassetteMode[] = ['record', 'replay', 'replay-or-record'];

/** What a call is, as shown in errors and stored in the file. */
export type CallKind = 'simulator' | 'agent' | 'judge' | 'http-agent' | 'command-agent' | 'passthrough-tool';

/** Who a cassette can stand in for. `agent` covers openai agents' calls and http/command agent turns. */
export type CassetteRole = 'simulator' | 'agent' | 'judge' | 'tool';
export const CASSETTE_ROLES: readonly CassetteRole[] = ['simulator', 'agent', 'judge', 'tool'];

export function roleOf(kind: CallKind): CassetteRole {
  if (kind === 'simulator' || kind === 'judge') return kind;
  return kind === 'passthrough-tool' ? 'tool' : 'agent';
}

/** Where a call happened: enough to name it in an error. */
export interface CallSite {
  readonly testId: string;
  /** The trial's id (`test@variant#index`). */
  readonly trialId: string;
  readonly kind: CallKind;
  /** 1-based: the how-manieth call of this kind in the trial. */
  readonly callNumber: number;
  /** 1-based conversation turn the call belongs to, when it belongs to one (the judge's do not). */
  readonly turn?: number;
  /** The model or the agent/tool id. */
  readonly target: string;
}

/** One line of the file. */
export interface CassetteEntry {
  readonly key: string;
  readonly trial: string;
  readonly kind: CallKind;
  readonly request: unknown;
  readonly response: unknown;
}

export interface CassetteStats {
  /** Calls answered from the recording. */
  readonly replayed: number;
  /** Calls made live and added to the cassette. */
  readonly recorded: number;
  /** Cost of the replayed calls as recorded: money not spent this time. */
  readonly replayedCostUsd: number;
}

export interface CassetteOptions {
  readonly mode: CassetteMode;
  /** Default: every role. */
  readonly roles?: readonly CassetteRole[];
  /** Where the cassette is, for messages (relative to the working directory). */
  readonly name: string;
  readonly redactor: SecretRedactor;
  readonly entries?: readonly CassetteEntry[];
}

export class CassetteMiss extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CassetteMiss';
  }
}

export type Lookup =
  { readonly found: true; readonly response: unknown } | { readonly found: false; readonly miss?: CassetteMiss };

export class Cassette {
  readonly mode: CassetteMode;
  readonly roles: ReadonlySet<CassetteRole>;
  readonly name: string;
  private readonly redactor: SecretRedactor;
  private readonly entries = new Map<string, CassetteEntry>();
  private readonly missList: string[] = [];
  private replayed = 0;
  private recorded = 0;
  private replayedCostUsd = 0;

  constructor(options: CassetteOptions) {
    this.mode = options.mode;
    this.roles = new Set(options.roles ?? CASSETTE_ROLES);
    this.name = options.name;
    this.redactor = options.redactor;
    for (const entry of options.entries ?? []) this.entries.set(entry.key, entry);
  }

  /** Whether any call of this kind was recorded. */
  holds(kind: CallKind): boolean {
    return [...this.entries.values()].some((entry) => entry.kind === kind);
  }

  /** The simulator's calls come from the recording, so its key is not needed to plan behavioral scenarios. */
  replaysSimulator(): boolean {
    return this.mode !== 'record' && this.handles('simulator') && this.holds('simulator');
  }

  handles(kind: CallKind): boolean {
    return this.roles.has(roleOf(kind));
  }

  /**
   * The canonical request (secrets redacted, keys sorted) and its key; `occurrence`
   * numbers identical requests within the trial (given the key without it).
   */
  keyOf(site: CallSite, request: unknown, occurrence: (base: string) => number): { key: string; canonical: unknown } {
    const canonical = sortKeys(this.redactor.redact(request));
    const base = `${site.trialId} ${site.kind} ${hashOf(canonicalJson(canonical))}`;
    return { key: `${base} ${String(occurrence(base)).padStart(3, '0')}`, canonical };
  }

  /** The recorded answer, or (in strict replay) the error to raise. */
  lookup(site: CallSite, key: string, canonical: unknown, costOf: (response: unknown) => number): Lookup {
    const entry = this.entries.get(key);
    if (entry) {
      this.replayed++;
      this.replayedCostUsd += costOf(entry.response);
      return { found: true, response: entry.response };
    }
    if (this.mode !== 'replay') return { found: false };
    const miss = new CassetteMiss(this.describeMiss(site, canonical));
    this.missList.push(miss.message);
    return { found: false, miss };
  }

  store(site: CallSite, key: string, canonical: unknown, response: unknown): void {
    if (this.mode === 'replay') return;
    this.recorded++;
    const entry: CassetteEntry = {
      key,
      trial: site.trialId,
      kind: site.kind,
      request: canonical,
      response: sortKeys(this.redactor.redact(response)),
    };
    this.entries.set(key, entry);
    this.onStore?.(entry);
  }

  /** Told of every call recorded from now on (the cassette's log, see file.ts): set once the run is about to start. */
  onStore?: (entry: CassetteEntry) => void;

  /** Calls an interrupted run recorded before it was killed (a resumed run takes them in). */
  restore(entries: readonly CassetteEntry[]): void {
    for (const entry of entries) if (!this.entries.has(entry.key)) this.entries.set(entry.key, entry);
  }

  /** Strict-replay misses so far, each naming its call. */
  get misses(): readonly string[] {
    return this.missList;
  }

  get stats(): CassetteStats {
    return { replayed: this.replayed, recorded: this.recorded, replayedCostUsd: this.replayedCostUsd };
  }

  /** One sorted-key JSON line per call, lines sorted by key: the same run recorded twice gives the same file. */
  serialize(): string {
    const keys = [...this.entries.keys()].sort();
    return keys.map((key) => canonicalJson(this.entries.get(key))).join('\n') + (keys.length > 0 ? '\n' : '');
  }

  private describeMiss(site: CallSite, canonical: unknown): string {
    const where =
      `test ${site.testId}, trial ${site.trialId}, ${site.turn !== undefined ? `turn ${site.turn}, ` : ''}` +
      `${site.kind} call #${site.callNumber} (${site.target}): ` +
      `no recorded call in ${this.name}`;
    const nearest = this.nearest(site, canonical);
    if (!nearest) return `${where}, and none of this kind for this trial: record the cassette again (--record)`;
    return (
      `${where}; the nearest recorded request (${nearest.entry.trial}) ` +
      `differs:\n${describeDifferences(nearest.differences)}`
    );
  }

  /** The recorded request of the same kind (this trial's first) with the fewest differing fields. */
  private nearest(
    site: CallSite,
    canonical: unknown,
  ): { entry: CassetteEntry; differences: ReturnType<typeof differences> } | undefined {
    const sameKind = [...this.entries.values()].filter((entry) => entry.kind === site.kind);
    const sameTrial = sameKind.filter((entry) => entry.trial === site.trialId);
    let best: { entry: CassetteEntry; differences: ReturnType<typeof differences> } | undefined;
    for (const entry of sameTrial.length > 0 ? sameTrial : sameKind) {
      const found = differences(entry.request, canonical);
      if (!best || found.length < best.differences.length) best = { entry, differences: found };
    }
    return best;
  }
}
