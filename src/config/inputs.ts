/**
 * The action's inputs, parsed once into one readonly typed config by one zod
 * schema (`ActionInputsSchema`, keyed by the names in action.yml, with its
 * defaults). Every bad input is a ConfigurationError naming the input, what is
 * expected and what was given; nothing downstream reads `core.getInput` again.
 */
import path from 'node:path';
import { z } from 'zod';
import { parseShard, SHARD_EXPECTED } from '../plan/index.js';
import type { Shard } from '../plan/types.js';
import { FailOnSchema, type FailOn } from '../model/results.js';
import { suggestion } from '../suite/did-you-mean.js';
import { VARIANT_ID, VARIANT_ID_EXPECTED } from '../suite/schema.js';
import { MAX_CONCURRENCY, MAX_RUNS } from '../suite/limits.js';
import type { VariantId } from '../suite/types.js';
import { ConfigurationError } from '../util/errors.js';
import { CASSETTE_MODES, CASSETTE_ROLES, type CassetteMode, type CassetteRole } from '../cassette/index.js';

export const COMMENT_MODES = ['always', 'on-change', 'on-failure', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export const ACTION_MODES = ['run', 'merge', 'report', 'rejudge'] as const;

/**
 * On a pull request, whether the base revision's agents run side by side as the reference (`rehearse run --base`):
 * `auto`, for the tests whose earlier runs are too few to catch a 0.9 → 0.4 drop; `always`, for every test;
 * `never`. Suites that declare their own variants get no base side under `auto`.
 */
export const BASE_SIDE_INPUTS = ['auto', 'always', 'never'] as const;
export type BaseSideInput = (typeof BASE_SIDE_INPUTS)[number];
export type ActionMode = (typeof ACTION_MODES)[number];

export type PreviousSource =
  { readonly kind: 'artifact' } | { readonly kind: 'none' } | { readonly kind: 'file'; readonly path: string };

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
  /** false: run exactly the plan (no confirmation trials, no early stopping), whatever `run.confirmation` says. */
  readonly confirm: boolean;
  /**
   * On the automatic resume of a journaled run (a re-run finding an interrupted run's journal): run the journaled
   * trials that errored again too, as `rehearse run --resume --rerun-errored` does.
   */
  readonly rerunErrored: boolean;
  /** `base-side`: on a pull request, run the base revision's agents side by side as the reference. */
  readonly baseSide: BaseSideInput;
}

/** Reads one input's raw (trimmed) value; '' when not given. `core.getInput` in the action. */
export type InputReader = (name: string) => string;

/**
 * A custom issue carries what to say: `expected` ("must be …", with the offending value as `got`), or a whole
 * `sentence` for rules between inputs. Zod's own messages never reach the user.
 */
type IssueParams =
  { readonly expected: string; readonly got?: string; readonly hint?: string } | { readonly sentence: string };
type Context = z.RefinementCtx;

function report(ctx: Context, params: IssueParams, path: readonly string[] = []): typeof z.NEVER {
  const message = 'sentence' in params ? params.sentence : params.expected;
  ctx.addIssue({ code: 'custom', message, params, path: [...path] });
  return z.NEVER;
}

/** A text input turned into a value by `convert`, which says what it expected when the text does not fit. */
function textInput<T>(convert: (text: string, ctx: Context) => T) {
  return z.string().transform((text, ctx) => convert(text, ctx));
}

function list(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const quoted = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

function oneOf<const T extends string>(allowed: readonly T[]) {
  return textInput((text, ctx): T => {
    if ((allowed as readonly string[]).includes(text)) return text as T;
    return report(ctx, { expected: `one of ${quoted(allowed)}` });
  });
}

function listOf<const T extends string>(allowed: readonly T[]) {
  return textInput((text, ctx): T[] => {
    const items = list(text);
    const wrong = items.find((item) => !(allowed as readonly string[]).includes(item));
    if (wrong === undefined) return items as T[];
    return report(ctx, { expected: `one of ${quoted(allowed)}`, got: wrong, hint: suggestion(wrong, allowed) });
  });
}

/** Variant ids are the suite's own: their syntax is checked here, the suite's list when the run is planned. */
const variantList = textInput((text, ctx): string[] => {
  const items = list(text);
  const wrong = items.find((item) => !VARIANT_ID.test(item));
  if (wrong === undefined) return items;
  return report(ctx, { expected: VARIANT_ID_EXPECTED, got: wrong });
});

function numberInput(expected: string, fits: (value: number) => boolean) {
  return textInput((text, ctx): number => {
    const value = Number(text);
    return text.trim() !== '' && Number.isFinite(value) && fits(value) ? value : report(ctx, { expected });
  });
}

/** Counts are bounded: a run count of 10^9 is a mistake to report, not a plan to build. */
function wholeNumberUpTo(max: number) {
  return numberInput(`a whole number from 1 to ${max}`, (n) => Number.isInteger(n) && n >= 1 && n <= max);
}

const booleanInput = textInput((text, ctx): boolean => {
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  return report(ctx, { expected: "'true' or 'false'" });
});

/** GitHub rejects artifact names with these characters; say so before running anything. */
const FORBIDDEN_ARTIFACT_CHARACTERS = /[":<>|*?\\/\r\n]/;

/**
 * Every input of action.yml, by its name there; a default here is the default written there (docs.test holds them
 * equal).
 */
export const ActionInputsSchema = z
  .object({
    config: z.string().default('rehearse.yaml'),
    'working-directory': z.string().default('.'),
    // action.yml defaults it to the workflow's token; given empty on purpose, it is an error (below).
    'github-token': z.string().optional(),
    'openai-api-key': z.string().optional(),
    'openai-base-url': z.string().optional(),
    mode: oneOf(ACTION_MODES).default('run'),
    results: z.string().optional(),
    variants: variantList.optional(),
    tags: textInput(list).optional(),
    concurrency: wholeNumberUpTo(MAX_CONCURRENCY).optional(),
    runs: wholeNumberUpTo(MAX_RUNS).optional(),
    'min-pass-rate': numberInput('a number between 0 and 1', (n) => n >= 0 && n <= 1).optional(),
    'fail-on': listOf(FailOnSchema.options).optional(),
    budget: numberInput('a positive number (USD)', (n) => n > 0).optional(),
    previous: z.string().default('artifact'),
    'artifact-name': textInput((text, ctx) => {
      if (!FORBIDDEN_ARTIFACT_CHARACTERS.test(text)) return text;
      const forbidden = '" : < > | * ? \\ / or newlines';
      return report(ctx, { sentence: `input 'artifact-name' must not contain any of ${forbidden}, got '${text}'` });
    }).default('rehearse-results'),
    comment: oneOf(COMMENT_MODES).default('always'),
    'check-run': booleanInput.default(true),
    confirm: booleanInput.default(true),
    'rerun-errored': booleanInput.default(true),
    'base-side': oneOf(BASE_SIDE_INPUTS).default('auto'),
    shard: textInput((text, ctx) => {
      try {
        return parseShard(text);
      } catch {
        return report(ctx, { expected: SHARD_EXPECTED });
      }
    }).optional(),
    cassette: z.string().optional(),
    // Defaulted in toConfig (replay), so that giving it without `cassette` can be reported.
    'cassette-mode': oneOf(CASSETTE_MODES).optional(),
    'cassette-roles': listOf(CASSETTE_ROLES).optional(),
  })
  .superRefine((inputs, ctx) => {
    if ((inputs.mode === 'report' || inputs.mode === 'rejudge') && !inputs.results) {
      const sentence = `input 'results' is required with 'mode: ${inputs.mode}': the path of a results file`;
      report(ctx, { sentence }, ['results']);
    }
    if (!inputs.cassette && (inputs['cassette-mode'] || inputs['cassette-roles'])) {
      const sentence = "inputs 'cassette-mode' and 'cassette-roles' need 'cassette': the path of a cassette file";
      report(ctx, { sentence }, ['cassette']);
    }
    if (inputs.shard && inputs.mode !== 'run') {
      report(ctx, { sentence: `input 'shard' only applies to 'mode: run', got mode '${inputs.mode}'` }, ['shard']);
    }
    if (!inputs['github-token']) {
      const sentence = "input 'github-token' is empty: leave it unset to use the workflow's token, or pass a token";
      report(ctx, { sentence }, ['github-token']);
    }
  });

export type ActionInputs = z.output<typeof ActionInputsSchema>;
export const ACTION_INPUT_NAMES = Object.keys(ActionInputsSchema.shape) as readonly (keyof ActionInputs)[];

export function parseInputs(read: InputReader, cwd: string = process.cwd()): ActionConfig {
  // An input left empty is not given: its default applies, as the runner does for inputs missing from `with:`.
  const raw = Object.fromEntries(ACTION_INPUT_NAMES.flatMap((name) => (read(name) === '' ? [] : [[name, read(name)]])));
  const parsed = ActionInputsSchema.safeParse(raw);
  if (!parsed.success) throw inputError(parsed.error.issues[0], raw);
  return toConfig(parsed.data, cwd);
}

function inputError(issue: z.core.$ZodIssue | undefined, raw: Readonly<Record<string, string>>): ConfigurationError {
  const name = String(issue?.path[0] ?? 'inputs');
  const params = (issue as { params?: IssueParams } | undefined)?.params;
  if (params && 'sentence' in params) return new ConfigurationError(params.sentence);
  const expected = params?.expected ?? issue?.message ?? 'valid';
  const hint = params && 'hint' in params ? (params.hint ?? '') : '';
  return new ConfigurationError(`input '${name}' must be ${expected}, got '${params?.got ?? raw[name] ?? ''}'${hint}`);
}

function toConfig(inputs: ActionInputs, cwd: string): ActionConfig {
  const workingDirectory = path.resolve(cwd, inputs['working-directory']);
  return Object.freeze({
    mode: inputs.mode,
    workingDirectory,
    configPath: path.resolve(workingDirectory, inputs.config),
    resultsPath: inputs.results ? path.resolve(workingDirectory, inputs.results) : undefined,
    githubToken: inputs['github-token'] ?? '',
    openaiApiKey: inputs['openai-api-key'],
    openaiBaseUrl: inputs['openai-base-url'],
    variants: inputs.variants,
    tags: inputs.tags,
    concurrency: inputs.concurrency,
    runs: inputs.runs,
    minPassRate: inputs['min-pass-rate'],
    failOn: inputs['fail-on'],
    budgetUsd: inputs.budget,
    previous: previousSource(inputs.previous, workingDirectory),
    artifactName: inputs['artifact-name'],
    comment: inputs.comment,
    checkRun: inputs['check-run'],
    shard: inputs.shard,
    cassette: inputs.cassette
      ? {
          path: path.resolve(workingDirectory, inputs.cassette),
          mode: inputs['cassette-mode'] ?? 'replay',
          ...(inputs['cassette-roles'] ? { roles: inputs['cassette-roles'] } : {}),
        }
      : undefined,
    confirm: inputs.confirm,
    rerunErrored: inputs['rerun-errored'],
    baseSide: inputs['base-side'],
  });
}

function previousSource(text: string, workingDirectory: string): PreviousSource {
  if (text === 'artifact') return { kind: 'artifact' };
  if (text === 'none') return { kind: 'none' };
  return { kind: 'file', path: path.resolve(workingDirectory, text) };
}
