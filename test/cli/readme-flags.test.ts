/**
 * The README's CLI reference lists every flag each command's `--help` defines, and no flag the command does not have:
 * both are parsed and compared, command by command (`--help` itself is everywhere and left out).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { capturedIO } from '../support/cli-io.js';

const readme = await readFile('README.md', 'utf8');
const reference = readme.slice(readme.indexOf('## CLI reference'), readme.indexOf('## Developing Rehearse'));

/** The first cell of each `| \`rehearse <command> …\` | … |` row, by command (a command may have several rows). */
function readmeRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of reference.split('\n')) {
    const cell = line.split(/(?<!\\)\|/)[1]?.trim();
    const command = cell && /^`rehearse ([a-z][a-z-]*)/.exec(cell)?.[1];
    if (command) rows.set(command, [...(rows.get(command) ?? []), cell.replace(/\\\|/g, '|')]);
  }
  return rows;
}

async function helpOf(command: string): Promise<string> {
  const io = capturedIO(process.cwd());
  expect(await cli([command, '--help'], io)).toBe(0);
  return io.out.join('');
}

/**
 * The options a help text defines: its lines that start with a flag, each read up to the gap before its description
 * (`  -c, --config <file>   root file`, `  --model <m>, --base-url <url>   the model for …`).
 */
function definedFlags(help: string): { long: Set<string>; shortToLong: Map<string, string> } {
  const long = new Set<string>();
  const shortToLong = new Map<string, string>();
  for (const line of help.split('\n').filter((text) => /^\s+-/.test(text))) {
    const term = line.trim().split(/\s{2,}/)[0]!;
    const flags = [...term.matchAll(/(?<![\w-])--[a-z][a-z0-9-]*/g)].map((match) => match[0]);
    const short = /^(-[a-zA-Z]),/.exec(term)?.[1];
    if (short && flags[0]) shortToLong.set(short, flags[0]);
    for (const flag of flags) long.add(flag);
  }
  long.delete('--help');
  return { long, shortToLong };
}

const rows = readmeRows();

describe("the README's CLI reference against --help", () => {
  it('has a row for every command', async () => {
    const usage = capturedIO(process.cwd());
    await cli(['--help'], usage);
    const commands = [...usage.out.join('').matchAll(/^ {2}([a-z][a-z-]*) {2,}/gm)].map((match) => match[1]!);
    expect(commands.length).toBeGreaterThan(10);
    expect([...rows.keys()].sort()).toEqual(commands.sort());
  });

  it.each([...rows.keys()])('rehearse %s: the same flags in the README and in --help', async (command) => {
    const { long, shortToLong } = definedFlags(await helpOf(command));
    const inReadme = new Set<string>();
    for (const cell of rows.get(command)!) {
      for (const match of cell.matchAll(/(?<![\w-])(--?[a-zA-Z][a-z0-9-]*)/g)) {
        const flag = match[1]!.startsWith('--') ? match[1]! : shortToLong.get(match[1]!);
        if (flag && flag !== '--help') inReadme.add(flag);
      }
    }
    expect([...inReadme].sort()).toEqual([...long].sort());
  });
});
