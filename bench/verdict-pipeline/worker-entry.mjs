// A worker thread does not inherit the TypeScript loader of the thread that started it (under vitest, there is
// none to inherit): register tsx here, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
