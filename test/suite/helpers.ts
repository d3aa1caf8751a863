import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes a suite's files into a fresh temporary directory and returns it. */
export function writeSuite(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-suite-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export const MINIMAL = `
agents:
  - id: bot
    type: command
    command: [node, bot.mjs]
personas:
  - id: calm
    role: A customer
scenarios:
  - id: greet
    type: behavioral
    objective: Say hello
    instructions: Say hello and leave.
tests:
  - id: hello
    persona: calm
    scenario: greet
`;
