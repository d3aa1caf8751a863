/**
 * Vitest setup: the folders a test file made with test/support/temp-dir.ts are removed once the file is done.
 * Registered here, first, so its afterAll runs after the file's own (hooks run in reverse order): servers are
 * closed and child processes gone before their folders are.
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.js';

afterAll(removeTempDirs);
