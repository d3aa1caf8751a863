/**
 * What the loader reads besides the YAML for conversations that start from
 * recorded turns and for the simulated user's own prompt:
 * - `start_from_file` is read with the transcript reader of `scenario
 *   from-transcript` (any format it accepts) into the same turns `start_from`
 *   writes inline; recorded turns replace the scenario's opening, so an
 *   opening message beside them is an error;
 * - `simulator.system_prompt_file` (root or persona) is read into
 *   `system_prompt`, so later stages and the content versions see the text.
 */
import { dirname, resolve } from 'node:path';
import { parseTranscript, type TranscriptTurn } from './transcript.js';
import { locate, type Collected, type Entry } from './collect.js';
import { readReferencedFile } from './files.js';
import type { FileScope } from './repository-scope.js';
import type { RecordedTurn } from './recorded-turns.js';
import type { PersonaSimulator, Scenario, Simulator } from './schema.js';
import type { SourceLocation, SuiteIssue } from './types.js';

export interface ResolvedStarts {
  /** Recorded turns by scenario id (inline or read from the file). */
  readonly scenarios: ReadonlyMap<string, readonly RecordedTurn[]>;
  /** The root simulator with its prompt file read. */
  readonly simulator?: Simulator;
  /** Each persona's simulator settings with its prompt file read, by persona id. */
  readonly personas: ReadonlyMap<string, PersonaSimulator>;
  readonly issues: SuiteIssue[];
}

export async function resolveStarts(suite: Collected, scope: FileScope): Promise<ResolvedStarts> {
  const issues: SuiteIssue[] = [];
  const fail = (location: SourceLocation, message: string): void =>
    void issues.push({ location, message, severity: 'error' });

  const scenarios = new Map<string, readonly RecordedTurn[]>();
  for (const entry of suite.scenarios) {
    const turns = await startingTurns(entry, fail, scope);
    if (turns === undefined) continue;
    scenarios.set(entry.value.id, turns);
    checkNoOpening(entry, fail);
  }

  const root = suite.settings.simulator;
  const simulator =
    root &&
    (await withPrompt(
      root,
      dirname(suite.root.path),
      (...path) => suite.root.locate(['simulator', ...path]),
      fail,
      scope,
    ));
  const personas = new Map<string, PersonaSimulator>();
  for (const entry of suite.personas) {
    const own = entry.value.simulator;
    if (!own) continue;
    const at = (...path: string[]): SourceLocation => locate(entry, 'simulator', ...path);
    const resolved = await withPrompt(own, dirname(entry.file.path), at, fail, scope);
    if (resolved) personas.set(entry.value.id, resolved);
  }
  return { scenarios, ...(simulator ? { simulator } : {}), personas, issues };
}

type Fail = (location: SourceLocation, message: string) => void;

async function startingTurns(
  entry: Entry<Scenario>,
  fail: Fail,
  scope: FileScope,
): Promise<readonly RecordedTurn[] | undefined> {
  const { show } = scope;
  const { id, start_from: inline, start_from_file: file } = entry.value;
  if (inline !== undefined && file !== undefined) {
    fail(locate(entry, 'start_from_file'), `scenario '${id}' sets both start_from and start_from_file; keep one`);
    return undefined;
  }
  if (file === undefined) return inline;
  const path = resolve(dirname(entry.file.path), file);
  const read = await readReferencedFile(path, scope);
  if (!read.ok) {
    fail(locate(entry, 'start_from_file'), `start_from_file '${file}' ${read.why} (${show(path)})`);
    return undefined;
  }
  try {
    const turns = parseTranscript(read.text, show(path)).turns.map(recordedTurnOf);
    if (turns.length === 0) throw new Error(`${show(path)}: the transcript has no turns`);
    return turns;
  } catch (error) {
    fail(
      locate(entry, 'start_from_file'),
      `start_from_file '${file}' can not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

/** A turn of the transcript reader as a recorded turn of the suite. */
export function recordedTurnOf(turn: TranscriptTurn): RecordedTurn {
  if (turn.role === 'user') return { user: turn.text };
  const calls = turn.toolCalls.map((call) => ({
    name: call.name,
    arguments: call.arguments,
    ...(call.failed ? { error: errorText(call.output) } : call.output === undefined ? {} : { result: call.output }),
  }));
  return { agent: turn.text, ...(calls.length ? { tool_calls: calls } : {}) };
}

function errorText(output: unknown): string {
  if (output === undefined) return 'failed';
  return typeof output === 'string' ? output : JSON.stringify(output);
}

/** The recorded turns are the conversation's opening: a scripted or behavioral opening beside them is a mistake. */
function checkNoOpening(entry: Entry<Scenario>, fail: Fail): void {
  const scenario = entry.value;
  const why = 'the recorded turns of start_from are the opening';
  if (scenario.type === 'behavioral') {
    if (scenario.first_message !== undefined && scenario.first_message.trim() !== '')
      fail(locate(entry, 'first_message'), `scenario '${scenario.id}': drop first_message: ${why}`);
    return;
  }
  const conditions = scenario.conditional_actions.conditions;
  const index = conditions.findIndex((c) => String(c.condition).trim().toUpperCase() === 'FIRST_MESSAGE');
  const opener = conditions[index];
  if (opener && opener.action.trim() !== '')
    fail(
      locate(entry, 'conditional_actions', 'conditions', index, 'action'),
      `scenario '${scenario.id}': give FIRST_MESSAGE an empty action (""): ${why}`,
    );
}

async function withPrompt<T extends { system_prompt?: string | undefined; system_prompt_file?: string | undefined }>(
  settings: T,
  baseDir: string,
  at: (...path: string[]) => SourceLocation,
  fail: Fail,
  scope: FileScope,
): Promise<T | undefined> {
  const { system_prompt_file: file, ...rest } = settings;
  if (file === undefined) return settings;
  if (settings.system_prompt !== undefined) {
    fail(at('system_prompt_file'), 'simulator sets both system_prompt and system_prompt_file; keep one');
    return undefined;
  }
  const path = resolve(baseDir, file);
  const read = await readReferencedFile(path, scope);
  if (read.ok) return { ...rest, system_prompt: read.text } as T;
  fail(at('system_prompt_file'), `system prompt file '${file}' ${read.why} (${scope.show(path)})`);
  return undefined;
}
