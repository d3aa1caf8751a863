/**
 * `rehearse init [--agent command|openai|http] [--dir .] [--force]`: writes a
 * starter suite and a pull-request workflow. Never overwrites without --force.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { AGENT_KINDS, ROOT_FILE, starterFiles, type AgentKind } from '../../author/starter.js';
import { writeNewFiles } from '../../author/write-files.js';
import { ConfigurationError } from '../../util/errors.js';
import { parseCommandArgs } from '../args.js';
import { defaultBranch } from '../default-branch.js';
import type { CliIO } from '../io.js';

const HELP = `Usage: rehearse init [--agent command|openai|http] [--dir <dir>] [--branch <name>] [--force]

Writes a starter suite (rehearse.yaml and rehearse/*.yaml: personas, profiles, a
mock tool, a scripted and a behavioral scenario, tests with criteria, a set, a
gate) and .github/workflows/rehearse.yml.
  --agent <kind>  the agent under test: command (default: a local script that
                  runs offline), openai (a chat model + system prompt), http
  --dir <dir>     where to write (default: the current directory)
  --branch <name> the branch whose pushes store the results pull requests compare
                  with (default: the repository's default branch: origin/HEAD,
                  else git's init.defaultBranch, else the current branch, else main)
  --force         overwrite files that exist (otherwise nothing is written)
  -q, --quiet     print only errors and the line that says what was written
`;

export async function initCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('init', {
    args: [...args],
    options: {
      agent: { type: 'string', default: 'command' },
      dir: { type: 'string', default: '.' },
      branch: { type: 'string' },
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
  const branch = values.branch
    ? { branch: values.branch, source: '--branch' }
    : await defaultBranch(existsSync(dir) ? dir : io.cwd);
  const files = starterFiles(agent, { branch: branch.branch });
  await writeNewFiles(dir, files, values.force, 'init');
  io.stdout(`Wrote a starter suite for a${agent === 'command' ? '' : 'n'} ${agent} agent in ${dir}:\n`);
  for (const file of files) io.stdout(`  ${file.path}\n`);
  io.stdout(`The workflow stores results on pushes to ${branch.branch} (${branch.source}; --branch to change).\n`);
  // Commands to paste as they are: the installed package's bin through npx, the suite path from where the user is.
  const root = relative(io.cwd, join(dir, ROOT_FILE));
  const config = root === ROOT_FILE ? '' : ` -c ${root}`;
  io.stdout(`\nNext:\n  npx rehearse validate${config}\n  npx rehearse run${config}\n`);
  io.stdout('  commit the files, open a pull request: the workflow comments on it and gates the merge.\n');
  return 0;
}
