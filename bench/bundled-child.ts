/**
 * Bench children run as the product ships: one bundle (esbuild here, ncc for
 * dist/), not under tsx, whose loader alone adds 30–70 MB of RSS. Without
 * esbuild the child falls back to `node --import tsx` and says so.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ChildCommand {
  /** Arguments for process.execPath before the child's own. */
  readonly args: string[];
  /** How the child runs, for the bench's output. */
  readonly how: string;
}

/** Bundles the bench file at `moduleUrl` into `dir` (or falls back to tsx) and says how to start it. */
export async function bundledChild(moduleUrl: string, dir: string): Promise<ChildCommand> {
  const self = fileURLToPath(moduleUrl);
  const outfile = join(dir, 'bench-child.mjs');
  try {
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [self],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
      external: ['esbuild'],
      banner: {
        js:
          "import { createRequire as __createRequire } from 'node:module'; const require = " +
          '__createRequire(import.meta.url);',
      },
    });
    return { args: [outfile], how: 'bundled with esbuild' };
  } catch (error) {
    return { args: ['--import', 'tsx', self], how: `under tsx (esbuild unavailable: ${String(error).slice(0, 80)})` };
  }
}
