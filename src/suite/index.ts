/**
 * The suite loader's public face: `loadSuite` reads a root config and its
 * includes, validates everything, and either returns the merged suite or every
 * problem found, sorted by file and line (it never throws for a user's mistake).
 */
import { basename, dirname, resolve } from 'node:path';
import { resolveAgents } from './agents.js';
import { collect, locate, type Collected } from './collect.js';
import { displayPath, readSuiteFiles } from './files.js';
import type { FileScope } from './repository-scope.js';
import { checkReferences, effectiveAgent } from './references.js';
import { checkScenarioRules } from './scenario-rules.js';
import { GateSchema, RunSettingsSchema } from './schema.js';
import { checkTemplates } from './template-checks.js';
import { checkSimulatorPrompts } from './simulator-prompt-checks.js';
import { checkTools } from './tool-checks.js';
import { checkCriteria, criteriaUseJsonSchema } from './criterion-checks.js';
import { loadAjv } from './ajv.js';
import type { Ajv } from 'ajv';
import { checkCheckpoints } from './checkpoint-checks.js';
import { absoluteModule, checkCodeModules, type CodeModules } from './code-modules.js';
import { checkStateTools, resolveStates, type ResolvedStates } from './state.js';
import { resolveStarts, type ResolvedStarts } from './starts.js';
import type { Persona, Scenario } from './schema.js';
import type { LoadedSuite, SuiteIssue } from './types.js';
import { contentVersion } from './version.js';
import { PARSED_ONCE } from '../model/parse-once.js';

export { findTemplateRefs, renderTemplate, renderTemplateDeep } from './template.js';
export type { LoadedSuite, SuiteIssue } from './types.js';

export interface LoadOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export type LoadResult =
  | { readonly ok: true; readonly suite: LoadedSuite; readonly warnings: SuiteIssue[] }
  | { readonly ok: false; readonly issues: SuiteIssue[] };

/** `file:line:column: message` (warnings say so). */
export function formatIssue(issue: SuiteIssue): string {
  const { file, line, column } = issue.location;
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${line}:${column}: ${prefix}${issue.message}`;
}

export async function loadSuite(configPath: string, options: LoadOptions = {}): Promise<LoadResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const rootFile = resolve(cwd, configPath);
  const read = await readSuiteFiles(rootFile, cwd);
  if (read.files.length === 0) return { ok: false, issues: sortIssues([...read.issues], []) };

  const suite = collect(read.files);
  const scope: FileScope = { repository: read.repository, show: (path) => displayPath(path, cwd) };
  const resolved = await resolveAgents(suite, scope);
  const states = await resolveStates(suite, scope);
  const codeModules = await checkCodeModules(suite, scope);
  const starts = await resolveStarts(suite, scope);
  const ajv = await schemaCompilerFor(suite);
  const all = [
    ...read.issues,
    ...suite.issues,
    ...checkReferences(suite, read.issues.length > 0),
    ...checkScenarioRules(suite.scenarios),
    ...checkTemplates(suite),
    ...checkTools(suite, ajv),
    ...checkStateTools(suite),
    ...states.issues,
    ...checkCriteria(suite, ajv),
    ...codeModules.issues,
    ...checkCheckpoints(suite),
    ...checkUniqueWithin(suite),
    ...resolved.issues,
    ...starts.issues,
    ...checkSimulatorPrompts(suite, starts),
  ];
  const issues = sortIssues(
    all,
    read.files.map((f) => f.display),
  );
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  return {
    ok: true,
    suite: assemble(
      suite,
      rootFile,
      read.files.map((f) => f.path),
      resolved,
      states,
      codeModules,
      starts,
    ),
    warnings,
  };
}

/** The Ajv that checks the suite's JSON Schemas, loaded only for a suite that has some (tools, `json_schema`). */
async function schemaCompilerFor(suite: Collected): Promise<() => Ajv> {
  const ajv = suite.tools.length > 0 || criteriaUseJsonSchema(suite) ? await loadAjv() : undefined;
  return () => {
    if (!ajv) throw new Error('internal error: a JSON Schema to check in a suite that was found to have none');
    return ajv;
  };
}

function assemble(
  suite: Collected,
  rootFile: string,
  files: string[],
  resolved: Awaited<ReturnType<typeof resolveAgents>>,
  states: ResolvedStates,
  codeModules: CodeModules,
  starts: ResolvedStarts,
): LoadedSuite {
  const { settings } = suite;
  const defaultProfile = settings.defaults?.profile;
  return {
    rootFile,
    files,
    name: settings.name ?? basename(dirname(rootFile)),
    ...(starts.simulator ? { simulator: starts.simulator } : {}),
    ...(settings.judge ? { judge: settings.judge } : {}),
    pricing: settings.pricing ?? {},
    defaults: settings.defaults ?? {},
    variants: resolved.variants,
    gate: settings.gate ?? GateSchema.parse({}, PARSED_ONCE),
    run: settings.run ?? RunSettingsSchema.parse({}, PARSED_ONCE),
    agents: resolved.agents,
    personas: suite.personas.map((e) => {
      const persona = withPersonaSimulator(e.value, starts);
      return { ...persona, version: personaVersion(persona, starts.simulator?.system_prompt), source: locate(e) };
    }),
    scenarios: suite.scenarios.map((e) => {
      const scenario = withStartingTurns(e.value, starts);
      return { ...scenario, version: contentVersion(scenario), source: locate(e) };
    }),
    profiles: suite.profiles.map((e) => ({ ...withState(e.value, states.profiles), source: locate(e) })),
    tools: suite.tools.map((e) => ({ ...withModuleFile(e.value, states.moduleFiles), source: locate(e) })),
    metrics: suite.metrics.map((e) => ({ ...absoluteModule(e.value, e.file.path), source: locate(e) })),
    // Defaults resolved here so the planner never has to guess.
    tests: suite.tests.map((e) => ({
      ...withState(e.value, states.tests),
      criteria: e.value.criteria.map((c) => absoluteModule(c, e.file.path)),
      agent: effectiveAgent(suite, e.value.agent),
      ...((e.value.profile ?? defaultProfile) ? { profile: e.value.profile ?? defaultProfile } : {}),
      source: locate(e),
    })),
    sets: suite.sets.map((e) => ({ ...e.value, source: locate(e) })),
    ...(codeModules.hashes.size > 0 ? { codeModules: codeModules.hashes } : {}),
    datasets: suite.datasets.map((e) => ({
      ...e.value,
      criteria: e.value.criteria.map((c) => absoluteModule(c, e.file.path)),
      agent: effectiveAgent(suite, e.value.agent),
      ...((e.value.profile ?? defaultProfile) ? { profile: e.value.profile ?? defaultProfile } : {}),
      source: locate(e),
    })),
  };
}

/** `start_from_file` read into `start_from`: later stages (and the scenario's version) see the turns only. */
function withStartingTurns(scenario: Scenario, starts: ResolvedStarts): Scenario {
  const { start_from_file: _file, start_from: _inline, ...rest } = scenario;
  const turns = starts.scenarios.get(scenario.id);
  return (turns === undefined ? rest : { ...rest, start_from: [...turns] }) as Scenario;
}

/** The persona's simulator settings with their prompt file read. */
function withPersonaSimulator(persona: Persona, starts: ResolvedStarts): Persona {
  const simulator = starts.personas.get(persona.id);
  return simulator === undefined ? persona : { ...persona, simulator };
}

/**
 * The simulated user's prompt shapes the test, so it is part of the persona's identity: its own (already in the
 * persona), or the root `simulator.system_prompt` it falls back to. The root simulator's model is not (as before).
 */
function personaVersion(persona: Persona, rootPrompt: string | undefined): string {
  if (rootPrompt === undefined || persona.simulator?.system_prompt !== undefined) return contentVersion(persona);
  return contentVersion({ persona, simulator_prompt: rootPrompt });
}

/** `state_file` read into `state`: later stages see the records only. */
function withState<T extends { id: string; state?: Record<string, unknown>; state_file?: string }>(
  value: T,
  states: ResolvedStates['tests'],
): T {
  const { state_file: _file, ...rest } = value;
  const state = states.get(value.id);
  return (state === undefined ? rest : { ...rest, state }) as T;
}

/** A module tool's file made absolute (relative to the file that declares it). */
function withModuleFile<T extends { name: string; module?: { file: string } }>(
  tool: T,
  files: ResolvedStates['moduleFiles'],
): T {
  const file = files.get(tool.name);
  return tool.module && file ? { ...tool, module: { ...tool.module, file } } : tool;
}

/** Ids that must be unique inside one entity: dataset items, explicit criterion ids. */
function checkUniqueWithin(suite: Collected): SuiteIssue[] {
  const issues: SuiteIssue[] = [];
  const unique = (
    ids: readonly (string | undefined)[],
    at: (index: number) => SuiteIssue['location'],
    what: string,
  ): void => {
    const seen = new Map<string, number>();
    ids.forEach((id, index) => {
      if (id === undefined) return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else
        issues.push({
          location: at(index),
          message: `duplicate ${what} '${id}' (first used at line ${at(first).line})`,
          severity: 'error',
        });
    });
  };
  for (const d of suite.datasets)
    unique(
      d.value.items.map((i) => i.id),
      (i) => locate(d, 'items', i, 'id'),
      `item id in dataset '${d.value.id}'`,
    );
  // A test listed twice in one set used to be dropped silently (its run count with it).
  for (const set of suite.sets) {
    const first = new Map<string, number>();
    set.value.tests.forEach(({ test }, index) => {
      const previous = first.get(test);
      if (previous === undefined) return void first.set(test, index);
      const line = locate(set, 'tests', previous, 'test').line;
      issues.push({
        location: locate(set, 'tests', index, 'test'),
        message:
          `set '${set.value.id}' lists test '${test}' twice (first at line ${line}): list each test ` +
          `once, with the runs it needs`,
        severity: 'error',
      });
    });
  }
  for (const t of [...suite.tests, ...suite.datasets]) {
    unique(
      t.value.criteria.map((c) => ('type' in c ? c.id : undefined)),
      (i) => locate(t, 'criteria', i, 'id'),
      'criterion id',
    );
  }
  return issues;
}

function sortIssues(issues: SuiteIssue[], fileOrder: readonly string[]): SuiteIssue[] {
  const rank = (file: string): number => {
    const index = fileOrder.indexOf(file);
    return index < 0 ? fileOrder.length : index;
  };
  return issues.sort(
    (a, b) =>
      rank(a.location.file) - rank(b.location.file) ||
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column,
  );
}
