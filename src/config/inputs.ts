/**
 * The action's inputs, parsed once into one readonly typed config.
 * Every bad input is a ConfigurationError naming the input, what is expected
 * and what was given; nothing downstream reads `core.getInput` again.
 */
import path from 'node:path';
import { parseShard } from '../plan/index.js';
import type { Shard } from '../plan/types.js';
import { FailOnSchema, type FailOn } from '../model/results.js';
import type { VariantId } from '../suite/types.js';
import { ConfigurationError } from '../util/errors.js';
import { CASSETTE_MODES, CASSETTE_ROLES, type CassetteMode, type CassetteRole } from '../cassette/index.js';

export const COMMENT_MODES = ['always', 'on-change', 'on-failure', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export const ACTION_MODES = ['run', 'merge', 'report', 'rejudge'] as const;
export type ActionMode = (typeof ACTION_MODES)[number];

const SELECTABLE_VARIANTS = ['baseline', 'candidate', 'default'] as const;

export type PreviousSource = { readonly kind: 'artifact' } | { readonly kind: 'none' } | { readonly kind: 'file'; readonly path: string };

export interface ActionConfig {
  readonly mode: ActionMode;
  readonly workingDirectory: string;
  /** Absolute path of the root suite file. */
  readonly configPath: string;
  /** `mode: report`: absolute path of the results file to report. */
  readonly resultsPath?: string;
  readonly githubToken: string;
  readonly openaiApiKey?: string;
  readonly openaiBaseUrl?: string;
  readonly variants?: readonly VariantId[];
  readonly tags?: readonly string[];
  readonly concurrency?: number;
  readonly runs?: number;
  /** Overrides `gate.min_pass_rate` when set. */
  readonly minPassRate?: number;
  /** Overrides `gate.fail_on` when set. */
  readonly failOn?: readonly FailOn[];
  readonly budgetUsd?: number;
  readonly previous: PreviousSource;
  readonly artifactName: string;
  readonly comment: CommentMode;
  readonly checkRun: boolean;
  readonly shard?: Shard;
  /** `cassette`, `cassette-mode`, `cassette-roles`: record or replay the run's calls (modes run and rejudge). */
  readonly cassette?: { readonly path: string; readonly mode: CassetteMode; readonly roles?: readonly CassetteRole[] };
}

/** Reads one input's raw (trimmed) value; '' when not given. `core.getInput` in the action. */
export type InputReader = (name: string) => string;

export function parseInputs(read: InputReader, cwd: string = process.cwd()): ActionConfig {
  const workingDirectory = path.resolve(cwd, read('working-directory') || '.');
  const mode = oneOf(read, 'mode', ACTION_MODES, 'run');
  const results = read('results');
  if ((mode === 'report' || mode === 'rejudge') && !results) {
    throw new ConfigurationError(`input 'results' is required with 'mode: ${mode}': the path of a results file`);
  }
  const shard = optional(read, 'shard', (text) => parseShard(text));
  if (shard && mode !== 'run') throw new ConfigurationError(`input 'shard' only applies to 'mode: run', got mode '${mode}'`);
  const githubToken = read('github-token');
  if (!githubToken) throw new ConfigurationError("input 'github-token' is empty: leave it unset to use the workflow's token, or pass a token");
  return Object.freeze({
    mode,
    workingDirectory,
    configPath: path.resolve(workingDirectory, read('config') || 'rehearse.yaml'),
    resultsPath: results ? path.resolve(workingDirectory, results) : undefined,
    githubToken,
    openaiApiKey: read('openai-api-key') || undefined,
    openaiBaseUrl: read('openai-base-url') || undefined,
    variants: optional(read, 'variants', (text, name) => list(text).map((item) => member(name, item, SELECTABLE_VARIANTS))),
    tags: optional(read, 'tags', list),
    concurrency: optional(read, 'concurrency', (text, name) => positiveInteger(name, text)),
    runs: optional(read, 'runs', (text, name) => positiveInteger(name, text)),
    minPassRate: optional(read, 'min-pass-rate', (text, name) => fraction(name, text)),
    failOn: optional(read, 'fail-on', (text, name) => list(text).map((item) => member(name, item, FailOnSchema.options))),
    budgetUsd: optional(read, 'budget', (text, name) => positiveNumber(name, text)),
    previous: parsePrevious(read('previous'), workingDirectory),
    artifactName: artifactName(read('artifact-name') || 'rehearse-results'),
    comment: oneOf(read, 'comment', COMMENT_MODES, 'always'),
    checkRun: boolean(read, 'check-run', true),
    shard,
    cassette: parseCassette(read, workingDirectory),
  });
}

function parseCassette(read: InputReader, workingDirectory: string): ActionConfig['cassette'] {
  const file = read('cassette');
  if (!file) {
    if (read('cassette-mode') || read('cassette-roles')) {
      throw new ConfigurationError("inputs 'cassette-mode' and 'cassette-roles' need 'cassette': the path of a cassette file");
    }
    return undefined;
  }
  const roles = optional(read, 'cassette-roles', (text, name) =>
    list(text).map((item) => member(name, item, CASSETTE_ROLES)),
  );
  const mode = oneOf(read, 'cassette-mode', CASSETTE_MODES, 'replay');
  return { path: path.resolve(workingDirectory, file), mode, ...(roles ? { roles } : {}) };
}

function parsePrevious(text: string, workingDirectory: string): PreviousSource {
  if (text === '' || text === 'artifact') return { kind: 'artifact' };
  if (text === 'none') return { kind: 'none' };
  return { kind: 'file', path: path.resolve(workingDirectory, text) };
}

function optional<T>(read: InputReader, name: string, parse: (text: string, name: string) => T): T | undefined {
  const text = read(name);
  return text === '' ? undefined : parse(text, name);
}

function list(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function member<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`input '${name}' must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${value}'`);
}

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const text = read(name);
  return text === '' ? fallback : member(name, text, allowed);
}

function boolean(read: InputReader, name: string, fallback: boolean): boolean {
  const text = read(name).toLowerCase();
  if (text === '') return fallback;
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new ConfigurationError(`input '${name}' must be 'true' or 'false', got '${read(name)}'`);
}

function number(name: string, text: string, expected: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new ConfigurationError(`input '${name}' must be ${expected}, got '${text}'`);
  return value;
}

function fraction(name: string, text: string): number {
  const expected = 'a number between 0 and 1';
  const value = number(name, text, expected);
  if (value < 0 || value > 1) throw new ConfigurationError(`input '${name}' must be ${expected}, got '${text}'`);
  return value;
}

function positiveInteger(name: string, text: string): number {
  const expected = 'a positive whole number';
  const value = number(name, text, expected);
  if (!Number.isInteger(value) || value < 1) throw new ConfigurationError(`input '${name}' must be ${expected}, got '${text}'`);
  return value;
}

function positiveNumber(name: string, text: string): number {
  const expected = 'a positive number (USD)';
  const value = number(name, text, expected);
  if (value <= 0) throw new ConfigurationError(`input '${name}' must be ${expected}, got '${text}'`);
  return value;
}

/** GitHub rejects artifact names with these characters; say so before running anything. */
const FORBIDDEN_ARTIFACT_CHARACTERS = /[":<>|*?\\/\r\n]/;

function artifactName(text: string): string {
  if (FORBIDDEN_ARTIFACT_CHARACTERS.test(text)) {
    throw new ConfigurationError(`input 'artifact-name' must not contain any of " : < > | * ? \\ / or newlines, got '${text}'`);
  }
  return text;
}
