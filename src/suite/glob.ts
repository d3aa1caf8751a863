/**
 * A small glob for `include`: `*` and `?` within one path segment, `**` for
 * any number of directories, `{a,b}` alternatives. Results are sorted so the
 * merge order (and therefore "first declared at") is deterministic.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { escapeRegExp } from '../util/regexp.js';

export function hasGlobChars(pattern: string): boolean {
  return /[*?{[]/.test(pattern);
}

export async function expandGlob(pattern: string, baseDir: string): Promise<string[]> {
  if (!hasGlobChars(pattern)) return [resolve(baseDir, pattern)];
  const absolute = resolve(baseDir, pattern);
  const segments = absolute.split('/');
  const firstGlob = segments.findIndex(hasGlobChars);
  const start = segments.slice(0, firstGlob).join('/') || '/';
  const matches = await walk(start, segments.slice(firstGlob));
  return [...new Set(matches)].sort();
}

async function walk(dir: string, segments: readonly string[]): Promise<string[]> {
  const [segment, ...rest] = segments;
  if (segment === undefined) return (await isFile(dir)) ? [dir] : [];
  if (segment === '**') {
    const here = await walk(dir, rest);
    const below = await Promise.all((await subdirectories(dir)).map((child) => walk(join(dir, child), segments)));
    return [...here, ...below.flat()];
  }
  if (!hasGlobChars(segment)) return walk(join(dir, segment), rest);
  const matcher = segmentRegex(segment);
  const names = (await entries(dir)).filter((name) => matcher.test(name) && !(name.startsWith('.') && !segment.startsWith('.')));
  return (await Promise.all(names.map((name) => walk(join(dir, name), rest)))).flat();
}

function segmentRegex(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      const end = segment.indexOf('}', i);
      if (end < 0) source += '\\{';
      else {
        source += `(?:${segment.slice(i + 1, end).split(',').map(escapeRegExp).join('|')})`;
        i = end;
      }
    } else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`);
}

async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

async function subdirectories(dir: string): Promise<string[]> {
  try {
    const list = await readdir(dir, { withFileTypes: true });
    return list.filter((d) => d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules').map((d) => d.name);
  } catch {
    return [];
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
