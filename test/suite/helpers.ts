import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDirSync } from '../support/temp-dir.js';

/** Writes a suite's files into a fresh temporary directory (removed after the test file) and returns it. */
export function writeSuite(files: Readonly<Record<string, string>>): string {
  const dir = tempDirSync('rehearse-suite-');
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
