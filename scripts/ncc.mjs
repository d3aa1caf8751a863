// One ncc build, as the shipped bundles are made: used by scripts/build.mjs for dist/ and by the A/B bench
// (bench/ab.ts) for both trees it compares, so that the bench measures the bundle users run.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** This tree's ncc, run on the Node.js running this script (Node 24 under `npm run`). */
const NCC_CLI = fileURLToPath(new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url));
const NCC_OPTIONS = ['--target', 'es2022', '--no-source-map-register', '--license', 'licenses.txt'];

/**
 * Bundles `entry` into `outDir`. `quiet` keeps ncc's progress lines out of the terminal; either way its output is in
 * the error when it fails.
 */
export function nccBuild(entry, outDir, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [NCC_CLI, 'build', entry, '-o', outDir, ...NCC_OPTIONS],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`ncc build ${entry} failed: ${error.message}\n${stdout}${stderr}`));
        else resolve();
      },
    );
    if (!quiet) {
      child.stdout?.pipe(process.stdout);
      child.stderr?.pipe(process.stderr);
    }
  });
}
