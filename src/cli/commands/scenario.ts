/**
 * `rehearse scenario from-transcript <file>`: a recorded conversation → a
 * scripted scenario, a profile, mock tools and a test (deterministic), or with
 * --behavioral a behavioral scenario written by a model.
 */
import { existsSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { stringify } from 'yaml';
import { SCHEMA_LINE } from '../../author/constants.js';
import { ROOT_FILE } from '../../author/starter.js';
import { behavioralSuiteFromTranscript } from '../../author/behavioral-from-transcript.js';
import { scriptedSuiteFromTranscripts, type MatchMode, type SuiteFragment } from '../../author/from-transcript.js';
import { askModel, authorEndpoint } from '../../author/llm.js';
import { loadSuite } from '../../suite/index.js';
import { parseTranscripts, type Transcript } from '../../suite/transcript.js';
import { writeNewFiles } from '../../author/write-files.js';
import { readTextFile } from '../../util/bom.js';
import { ConfigurationError } from '../../util/errors.js';
import { parseCommandArgs } from '../args.js';
import { wholeNumberFlag } from '../number-flags.js';
import type { CliIO } from '../io.js';

const HELP = `Usage: rehearse scenario from-transcript <file>... [options]

Turns recorded conversations into one suite file. Each file may hold one
conversation or many: OpenAI chat messages (JSON), a τ-bench or τ²-bench
results file as it is, JSON lines (one message or one conversation per line),
or "User:" / "Agent:" text with "Tool: name {args} -> output" lines.

For each conversation: a scripted scenario whose user pursues the same goal
and answers what the agent asks (its intent, not its exact words), a profile
with the names, ids, dates and emails it found, and a test checking the
outcome (the successful state-changing tool calls and their arguments, the
facts of the final answer, a transfer). Tools are shared: one mock per tool
answering as recorded. No LLM. Benchmark conversations whose reward says the
task was not solved are left out (and named).
  --id <id>              id of the scenario and test (default: from the file name;
                         several conversations get <id>-1, <id>-2, …)
  --persona <id>         use this persona instead of writing one
  --match <mode>         how the user recognises the agent's questions: regex
                         (default), keywords, or llm (needs a simulator model in
                         your suite; the conditions are written in words too)
  --start-from <n>       replay the first n turns as recorded (start_from) and
                         simulate onwards: the user's answers and the criteria
                         come from the turns after them
  --include-unsolved     keep benchmark conversations with a reward below 1
  -o, --output <file>    where to write (default rehearse/<id>.yaml)
  --force                overwrite the output file
  --behavioral           let a model write a behavioral scenario instead (one
                         conversation; needs --model)
  --model <model>, --base-url <url>, --api-key-env <name>   the model for --behavioral
`;

export async function scenarioCommand(args: readonly string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || sub === '-h' || sub === '--help' || sub === 'help') {
    io.stdout(HELP);
    return sub ? 0 : 2;
  }
  if (sub !== 'from-transcript')
    throw new ConfigurationError(
      `unknown subcommand '${sub}': expected from-transcript (see rehearse scenario --help)`,
    );
  const { values, positionals } = parseCommandArgs('scenario', {
    args: rest,
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      persona: { type: 'string' },
      match: { type: 'string' },
      'start-from': { type: 'string' },
      'include-unsolved': { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      behavioral: { type: 'boolean', default: false },
      model: { type: 'string' },
      'base-url': { type: 'string' },
      'api-key-env': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new ConfigurationError('expected one or more transcript files (see rehearse scenario --help)');
  const match = (values.match ?? 'regex') as MatchMode;
  if (!['regex', 'keywords', 'llm'].includes(match))
    throw new ConfigurationError(`--match: expected regex, keywords or llm, got '${match}'`);
  const startFrom = startFromFlag(values['start-from'], values.behavioral);
  const transcripts: Transcript[] = [];
  for (const file of positionals) {
    const text = await readTextFile(resolve(io.cwd, file)).catch(() => {
      throw new ConfigurationError(`cannot read ${file}`);
    });
    const read = parseTranscripts(text, file, { includeUnsolved: values['include-unsolved'] });
    for (const skipped of read.skipped) io.stderr(`left out ${skipped}\n`);
    transcripts.push(...read.transcripts);
  }
  if (transcripts.length === 0)
    throw new ConfigurationError('no conversation left to turn into a test (see the lines above)');
  const id = values.id ?? idFromFile(positionals[0]!);
  const options = {
    id,
    match,
    ...(values.persona ? { persona: values.persona } : {}),
    ...(startFrom ? { startFrom } : {}),
  };
  let fragment: SuiteFragment;
  if (values.behavioral) {
    if (transcripts.length !== 1)
      throw new ConfigurationError(
        `--behavioral takes one conversation; these files hold ${transcripts.length} ` +
          '(drop --behavioral for one suite of all)',
      );
    const endpoint = authorEndpoint(values, 'scenario');
    fragment = await behavioralSuiteFromTranscript(transcripts[0]!, options, (prompt) =>
      askModel(endpoint, io.env, prompt, true),
    );
  } else {
    fragment = scriptedSuiteFromTranscripts(transcripts, options);
  }
  const output = values.output ?? `rehearse/${id}.yaml`;
  fragment = withoutDeclaredTools(fragment, await declaredTools(io.cwd, output), io);
  const formats = [...new Set(transcripts.map((t) => t.format))].join(', ');
  const sources = positionals.map((f) => basename(f)).join(', ');
  const header = `# From ${sources} (${formats}) by \`rehearse scenario from-transcript\`.`;
  const content = `${SCHEMA_LINE}\n${header}\n${stringify(fragment, { lineWidth: 0, aliasDuplicateObjects: false })}`;
  await writeNewFiles(io.cwd, [{ path: output, content }], values.force, 'scenario');
  const turns = transcripts.reduce((n, t) => n + t.turns.length, 0);
  const what =
    transcripts.length === 1
      ? `${values.behavioral ? 'a behavioral' : 'a scripted'} scenario and test '${id}'`
      : `${transcripts.length} scripted scenarios and tests '${id}-1'…'${id}-${transcripts.length}'`;
  io.stdout(`Wrote ${what} from ${turns} turns (${formats}) to ${output}\n`);
  return 0;
}

/** A generous bound on `--start-from`: far past any recorded conversation, short of digits that read as Infinity. */
const MAX_START_FROM = 1_000_000;

function startFromFlag(text: string | undefined, behavioral: boolean): number | undefined {
  if (text === undefined) return undefined;
  if (behavioral)
    throw new ConfigurationError(
      '--start-from makes a scripted scenario; for a behavioral one, set start_from_file in the scenario',
    );
  // The transcript's own length is checked when it is read; this bound only refuses what no transcript has.
  return wholeNumberFlag('--start-from', text, { min: 1, max: MAX_START_FROM, unit: 'turns' });
}

function idFromFile(file: string): string {
  const id = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'from-transcript';
}

/**
 * The tools the suite in `cwd` (its root `rehearse.yaml`, if any) declares already, outside the file being written:
 * name → where. Nothing when there is no suite, or it does not load (then `validate` says why, not this command).
 */
async function declaredTools(cwd: string, output: string): Promise<Map<string, string>> {
  const root = resolve(cwd, ROOT_FILE);
  if (!existsSync(root)) return new Map();
  const loaded = await loadSuite(root, { cwd });
  if (!loaded.ok) return new Map();
  const written = resolve(cwd, output);
  return new Map(
    loaded.suite.tools
      .filter((tool) => resolve(cwd, tool.source.file) !== written)
      .map((tool) => [tool.name, `${tool.source.file}:${tool.source.line}`]),
  );
}

/**
 * A tool the suite declares already is not written again (a second declaration is a load error): the suite's own
 * declaration serves the new tests, which the console says, since its mock may answer otherwise than the recording.
 */
function withoutDeclaredTools(fragment: SuiteFragment, declared: Map<string, string>, io: CliIO): SuiteFragment {
  const tools = (fragment.tools ?? []) as { name?: unknown }[];
  const isDeclared = (tool: { name?: unknown }) => typeof tool.name === 'string' && declared.has(tool.name);
  const kept = tools.filter((tool) => !isDeclared(tool));
  if (kept.length === tools.length) return fragment;
  for (const { name } of tools.filter(isDeclared))
    io.stderr(
      `note: tool '${String(name)}' is declared already (${declared.get(String(name))}): not written again; the new ` +
        'tests use that declaration, whose mock may answer otherwise than the recording\n',
    );
  const { tools: _all, ...rest } = fragment;
  return kept.length > 0 ? { ...rest, tools: kept } : rest;
}
