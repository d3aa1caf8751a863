/**
 * `rehearse scenario from-transcript <file>`: a recorded conversation → a
 * scripted scenario, a profile, mock tools and a test (deterministic), or with
 * --behavioral a behavioral scenario written by a model.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { stringify } from 'yaml';
import { SCHEMA_LINE } from '../../author/constants.js';
import { behavioralSuiteFromTranscript } from '../../author/behavioral-from-transcript.js';
import { scriptedSuiteFromTranscript, type SuiteFragment } from '../../author/from-transcript.js';
import { askModel, authorEndpoint } from '../../author/llm.js';
import { parseTranscript } from '../../author/transcript.js';
import { writeNewFiles } from '../../author/write-files.js';
import { ConfigurationError } from '../../util/errors.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';

const HELP = `Usage: rehearse scenario from-transcript <file> [options]

Turns a recorded conversation (OpenAI chat messages JSON, JSON lines, or
"User:" / "Agent:" text with optional "Tool: name {args} -> {output}" lines)
into a suite file: a scripted scenario replaying the user's turns, a profile
with the names, ids, dates and emails it found, mock tools answering as
recorded, and a test checking the tool calls and the ending. No LLM.
  --id <id>              id of the scenario and test (default: from the file name)
  --persona <id>         use this persona instead of writing one
  -o, --output <file>    where to write (default rehearse/<id>.yaml)
  --force                overwrite the output file
  --behavioral           let a model write a behavioral scenario instead (needs --model)
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
  if (positionals.length !== 1)
    throw new ConfigurationError('expected one transcript file (see rehearse scenario --help)');
  const file = positionals[0]!;
  const text = await readFile(resolve(io.cwd, file), 'utf8').catch(() => {
    throw new ConfigurationError(`cannot read ${file}`);
  });
  const transcript = parseTranscript(text, file);
  const id = values.id ?? idFromFile(file);
  const options = { id, ...(values.persona ? { persona: values.persona } : {}) };
  let fragment: SuiteFragment;
  if (values.behavioral) {
    const endpoint = authorEndpoint(values, 'scenario');
    fragment = await behavioralSuiteFromTranscript(transcript, options, (prompt) =>
      askModel(endpoint, io.env, prompt, true),
    );
  } else {
    fragment = scriptedSuiteFromTranscript(transcript, options);
  }
  const output = values.output ?? `rehearse/${id}.yaml`;
  const header = `# From ${basename(file)} (${transcript.format}) by \`rehearse scenario from-transcript\`.`;
  const content = `${SCHEMA_LINE}\n${header}\n${stringify(fragment, { lineWidth: 0, aliasDuplicateObjects: false })}`;
  await writeNewFiles(io.cwd, [{ path: output, content }], values.force, 'scenario');
  io.stdout(
    `Wrote ${values.behavioral ? 'a behavioral' : 'a scripted'} scenario and test '${id}' ` +
      `from ${transcript.turns.length} turns (${transcript.format}) to ${output}\n`,
  );
  return 0;
}

function idFromFile(file: string): string {
  const id = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'from-transcript';
}
