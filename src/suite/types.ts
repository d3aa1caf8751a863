/**
 * What the loader hands to the rest of the pipeline: every file merged,
 * references checked, defaults applied, content versions computed, and each
 * entity's place in its YAML file remembered (for errors and annotations).
 */
import type {
  Agent,
  Dataset,
  Gate,
  Metric,
  ModelEndpoint,
  Persona,
  Simulator,
  Pricing,
  Profile,
  RunSettings,
  Scenario,
  Test,
  TestSet,
  Tool,
  Variant,
} from './schema.js';

/** 1-based line and column, like editors and GitHub annotations. */
export interface SourceLocation {
  /** Path relative to the working directory (or absolute when outside it). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type Located<T> = T & { readonly source: SourceLocation };
/** A short hash of the entity's normalised content, recorded in results. */
export type Versioned<T> = T & { readonly version: string };

/** A variant's id: `default` without variants, else the suite's own ids (`baseline`, `candidate`, `gpt-x`…). */
export type VariantId = string;

export interface LoadedSuite {
  /** Absolute path of the root config file. */
  readonly rootFile: string;
  /** Every file that was read, absolute paths, root first. */
  readonly files: readonly string[];
  readonly name: string;
  /** The root `simulator:`, its prompt file read into `system_prompt`; personas may override it (plan/simulator.ts). */
  readonly simulator?: Simulator;
  readonly judge?: ModelEndpoint;
  readonly pricing: Pricing;
  readonly defaults: { readonly agent?: string; readonly profile?: string };
  /** Declared variants by id; empty without any: one implicit `default` variant runs (src/suite/variants.ts). */
  readonly variants: Readonly<Record<VariantId, Variant>>;
  readonly gate: Gate;
  readonly run: RunSettings;
  /** Agents with file references resolved (system_prompt_file read into system_prompt, cwd absolute). */
  readonly agents: readonly Located<Agent>[];
  readonly personas: readonly Located<Versioned<Persona>>[];
  readonly scenarios: readonly Located<Versioned<Scenario>>[];
  readonly profiles: readonly Located<Profile>[];
  readonly tools: readonly Located<Tool>[];
  readonly metrics: readonly Located<Metric & { id: string }>[];
  readonly tests: readonly Located<Test>[];
  readonly sets: readonly Located<TestSet>[];
  readonly datasets: readonly Located<Dataset>[];
  /** Code scorers' content hashes (sha256) by absolute module path: part of their tests' identity. */
  readonly codeModules?: ReadonlyMap<string, string>;
}

/** One problem found while loading; all of them are reported at once. */
export interface SuiteIssue {
  readonly location: SourceLocation;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}
