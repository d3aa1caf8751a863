/** What the renderers take and give back. */
import type { Comparison } from '../compare/types.js';
import type { GateDecision } from '../gate/index.js';
import type { Results } from '../model/results.js';

export interface ReportLinks {
  readonly checkRunUrl?: string;
  readonly artifactUrl?: string;
  readonly runUrl?: string;
}

export interface ReportInput {
  readonly results: Results;
  /** The stored previous run against this one. */
  readonly previous?: Comparison;
  /**
   * Baseline vs candidate inside this run; with several variants, every variant's changes against the baseline
   * together, and each pair on its own in `byVariant` (reports show them side by side).
   */
  readonly variants?: Comparison;
  readonly gate: GateDecision;
  readonly links?: ReportLinks;
  /** Why there is no previous run (or where it came from), shown under the verdict. */
  readonly previousRunNote?: string;
}

/** Rendered text and what had to be left out to fit a limit (empty when nothing was). */
export interface RenderedText {
  readonly text: string;
  readonly omitted: string[];
}

/** Shaped like the GitHub checks API annotation, so the caller can post it as is. */
export interface Annotation {
  /** Relative to the repository root, forward slashes. */
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly title: string;
  readonly message: string;
}

export interface CheckRunOutput {
  readonly title: string;
  readonly summary: string;
  readonly conclusion: 'success' | 'failure' | 'neutral';
  /** Every annotation; the caller posts them MAX_ANNOTATIONS_PER_REQUEST at a time. */
  readonly annotations: Annotation[];
  readonly omitted: string[];
}
