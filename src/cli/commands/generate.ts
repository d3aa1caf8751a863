/**
 * `rehearse generate --from-prompt <file> --count N --model <m>`: an LLM proposes
 * behavioral scenarios (with personas and profiles) across categories; each
 * is checked against the suite schema and only what passes is written.
 */
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { SCHEMA_LINE } from '../../author/constants.js';
import { askModelReply, authorEndpoint } from '../../author/llm.js';
import { checkProposals, parseReply, type GivenTool } from '../../author/proposals.js';
import { DEFAULT_CATEGORIES, generatePrompt } from '../../author/prompts.js';
import { writeNewFiles } from '../../author/write-files.js';
import { readTextFile } from '../../util/bom.js';
import { ConfigurationError } from '../../util/errors.js';
import { parseCommandArgs } from '../args.js';
import { wholeNumberFlag } from '../number-flags.js';
import type { CliIO } from '../io.js';

const DEFAULT_OUT = 'rehearse/generated.yaml';
/** How many scenarios one `generate` asks the model for at most (the bound `--count` always had). */
const MAX_GENERATED = 50;

const HELP = `Usage: rehearse generate --from-prompt <file> --model <model> [--count 6] [options]

Asks a model for behavioral scenarios (with personas, profiles, and tools with
mock answers) that test the agent whose system prompt is in <file>; keeps only
what validates and says what it dropped. A reply cut off by the model's output
limit keeps its complete parts, and says what was dropped. Include the written
file from your rehearse.yaml.
  --from-prompt <file>   the agent's system prompt (or a description of it)
  --count <n>            how many scenarios to ask for (default 6)
  --categories <list>    comma-separated (default ${DEFAULT_CATEGORIES.join(',')})
  --guidance <text>      extra instructions for the model
  --tools <file>         the agent's tools as OpenAI function schemas (JSON: a list
                         of {"type": "function", "function": {name, description,
                         parameters}} or of {name, description, parameters}); the
                         model proposes mock answers for them. Without it, tools
                         the prompt describes are proposed.
  --model <model>        the model that writes them (OpenAI-compatible)
  --base-url <url>       its base URL (default OPENAI_BASE_URL or OpenAI)
  --api-key-env <name>   environment variable with its key (default OPENAI_API_KEY)
  -o, --output <file>    where to write (default ${DEFAULT_OUT})
  --force                overwrite the output file
`;

export async function generateCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('generate', {
    args: [...args],
    options: {
      'from-prompt': { type: 'string' },
      count: { type: 'string', default: '6' },
      categories: { type: 'string' },
      guidance: { type: 'string' },
      tools: { type: 'string' },
      model: { type: 'string' },
      'base-url': { type: 'string' },
      'api-key-env': { type: 'string' },
      output: { type: 'string', short: 'o', default: DEFAULT_OUT },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (!values['from-prompt'])
    throw new ConfigurationError('--from-prompt <file> is required (see rehearse generate --help)');
  const count = wholeNumberFlag('--count', values.count, { min: 1, max: MAX_GENERATED });
  const categories = values.categories
    ? values.categories
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)
    : [...DEFAULT_CATEGORIES];
  const endpoint = authorEndpoint(values, 'generate');
  const promptPath = resolve(io.cwd, values['from-prompt']);
  const agentPrompt = await readTextFile(promptPath).catch(() => {
    throw new ConfigurationError(`--from-prompt: cannot read ${values['from-prompt']}`);
  });

  const given = values.tools ? await readTools(resolve(io.cwd, values.tools), values.tools) : [];

  const reply = await askModelReply(
    endpoint,
    io.env,
    generatePrompt(agentPrompt, count, categories, values.guidance, given),
    false,
  );
  const parsed = parseReply(reply.text, reply.cutOff);
  if (!parsed.ok) {
    io.stderr(`rehearse generate: the model's reply is ${parsed.reason}; nothing was written\n`);
    return 1;
  }
  if (parsed.truncated) io.stderr(`rehearse generate: ${parsed.truncated}\n`);
  const checked = checkProposals(parsed.value, categories, given);
  for (const d of checked.dropped) io.stderr(`dropped ${d.what}: ${d.reason}\n`);
  if (checked.scenarios.length === 0) {
    io.stderr('rehearse generate: no proposed scenario was valid; nothing was written\n');
    return 1;
  }
  const { dropped: _dropped, tools, ...rest } = checked;
  // Key order as a person reads the file; no empty `tools:`.
  const fragment = {
    personas: rest.personas,
    profiles: rest.profiles,
    ...(tools.length > 0 ? { tools } : {}),
    scenarios: rest.scenarios,
    tests: rest.tests,
  };
  const header = `# Generated by \`rehearse generate\` from ${values['from-prompt']}: review before relying on it.`;
  const content = `${SCHEMA_LINE}\n${header}\n${stringify(fragment, { lineWidth: 0, aliasDuplicateObjects: false })}`;
  await writeNewFiles(io.cwd, [{ path: values.output, content }], values.force, 'generate');
  io.stdout(
    `Kept ${checked.scenarios.length} scenario${checked.scenarios.length === 1 ? '' : 's'} ` +
      `(${checked.personas.length} personas, ${checked.profiles.length} profiles, ${tools.length} tools), ` +
      `dropped ${checked.dropped.length}; wrote ${values.output}\n`,
  );
  if (tools.length > 0)
    io.stdout(
      `Give your agent these tools (agents[].tools): ${tools.map((t) => (t as { name: string }).name).join(', ')}\n`,
    );
  return 0;
}

/** OpenAI function schemas: `[{type: "function", function: {...}}]`, `{tools: [...]}`, or bare `{name, ...}` items. */
async function readTools(path: string, shown: string): Promise<GivenTool[]> {
  const text = await readTextFile(path).catch(() => {
    throw new ConfigurationError(`--tools: cannot read ${shown}`);
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`--tools: ${shown} is not JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { tools?: unknown } | null)?.tools;
  if (!Array.isArray(list))
    throw new ConfigurationError(`--tools: ${shown}: expected a list of OpenAI function schemas or {"tools": [...]}`);
  return list.map((item, i) => {
    const f = ((item as { function?: unknown } | null)?.function ?? item) as {
      name?: unknown;
      description?: unknown;
      parameters?: unknown;
    } | null;
    if (typeof f?.name !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(f.name))
      throw new ConfigurationError(
        `--tools: ${shown}: tool ${i + 1} has no valid name; expected {"type": "function", "function": {"name": …}}`,
      );
    return {
      name: f.name,
      description: typeof f.description === 'string' ? f.description : '',
      parameters:
        typeof f.parameters === 'object' && f.parameters !== null
          ? (f.parameters as Record<string, unknown>)
          : { type: 'object', properties: {} },
    };
  });
}
