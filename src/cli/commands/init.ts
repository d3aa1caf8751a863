/**
 * `rehearse init [--agent command|openai|http] [--dir .] [--force]`: writes a
 * starter suite and a pull-request workflow. Never overwrites without --force.
 */
import { resolve } from 'node:path';
import { AGENT_KINDS, ROOT_FILE, starterFiles, type AgentKind } from '../../author/starter.js';
import { writeNewFiles } from '../../author/write-files.js';
import { ConfigurationError } from '../../util/errors.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';

const HELP = `Usage: rehearse init [--agent command|openai|http] [--dir <dir>] [--force]

Writes a starter suite (rehearse.yaml and rehearse/*.yaml: personas, profiles, a
mock tool, a scripted and a behavioral scenario, tests with criteria, a set, a
gate) and .github/workflows/rehearse.yml.
  --agent <kind>  the agent under test: command (default: a local script that
                  runs offline), openai (a chat model + system prompt), http
  --dir <dir>     where to write (default: the current directory)
  --force         overwrite files that exist (otherwise nothing is written)
`;

export async function initCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('init', {
    args: [...args],
    options: {
      agent: { type: 'string', default: 'command' },
      dir: { type: 'string', default: '.' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const agent = values.agent as AgentKind;
  if (!AGENT_KINDS.includes(agent)) {
    throw new ConfigurationError(
      `--agent: expected one of ${AGENT_KINDS.join(', ')}, got '${values.agent}' (see rehearse init --help)`,
    );
  }
  const dir = resolve(io.cwd, values.dir);
  const files = starterFiles(agent);
  await writeNewFiles(dir, files, values.force, 'init');
  io.stdout(`Wrote a starter suite for a${agent === 'openai' ? 'n' : ''} ${agent} agent in ${dir}:\n`);
  for (const file of files) io.stdout(`  ${file.path}\n`);
  io.stdout(`\nNext:\n  rehearse validate -c ${ROOT_FILE}\n  rehearse run -c ${ROOT_FILE}\n`);
  io.stdout('  commit the files, open a pull request: the workflow comments on it and gates the merge.\n');
  return 0;
}
