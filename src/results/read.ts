/**
 * Reading a results file, optionally lean: compare needs only the test
 * summaries and totals, the PR comment only the transcripts of failing
 * trials, so a reader can drop the transcripts it will never show while the
 * file streams by (see split.ts) instead of holding the whole run in memory;
 * a reader that needs no trials steps over them unparsed (see head.ts).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { z } from 'zod';
import { withoutBom } from '../util/bom.js';
import { ConfigurationError, errorMessage } from '../util/errors.js';
import { migrateResults } from './migrate.js';
import {
  RESULTS_SCHEMA_VERSION,
  ResultsSchema,
  TranscriptSchema,
  TrialResultSchema,
  type Results,
  type TrialResult,
} from '../model/results.js';
import { readDocumentWithoutTrials } from './head.js';
import { TrialSplitter, Unexpected, type TrialText } from './split.js';
import { computeVariantTotals } from './variant-totals.js';
import { boundArtifact } from './bound.js';
import {
  MAX_RESULTS_FILE_BYTES,
  MAX_RESULTS_HEAD_BYTES,
  MAX_RESULTS_TESTS,
  MAX_RESULTS_TRIALS,
  MAX_WHOLE_READ_BYTES,
} from './limits.js';

/**
 * Which trials keep their transcript: `all` (the default: the HTML report,
 * JUnit, merging, re-writing the file), `failing` (fail, error or invalid),
 * `first-failing` (per test, its failing trial with the lowest index: the one
 * excerpt the PR comment, check run, job summary and markdown report show of
 * it), `none` (compare only, e.g. the previous run). A dropped transcript is
 * `[]` and is not validated.
 */
export type TranscriptsToKeep = 'all' | 'failing' | 'first-failing' | 'none';

export interface ReadOptions {
  readonly transcripts?: TranscriptsToKeep;
  /**
   * false: `trials` comes back empty and the trials in the file are neither
   * parsed nor validated (only skipped over). For a run that is only the
   * "before" side of `compareRuns`, which reads tests and totals alone.
   * Default true.
   */
  readonly trials?: boolean;
}

const CHUNK_BYTES = 1 << 20;
const SHOWN_WHEN_FAILING: ReadonlySet<string> = new Set(['fail', 'error', 'invalid']);

type Issue = Pick<z.core.$ZodIssue, 'path' | 'message'>;

function keepsTranscript(keep: TranscriptsToKeep, status: unknown): boolean {
  return keep === 'all' || (keep === 'failing' && typeof status === 'string' && SHOWN_WHEN_FAILING.has(status));
}

function invalidResults(name: string, issues: readonly Issue[]): ConfigurationError {
  const first = issues[0];
  const where = first?.path.length ? first.path.join('.') : '(root)';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
  return new ConfigurationError(
    `${name}: not a valid results file: at ${where}: ${first?.message ?? 'invalid'}${more}`,
  );
}

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${Math.round(bytes / MB).toLocaleString('en-US')} MB`;

/** Refused: above one of the documented limits (docs/reports.md, "Limits on results files"). */
function tooLarge(name: string, what: string, limit: string): ConfigurationError {
  return new ConfigurationError(
    `${name}: not read: ${what}, above the limit of ${limit} for a results file (see "Limits on results files" ` +
      `in docs/reports.md)`,
  );
}

/** The counts of a parsed document (or its part before the trials), checked before anything else is done with it. */
function checkCounts(document: unknown, name: string): void {
  if (typeof document !== 'object' || document === null) return;
  const { tests, trials } = document as { tests?: unknown; trials?: unknown };
  if (Array.isArray(tests) && tests.length > MAX_RESULTS_TESTS)
    throw tooLarge(name, `${tests.length.toLocaleString('en-US')} tests`, MAX_RESULTS_TESTS.toLocaleString('en-US'));
  if (Array.isArray(trials) && trials.length > MAX_RESULTS_TRIALS)
    throw tooLarge(name, `${trials.length.toLocaleString('en-US')} trials`, MAX_RESULTS_TRIALS.toLocaleString('en-US'));
}

/**
 * Records keyed by what the file says (test keys, variants, failure categories, setting names) without a
 * prototype: a test keyed `constructor` or `toString` finds its own entry or none, never Object's.
 */
function withoutPrototypes(results: Results): Results {
  const bare = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
    Object.assign(Object.create(null) as Record<string, T>, record);
  for (const test of results.tests) test.failureCategories = bare(test.failureCategories);
  results.totals.failureCategories = bare(results.totals.failureCategories);
  const variantTotals = bare(results.variantTotals);
  for (const totals of Object.values(variantTotals)) totals.failureCategories = bare(totals.failureCategories);
  return {
    ...results,
    variantTotals,
    ...(results.history ? { history: bare(results.history) } : {}),
  };
}

/** Validates an already parsed (and migrated) document. */
export function validateResults(document: unknown, name: string): Results {
  const parsed = ResultsSchema.safeParse(document);
  if (!parsed.success) throw invalidResults(name, parsed.error.issues);
  return withoutPrototypes(parsed.data);
}

/** Parses and validates a results document; `name` appears in every error. */
export function parseResults(text: string, name: string): Results {
  let json: unknown;
  try {
    json = JSON.parse(withoutBom(text));
  } catch (error) {
    throw new ConfigurationError(
      `${name}: not a valid results file: the JSON is malformed or truncated (${errorMessage(error)})`,
    );
  }
  checkCounts(json, name);
  return validateResults(migrateResults(boundArtifact(json), name), name);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Unexpected('a trial is not valid JSON');
  }
}

/** Invalid trials whose problems are collected for the error; later ones are not validated. */
const MAX_INVALID_TRIALS_NAMED = 20;

/** More trials than MAX_RESULTS_TRIALS, met while they stream by. */
class TooManyTrials extends Error {}

/** A failing trial whose transcript may be its test's excerpt (`first-failing`): parsed once the file is read. */
interface Exemplar {
  readonly trial: TrialResult;
  /** Its position in the file's trials, for errors. */
  readonly position: number;
  /** The transcript as JSON text (cut out by the splitter) or as parsed. */
  readonly transcript: { readonly text: string } | { readonly parsed: unknown };
}

/**
 * Trials validated one at a time, transcripts dropped as asked; agent latencies kept per variant for recomputed totals.
 */
class TrialCollector {
  readonly trials: TrialResult[] = [];
  readonly issues: Issue[] = [];
  readonly latencies = new Map<string, number[]>();
  private seen = 0;
  private invalidTrials = 0;
  /** `first-failing`: per test key, the failing trial with the lowest index so far. */
  private readonly exemplars = new Map<string, Exemplar>();

  constructor(private readonly keep: TranscriptsToKeep) {}

  /** A trial from the splitter: its transcript is parsed only if it is kept. */
  addText({ text, transcript }: TrialText): void {
    const raw = boundArtifact(parseJson(text)) as Record<string, unknown> | null;
    if (transcript && typeof raw === 'object' && raw !== null && keepsTranscript(this.keep, raw.status))
      raw.transcript = boundArtifact(parseJson(transcript()), true);
    this.add(raw, transcript);
  }

  /** `cutTranscript`: the text of the transcript the splitter cut out of `raw`, for `first-failing`. */
  add(raw: unknown, cutTranscript?: () => string): void {
    const index = this.seen;
    this.seen += 1;
    if (this.seen > MAX_RESULTS_TRIALS) throw new TooManyTrials();
    let exemplarTranscript: (() => Exemplar['transcript']) | undefined;
    if (this.keep !== 'all' && typeof raw === 'object' && raw !== null) {
      const trial = raw as Record<string, unknown>;
      const own = trial.transcript;
      if (Array.isArray(own)) this.noteLatencies(trial.variant, own);
      if (this.keep === 'first-failing' && typeof trial.status === 'string' && SHOWN_WHEN_FAILING.has(trial.status)) {
        exemplarTranscript = cutTranscript ? () => ({ text: cutTranscript() }) : () => ({ parsed: own });
      }
      if (!keepsTranscript(this.keep, trial.status)) trial.transcript = [];
    }
    // The file is refused anyway: the first invalid trials say why, the rest are only counted.
    if (this.invalidTrials >= MAX_INVALID_TRIALS_NAMED) return;
    const parsed = TrialResultSchema.safeParse(raw);
    if (!parsed.success) {
      this.invalidTrials += 1;
      this.noteIssues(parsed.error.issues, ['trials', index]);
      return;
    }
    const trial = this.shared(parsed.data);
    this.trials.push(trial);
    if (exemplarTranscript) this.offerExemplar(trial, index, exemplarTranscript);
  }

  /**
   * The transcript's text is decoded only for a trial that is its test's
   * exemplar so far, and kept as a string: the splitter's bytes are slices of
   * 1 MB read chunks, and keeping one would keep its whole chunk.
   */
  private offerExemplar(trial: TrialResult, position: number, transcript: () => Exemplar['transcript']): void {
    const best = this.exemplars.get(trial.key);
    if (best && best.trial.index <= trial.index) return;
    this.exemplars.set(trial.key, { trial, position, transcript: transcript() });
  }

  private noteIssues(issues: readonly Issue[], at: readonly PropertyKey[]): void {
    this.issues.push(...issues.map((issue) => ({ path: [...at, ...issue.path], message: issue.message })));
  }

  /** After the last trial: the excerpts' transcripts, parsed and validated. */
  finish(): void {
    for (const { trial, position, transcript } of this.exemplars.values()) {
      const parsed = TranscriptSchema.safeParse(
        'text' in transcript ? boundArtifact(parseJson(transcript.text), true) : transcript.parsed,
      );
      if (parsed.success) trial.transcript = parsed.data;
      else this.noteIssues(parsed.error.issues, ['trials', position, 'transcript']);
    }
    this.exemplars.clear();
  }

  /**
   * Fields with few distinct values (variant, status, versions, metric ids
   * and types) share one string each instead of one copy per trial: JSON.parse
   * makes a new string for every occurrence. Free text (reasons) is left as is.
   */
  private shared(trial: TrialResult): TrialResult {
    const s = (value: string): string => {
      const known = this.strings.get(value);
      if (known !== undefined) return known;
      this.strings.set(value, value);
      return value;
    };
    trial.testId = s(trial.testId);
    trial.key = s(trial.key);
    trial.variant = s(trial.variant) as TrialResult['variant'];
    trial.status = s(trial.status) as TrialResult['status'];
    trial.endReason = s(trial.endReason) as TrialResult['endReason'];
    if (trial.personaVersion !== undefined) trial.personaVersion = s(trial.personaVersion);
    if (trial.scenarioVersion !== undefined) trial.scenarioVersion = s(trial.scenarioVersion);
    for (const metric of trial.metrics) {
      metric.id = s(metric.id);
      metric.type = s(metric.type);
    }
    return trial;
  }

  private readonly strings = new Map<string, string>();

  private noteLatencies(variant: unknown, transcript: readonly unknown[]): void {
    const mine = this.latencies.get(String(variant)) ?? [];
    for (const event of transcript) {
      const { type, latencyMs, recorded } = (event ?? {}) as {
        type?: unknown;
        latencyMs?: unknown;
        recorded?: unknown;
      };
      if (type === 'agent_message' && typeof latencyMs === 'number' && recorded !== true) mine.push(latencyMs);
    }
    this.latencies.set(String(variant), mine);
  }
}

/** A multi-variant file without per-variant totals: compare would recompute them from the transcripts. */
function needsVariantTotals(results: Results): boolean {
  return Object.keys(results.variantTotals).length === 0 && new Set(results.tests.map((test) => test.variant)).size > 1;
}

/**
 * A lean read must not leave compare recomputing per-variant totals from
 * transcripts it no longer has: they are computed here, from the latencies
 * noted before the transcripts were dropped.
 */
function withVariantTotals(results: Results, latencies: ReadonlyMap<string, readonly number[]>): Results {
  if (!needsVariantTotals(results)) return results;
  const variants = [...new Set(results.tests.map((test) => test.variant))];
  const variantTotals = Object.fromEntries(
    variants.map((variant) => [variant, computeVariantTotals(results, variant, latencies.get(variant) ?? [])]),
  );
  return { ...results, variantTotals };
}

/** The whole file at once: unusual files, older schema versions, and every error message. */
async function readWhole(path: string, keep: TranscriptsToKeep, keepTrials: boolean): Promise<Results> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_WHOLE_READ_BYTES)
      throw tooLarge(path, `a file of ${megabytes(size)} in a layout read whole`, megabytes(MAX_WHOLE_READ_BYTES));
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw cannotRead(path, error);
  }
  const results = parseResults(text, path);
  if (!keepTrials) return { ...results, trials: [] };
  if (keep === 'all') return results;
  const collector = new TrialCollector(keep);
  for (const trial of results.trials) collector.add({ ...trial });
  collector.finish();
  return withVariantTotals({ ...results, trials: collector.trials }, collector.latencies);
}

function cannotRead(path: string, error: unknown): ConfigurationError {
  return new ConfigurationError(`${path}: cannot read results file (${errorMessage(error)})`);
}

async function readStreaming(path: string, keep: TranscriptsToKeep, keepTrials: boolean): Promise<Results | undefined> {
  const collector = new TrialCollector(keep);
  const splitter = new TrialSplitter(keepTrials ? (trial) => collector.addText(trial) : undefined);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
      splitter.push(chunk as Buffer);
      if (splitter.restBytes > MAX_RESULTS_HEAD_BYTES)
        throw tooLarge(
          path,
          `more than ${megabytes(MAX_RESULTS_HEAD_BYTES)} besides its trials`,
          megabytes(MAX_RESULTS_HEAD_BYTES),
        );
    }
  } catch (error) {
    if (error instanceof Unexpected) return undefined;
    if (error instanceof TooManyTrials)
      throw tooLarge(
        path,
        `more than ${MAX_RESULTS_TRIALS.toLocaleString('en-US')} trials`,
        MAX_RESULTS_TRIALS.toLocaleString('en-US'),
      );
    if (error instanceof ConfigurationError) throw error;
    throw cannotRead(path, error);
  }
  let document: Record<string, unknown>;
  try {
    const { rest, sawTrials } = splitter.finish();
    if (!sawTrials) return undefined;
    collector.finish();
    document = JSON.parse(withoutBom(rest)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  checkCounts(document, path);
  document = boundArtifact(document) as Record<string, unknown>;
  // Older versions are migrated as whole documents; a newer one is refused by migrateResults.
  if (document.schemaVersion !== RESULTS_SCHEMA_VERSION)
    return typeof document.schemaVersion === 'number' && document.schemaVersion > RESULTS_SCHEMA_VERSION
      ? validateResults(migrateResults(document, path), path)
      : undefined;
  const parsed = ResultsSchema.safeParse(document);
  const issues = [...(parsed.success ? [] : parsed.error.issues), ...collector.issues];
  if (!parsed.success || issues.length > 0) throw invalidResults(path, issues);
  const results: Results = { ...withoutPrototypes(parsed.data), trials: collector.trials };
  // Per-variant totals missing from a multi-variant file need every transcript's latencies: read it whole (older,
  // hand-made files only).
  if (keep !== 'all' && keepTrials && needsVariantTotals(results)) return undefined;
  return results;
}

/**
 * Without trials: the keys before and after them are parsed, the trials only
 * stepped over (see head.ts). A file of the current schema only (older ones
 * are migrated whole). Trials or keys after them that are not JSON are
 * refused here, naming the byte and line: the other readers would only say
 * the file is too large to read whole, or name a position in a text that is
 * not the file's.
 */
async function readWithoutTrials(path: string): Promise<Results | undefined> {
  const lean = await readDocumentWithoutTrials(path, MAX_RESULTS_HEAD_BYTES);
  if (lean.kind === 'malformed')
    throw new ConfigurationError(
      `${path}: not a valid results file: the JSON is malformed or truncated at byte ` +
        `${lean.offset.toLocaleString('en-US')} (line ${lean.line.toLocaleString('en-US')}): ${lean.why}`,
    );
  if (lean.kind !== 'document') return undefined;
  const { document } = lean;
  if (document.schemaVersion !== RESULTS_SCHEMA_VERSION) return undefined;
  checkCounts(document, path);
  const parsed = ResultsSchema.safeParse(boundArtifact(document));
  // An invalid file is read again in full, for the same error whatever the layout.
  return parsed.success ? withoutPrototypes(parsed.data) : undefined;
}

const explained = (test: Results['tests'][number]): boolean =>
  test.failure !== undefined || test.failures + test.errors + test.invalid === 0;

/**
 * The run without its trials when its test summaries explain every failure
 * (failure digests): all the PR comment, check run and job summary read. A
 * run whose summaries lack digests (an older file) keeps its trials, from
 * which the reports compute them.
 */
export function summariesOnly(results: Results): Results {
  return results.tests.every(explained) ? { ...results, trials: [] } : results;
}

/**
 * What the PR comment, check run, job summary, markdown and JSON reports
 * need of a run: its tests (with their failure digests), totals and history,
 * without the trials, read from the text before them. A file written before
 * digests existed is read again with each failing test's first transcript,
 * from which the reports compute them.
 */
export async function readSummaries(path: string): Promise<Results> {
  const lean = await readResults(path, { trials: false });
  return lean.tests.every(explained) ? lean : readResults(path, { transcripts: 'first-failing' });
}

/** The file's size, refused above MAX_RESULTS_FILE_BYTES before a byte of it is read. */
async function checkFileSize(path: string): Promise<void> {
  let size: number;
  try {
    ({ size } = await stat(path));
  } catch (error) {
    throw cannotRead(path, error);
  }
  if (size > MAX_RESULTS_FILE_BYTES)
    throw tooLarge(path, `a file of ${megabytes(size)}`, megabytes(MAX_RESULTS_FILE_BYTES));
}

export async function readResults(path: string, options: ReadOptions = {}): Promise<Results> {
  await checkFileSize(path);
  const keep = options.transcripts ?? 'all';
  const keepTrials = options.trials ?? true;
  const lean = keepTrials ? undefined : await readWithoutTrials(path);
  return lean ?? (await readStreaming(path, keep, keepTrials)) ?? readWhole(path, keep, keepTrials);
}
