/**
 * τ²-bench import: a domain (db.json, policy.md, tasks.json, and the tools as
 * the agent sees them, tools.json, with a JS port of their code, tools.mjs)
 * becomes a Rehearse suite. The database is the initial state; reads that are
 * plain lookups (`get_order_details(order_id)` over `orders`) become declared
 * state tools, the others call the port; the policy is the openai agent's
 * system prompt; each task is a test: the user instructions a behavioral
 * scenario, the expected end state (the reference actions replayed on a fresh
 * copy of the database, as τ² derives it) end-state criteria, the actions
 * order-free tool_called criteria, communicate_info text criteria and
 * nl_assertions expected outcomes. A criterion gates the test only when τ²'s
 * reward basis counts it; the others are shown with threshold 0.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { runModuleTool } from '../engine/tools/module.js';
import { runStateTool, TrialState } from '../engine/tools/state.js';
import { ToolSchema, type Metric, type Tool } from '../suite/schema.js';
import { diffStates, isRecord, type StateChange } from '../util/state-path.js';
import { readTextFile } from '../util/bom.js';
import { ConfigurationError } from '../util/errors.js';

export interface Tau2Source {
  readonly domain: string;
  readonly dir: string;
  readonly tasksFile: string;
}

export interface ImportedFile {
  readonly path: string;
  readonly content: string;
}

export interface Tau2Import {
  readonly files: readonly ImportedFile[];
  /** What could not be translated, one line each. */
  readonly notes: readonly string[];
  readonly tests: number;
}

interface Tau2Action {
  readonly name: string;
  readonly arguments: Record<string, unknown>;
  readonly requestor?: string;
  readonly compare_args?: string[] | null;
}

interface Tau2Task {
  readonly id: string;
  readonly user_scenario?: { persona?: string | null; instructions: unknown };
  readonly initial_state?: {
    initialization_data?: { agent_data?: Record<string, unknown> | null } | null;
    initialization_actions?: Tau2Action[] | null;
  } | null;
  readonly evaluation_criteria?: {
    actions?: Tau2Action[] | null;
    env_assertions?: unknown[] | null;
    communicate_info?: string[] | null;
    nl_assertions?: string[] | null;
    reward_basis?: string[];
  } | null;
}

interface ToolSpec {
  readonly name: string;
  readonly description: string;
  readonly parameters: Record<string, unknown>;
}

const SUITE_DIR = 'tau2';
const MODULE_FILE = 'tools.mjs';

/** A domain folder or a tasks file (its folder then holds the rest). */
export async function locateTau2(target: string): Promise<Tau2Source> {
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new ConfigurationError(`${target} does not exist (expected a τ² domain folder or tasks file)`);
  const dir = info.isDirectory() ? target : dirname(target);
  const tasksFile = info.isDirectory() ? join(target, 'tasks.json') : target;
  return { domain: basename(resolve(dir)), dir, tasksFile };
}

export async function importTau2(source: Tau2Source): Promise<Tau2Import> {
  const notes: string[] = [];
  const tasks = await readJson<Tau2Task[]>(source.tasksFile, 'tasks');
  if (!Array.isArray(tasks)) throw new ConfigurationError(`${source.tasksFile}: expected a list of τ² tasks`);
  const db = await readJson<Record<string, unknown>>(join(source.dir, 'db.json'), 'database');
  const policy = await firstText([join(source.dir, 'policy.md'), join(source.dir, 'main_policy.md')]);
  if (policy === undefined) notes.push('no policy.md: the agent has no system prompt');
  const specs = await toolSpecs(source, tasks, notes);
  const port = await readText(join(source.dir, MODULE_FILE));
  const portExports = port === undefined ? new Set<string>() : exportedNames(port);
  const tools = specs.map((spec) => toolFor(spec, db, portExports));
  const unported = tools.filter((tool) => tool.strategy === 'module' && !portExports.has(tool.name));
  if (unported.length > 0)
    notes.push(
      `not ported to ${MODULE_FILE} (they answer an error until you write them): ` +
        unported.map((tool) => tool.name).join(', '),
    );
  const moduleText = port ?? stubModule(unported.map((tool) => tool.name));
  // The reference actions are replayed with the same tools the agent will use, from the module as written.
  const moduleFile = resolve(source.dir, MODULE_FILE);
  const replay = port === undefined ? undefined : { tools: tools.map((tool) => ToolSchema.parse(tool)), moduleFile };

  const files: ImportedFile[] = [];
  const tests: unknown[] = [];
  const scenarios: unknown[] = [];
  for (const task of tasks) {
    const id = `${source.domain}-${String(task.id)}`.replace(/[^A-Za-z0-9_.-]/g, '-');
    const initial = await initialStateOf(task, db, replay, notes, id);
    if (initial !== db) files.push(jsonFile(`${SUITE_DIR}/state-${id}.json`, initial));
    const { criteria, expectedChanges } = await criteriaOf(task, initial, replay, notes, id);
    scenarios.push(scenarioOf(task, id, source.domain));
    tests.push({
      id,
      name: `τ² ${source.domain} task ${String(task.id)}`,
      persona: 'tau2-user',
      scenario: id,
      ...(initial !== db ? { state_file: `state-${id}.json` } : {}),
      baseline_metrics: false,
      criteria,
      tags: ['tau2', source.domain, expectedChanges ? 'writes' : 'read-only'],
    });
  }

  const agentTools = tools.map((tool) => tool.name);
  files.push(
    yamlFile('rehearse.yaml', {
      name: `τ² ${source.domain}`,
      simulator: { model: 'gpt-4.1', api_key_env: 'OPENAI_API_KEY' },
      judge: { model: 'gpt-4.1', api_key_env: 'OPENAI_API_KEY' },
      defaults: { agent: 'tau2-agent', profile: 'tau2-db' },
      include: [`${SUITE_DIR}/*.yaml`],
      agents: [
        {
          id: 'tau2-agent',
          type: 'openai',
          model: 'gpt-4.1',
          ...(policy !== undefined ? { system_prompt_file: `${SUITE_DIR}/policy.md` } : {}),
          tools: agentTools,
          profile_context: false,
        },
      ],
    }),
    ...(policy !== undefined ? [{ path: `${SUITE_DIR}/policy.md`, content: policy }] : []),
    jsonFile(`${SUITE_DIR}/db.json`, db),
    { path: `${SUITE_DIR}/${MODULE_FILE}`, content: moduleText },
    yamlFile(`${SUITE_DIR}/tools.yaml`, { tools }),
    yamlFile(`${SUITE_DIR}/tasks.yaml`, {
      profiles: [{ id: 'tau2-db', description: `The ${source.domain} database`, data: {}, state_file: 'db.json' }],
      personas: [{ id: 'tau2-user', role: `a customer of the ${source.domain} service` }],
      scenarios,
      tests,
    }),
  );
  return { files, notes, tests: tasks.length };
}

// ---------------------------------------------------------------- tools

async function toolSpecs(source: Tau2Source, tasks: readonly Tau2Task[], notes: string[]): Promise<ToolSpec[]> {
  const file = join(source.dir, 'tools.json');
  const text = await readText(file);
  if (text !== undefined) {
    const list = JSON.parse(text) as unknown;
    if (!Array.isArray(list)) throw new ConfigurationError(`${file}: expected a list of tool schemas`);
    return list.map((entry: unknown, index) => {
      const fn = isRecord(entry) && isRecord(entry.function) ? entry.function : entry;
      if (!isRecord(fn) || typeof fn.name !== 'string')
        throw new ConfigurationError(`${file}: tool ${index} has no name (expected OpenAI function schemas)`);
      return {
        name: fn.name,
        description: typeof fn.description === 'string' ? fn.description : '',
        parameters: isRecord(fn.parameters) ? fn.parameters : { type: 'object', properties: {} },
      };
    });
  }
  // Without schemas, the tools the tasks' actions name, with the arguments they use.
  notes.push("no tools.json: tools inferred from the tasks' actions, without descriptions or types");
  const byName = new Map<string, Set<string>>();
  for (const task of tasks)
    for (const action of task.evaluation_criteria?.actions ?? []) {
      const keys = byName.get(action.name) ?? new Set<string>();
      Object.keys(action.arguments).forEach((key) => keys.add(key));
      byName.set(action.name, keys);
    }
  return [...byName].map(([name, keys]) => ({
    name,
    description: '',
    parameters: { type: 'object', properties: Object.fromEntries([...keys].map((key) => [key, {}])) },
  }));
}

/**
 * A lookup `get_<thing>_details(<thing>_id)` over a `<thing>s` collection is declared; the port wins when it
 * implements the tool; anything else calls the port.
 */
function toolFor(spec: ToolSpec, db: Record<string, unknown>, ported: ReadonlySet<string>): Tool {
  const base = { name: spec.name, description: spec.description, parameters: spec.parameters };
  const lookup = /^get_([a-z]+)_details$/.exec(spec.name);
  const required = Array.isArray(spec.parameters.required) ? (spec.parameters.required as string[]) : [];
  const collection = lookup ? `${lookup[1]}s` : undefined;
  if (
    !ported.has(spec.name) &&
    lookup &&
    collection &&
    isRecord(db[collection]) &&
    required.length === 1 &&
    required[0] === `${lookup[1]}_id`
  ) {
    const thing = lookup[1] as string;
    return {
      ...base,
      strategy: 'state',
      state: {
        read: `${collection}[{${required[0]}}]`,
        not_found: `${thing.charAt(0).toUpperCase()}${thing.slice(1)} not found`,
      },
    } as Tool;
  }
  return { ...base, strategy: 'module', module: { file: MODULE_FILE } } as Tool;
}

function exportedNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const match of code.matchAll(/export\s+(?:async\s+)?(?:function\s*\*?|const|let)\s+([A-Za-z_$][\w$]*)/g))
    names.add(match[1] as string);
  return names;
}

function stubModule(names: readonly string[]): string {
  return [
    '// τ² keeps its tools in Python: port each one here. A function gets the arguments and { state }, changes',
    '// `state` in place and returns what the agent sees; a thrown Error is the tool error the agent gets.',
    ...names.map(
      (name) => `export function ${name}() {\n  throw new Error('${name} is not ported to Rehearse yet');\n}`,
    ),
    '',
  ].join('\n');
}

// ---------------------------------------------------------------- tasks

interface Replay {
  readonly tools: readonly Tool[];
  readonly moduleFile: string;
}

async function initialStateOf(
  task: Tau2Task,
  db: Record<string, unknown>,
  replay: Replay | undefined,
  notes: string[],
  id: string,
): Promise<Record<string, unknown>> {
  const init = task.initial_state;
  const data = init?.initialization_data?.agent_data;
  const actions = init?.initialization_actions ?? [];
  if (!data && actions.length === 0) return db;
  let state = data ? deepMerge(db, data) : db;
  if (actions.length > 0) {
    if (!replay) notes.push(`${id}: initialization_actions need ${MODULE_FILE}; left out`);
    else state = (await runActions(actions, state, replay, notes, id)).state;
  }
  return state;
}

async function criteriaOf(
  task: Tau2Task,
  initial: Record<string, unknown>,
  replay: Replay | undefined,
  notes: string[],
  id: string,
): Promise<{ criteria: Metric[]; expectedChanges: boolean }> {
  const evaluation = task.evaluation_criteria ?? {};
  const basis = new Set(evaluation.reward_basis ?? ['DB', 'COMMUNICATE']);
  const gate = (kind: string): { threshold?: number } => (basis.has(kind) ? {} : { threshold: 0 });
  const actions = (evaluation.actions ?? []).filter((action) => (action.requestor ?? 'assistant') === 'assistant');
  const criteria: Metric[] = [];
  let expectedChanges = false;
  if (replay) {
    const { changes, writers } = await runActions(actions, initial, replay, notes, id);
    expectedChanges = changes.length > 0;
    for (const change of changes) {
      criteria.push(
        'after' in change
          ? ({ type: 'state', path: change.path, equals: change.after, ...gate('DB') } as Metric)
          : ({ type: 'state', path: change.path, exists: false, ...gate('DB') } as Metric),
      );
    }
    criteria.push({
      type: 'state_unchanged',
      id: 'nothing-else-changed',
      except: changes.map((change) => change.path),
      ...gate('DB'),
    } as Metric);
    // The reference actions that wrote: order-free, so the same call with its lists in another order counts.
    actions.forEach((action, index) => {
      if (!writers.has(index) && !basis.has('ACTION')) return;
      criteria.push(actionCriterion(action, gate('ACTION')));
    });
  } else {
    notes.push(`${id}: no ${MODULE_FILE}: the expected end state is not computed, only the actions are checked`);
    actions.forEach((action) => criteria.push(actionCriterion(action, {})));
  }
  for (const info of evaluation.communicate_info ?? [])
    criteria.push({ type: 'text', contains: info, scope: 'any', ...gate('COMMUNICATE') } as Metric);
  for (const assertion of evaluation.nl_assertions ?? [])
    criteria.push({ type: 'expected_outcome', outcome: assertion, ...gate('NL_ASSERTION') } as Metric);
  if ((evaluation.env_assertions ?? []).length > 0)
    notes.push(`${id}: env_assertions are not imported (write them as state criteria)`);
  criteria.push({ type: 'infrastructure' } as Metric);
  return { criteria, expectedChanges };
}

function actionCriterion(action: Tau2Action, gate: { threshold?: number }): Metric {
  const compared = action.compare_args ?? undefined;
  const args = compared
    ? Object.fromEntries(Object.entries(action.arguments).filter(([key]) => compared.includes(key)))
    : action.arguments;
  return {
    type: 'tool_called',
    tool: action.name,
    args,
    args_match: compared ? 'partial' : 'exact',
    list_order: 'any',
    min_times: 1,
    ...gate,
  } as Metric;
}

/** Replays actions on a copy of `start` with the suite's own tools; which actions wrote, and every change. */
async function runActions(
  actions: readonly Tau2Action[],
  start: Record<string, unknown>,
  replay: Replay,
  notes: string[],
  id: string,
): Promise<{ state: Record<string, unknown>; changes: StateChange[]; writers: Set<number> }> {
  const state = new TrialState(start);
  const writers = new Set<number>();
  const signal = new AbortController().signal;
  for (const [index, action] of actions.entries()) {
    const tool = replay.tools.find((candidate) => candidate.name === action.name);
    if (!tool) {
      notes.push(`${id}: action ${action.name} names no tool; skipped`);
      continue;
    }
    const { outcome, changes } = await state.transact((draft) =>
      tool.strategy === 'state' && tool.state
        ? runStateTool(tool.state, action.arguments, draft)
        : runModuleTool(
            tool.name,
            { file: replay.moduleFile },
            action.arguments,
            { state: draft, profile: {} },
            { timeoutMs: 10_000, signal },
          ),
    );
    if (outcome.error !== undefined) notes.push(`${id}: reference action ${action.name} failed: ${outcome.error}`);
    if (changes.length > 0) writers.add(index);
  }
  const final = state.snapshot();
  return { state: final, changes: diffStates(start, final), writers };
}

function scenarioOf(task: Tau2Task, id: string, domain: string): unknown {
  const instructions = task.user_scenario?.instructions;
  const structured = isRecord(instructions) ? instructions : undefined;
  const text = (key: string): string | undefined =>
    structured && typeof structured[key] === 'string' && (structured[key] as string).trim() !== '.'
      ? (structured[key] as string)
      : undefined;
  const objective = text('reason_for_call') ?? (typeof instructions === 'string' ? instructions : `a ${domain} task`);
  const lines = [
    task.user_scenario?.persona ? `Who you are: ${task.user_scenario.persona}` : '',
    text('known_info') ? `What you know: ${text('known_info')}` : '',
    text('unknown_info') ? `What you do not know: ${text('unknown_info')}` : '',
    text('task_instructions') ? `How you behave: ${text('task_instructions')}` : '',
    typeof instructions === 'string' ? instructions : '',
  ].filter(Boolean);
  return {
    id,
    type: 'behavioral',
    objective,
    instructions: lines.length > 0 ? lines.join('\n') : objective,
    max_turns: 30,
    tags: ['tau2'],
  };
}

// ---------------------------------------------------------------- files

async function readText(path: string): Promise<string | undefined> {
  return readTextFile(path).catch(() => undefined);
}

async function firstText(paths: readonly string[]): Promise<string | undefined> {
  for (const path of paths) {
    const text = await readText(path);
    if (text !== undefined) return text;
  }
  return undefined;
}

async function readJson<T>(path: string, what: string): Promise<T> {
  const text = await readText(path);
  if (text === undefined) throw new ConfigurationError(`${path}: the τ² ${what} file is missing`);
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new ConfigurationError(`${path}: not valid JSON: ${error instanceof Error ? error.message : ''}`);
  }
}

function deepMerge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] = isRecord(current) && isRecord(value) ? deepMerge(current, value) : value;
  }
  return out;
}

function jsonFile(path: string, value: unknown): ImportedFile {
  return { path, content: `${JSON.stringify(value, null, 2)}\n` };
}

function yamlFile(path: string, value: unknown): ImportedFile {
  const header = '# Imported from τ²-bench by `rehearse import tau2`: edit freely.\n';
  return { path, content: header + stringify(value, { lineWidth: 0 }) };
}
