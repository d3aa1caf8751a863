// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// CI rebuilds and fails when the committed dist/ differs from the source.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const bundles = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
];

rmSync('dist', { recursive: true, force: true });
for (const { entry, out } of bundles) {
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--target', 'es2022', '--no-source-map-register', '--license', 'licenses.txt'], { stdio: 'inherit' });
}
