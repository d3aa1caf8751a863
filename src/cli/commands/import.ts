/**
 * `rehearse import tau2 <domain folder or tasks file> [--dir <dir>] [--force]`:
 * writes a Rehearse suite from a τ²-bench domain (docs/tau2.md).
 */
import { resolve } from 'node:path';
import { writeNewFiles } from '../../author/write-files.js';
import { importTau2, locateTau2 } from '../../import/tau2.js';
import { ConfigurationError } from '../../util/errors.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';

const HELP = `Usage: rehearse import tau2 <domain folder | tasks.json> [--dir <dir>] [--force]

Writes a suite from a τ²-bench domain: db.json becomes the initial state, the
tools (tools.json: their OpenAI schemas; tools.mjs: a JS port of their code)
stateful tools, policy.md the openai agent's system prompt, and each task a
test: the user instructions a behavioral scenario, the expected end state and
actions criteria (see docs/tau2.md).
  --dir <dir>  where to write (default: tau2-<domain>)
  --force      overwrite files that exist (otherwise nothing is written)
`;

export async function importCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', {
    args: [...args],
    options: {
      dir: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const [format, target] = positionals;
  if (format !== 'tau2' || target === undefined)
    throw new ConfigurationError('expected `rehearse import tau2 <domain folder | tasks.json>` (see --help)');
  const source = await locateTau2(resolve(io.cwd, target));
  const imported = await importTau2(source);
  const dir = resolve(io.cwd, values.dir ?? `tau2-${source.domain}`);
  await writeNewFiles(dir, imported.files, values.force, 'import');
  io.stdout(`Imported ${imported.tests} τ² task(s) of '${source.domain}' into ${dir}:\n`);
  for (const file of imported.files) io.stdout(`  ${file.path}\n`);
  for (const note of imported.notes) io.stdout(`note: ${note}\n`);
  io.stdout(`\nNext:\n  rehearse validate -c ${dir}/rehearse.yaml\n  rehearse run -c ${dir}/rehearse.yaml\n`);
  return 0;
}
