/**
 * Reads the root config and, depth first, every file its `include` globs
 * match (relative to the including file). Missing files, globs matching
 * nothing, non-YAML files and include cycles are errors at the include line.
 */
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative } from 'node:path';
import { readTextFile } from '../util/bom.js';
import { decodeSuiteText } from './encoding.js';
import { expandGlob, fileIdentity, hasGlobChars } from './glob.js';
import { MAX_SUITE_FILE_BYTES, MAX_SUITE_TOTAL_BYTES } from './limits.js';
import {
  includeClimbProblem,
  includePatternProblem,
  outsideRepositoryProblem,
  repositoryRoot,
  type FileScope,
} from './repository-scope.js';
import type { SuiteIssue } from './types.js';
import { parseYamlFile, type YamlFile } from './yaml-file.js';

const YAML_FILE = /\.ya?ml$/i;

export interface SuiteFiles {
  /** Root first, then includes in depth-first, sorted order. */
  readonly files: readonly YamlFile[];
  /** The repository that holds the root file (repositoryRoot): every file the suite names stays inside it. */
  readonly repository: string;
  readonly issues: readonly SuiteIssue[];
}

/**
 * What stands in the way of reading a file whole, from its stat: not a regular file (a FIFO would block the read
 * forever; a folder is not "not found"), or larger than one suite file may be.
 */
function readProblem(info: Stats): 'a folder' | 'a special file' | 'too large' | undefined {
  if (info.isDirectory()) return 'a folder';
  if (!info.isFile()) return 'a special file';
  return info.size > MAX_SUITE_FILE_BYTES ? 'too large' : undefined;
}

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * A file a suite names besides its YAML (a system prompt, a start transcript, a state file): text, or why not.
 * It stays inside the repository, by the rule includes follow.
 */
export async function readReferencedFile(
  path: string,
  scope: FileScope,
): Promise<{ ok: true; text: string } | { ok: false; why: string }> {
  const outside = await outsideRepositoryProblem(path, scope);
  if (outside) return { ok: false, why: outside };
  const info = await stat(path).catch(() => undefined);
  if (!info) return { ok: false, why: 'not found' };
  const problem = readProblem(info);
  if (problem === 'a folder') return { ok: false, why: 'is a folder' };
  if (problem === 'a special file') return { ok: false, why: 'is not a regular file' };
  if (problem === 'too large') return { ok: false, why: `is larger than ${mb(MAX_SUITE_FILE_BYTES)}` };
  return readTextFile(path).then(
    (text) => ({ ok: true as const, text }),
    (error: unknown) => ({ ok: false as const, why: `can not be read (${readError(error)})` }),
  );
}

/** Why `path` cannot be read as a suite file (not a regular file, too large, too much in all), or undefined. */
async function suiteFileSizeProblem(path: string, readSoFar: number): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined; // missing: reported by the read, with the system's reason
  const problem = readProblem(info);
  if (problem === 'too large')
    return (
      `suite file too large: ${info.size.toLocaleString('en')} bytes, at most ${mb(MAX_SUITE_FILE_BYTES)} ` +
      '(split it with include:)'
    );
  if (problem) return `cannot read suite file: not a regular file (${problem})`;
  if (readSoFar + info.size > MAX_SUITE_TOTAL_BYTES)
    return `the suite's files pass ${mb(MAX_SUITE_TOTAL_BYTES)} in all with this one: not read`;
  return undefined;
}

export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}

export async function readSuiteFiles(rootPath: string, cwd: string): Promise<SuiteFiles> {
  const files: YamlFile[] = [];
  const issues: SuiteIssue[] = [];
  /** Files read, by device and inode: one reached again by another name (a folder link) is the same file. */
  const visited = new Set<string>();
  const show = (path: string): string => displayPath(path, cwd);
  const repository = repositoryRoot(dirname(rootPath), cwd);
  const scope: FileScope = { repository, show };

  let totalBytes = 0;
  /** `chain`: the files (path and identity) whose includes lead here, root first. */
  const visit = async (path: string, chain: readonly { path: string; id: string }[]): Promise<void> => {
    visited.add(chain.at(-1)!.id);
    const fileStart = { file: show(path), line: 1, column: 1 };
    // Looked at before reading: a FIFO would block the read forever, a huge file would take the parser's memory.
    const sizeProblem = await suiteFileSizeProblem(path, totalBytes);
    if (sizeProblem) {
      issues.push({ location: fileStart, message: sizeProblem, severity: 'error' });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
      totalBytes += bytes.byteLength;
    } catch (error) {
      issues.push({
        location: { file: show(path), line: 1, column: 1 },
        message: `cannot read suite file: ${readError(error)}`,
        severity: 'error',
      });
      return;
    }
    const decoded = decodeSuiteText(bytes);
    if (!decoded.ok) {
      const location = { file: show(path), line: decoded.line, column: decoded.column };
      issues.push({ location, message: decoded.message, severity: 'error' });
      return;
    }
    const text = decoded.text;
    const parsed = parseYamlFile(path, show(path), text);
    if (!parsed.ok) {
      issues.push(parsed.issue);
      return;
    }
    files.push(parsed.file);
    const includes = parsed.file.data.include;
    if (!Array.isArray(includes)) return; // a wrong type is reported by the schema
    for (const [index, pattern] of includes.entries()) {
      if (typeof pattern !== 'string') continue;
      const at = parsed.file.locate(['include', index]);
      const fail = (message: string): void => void issues.push({ location: at, message, severity: 'error' });
      const patternProblem = includePatternProblem(pattern) ?? includeClimbProblem(pattern, dirname(path), repository);
      if (patternProblem) {
        fail(patternProblem);
        continue;
      }
      const globbed = await expandGlob(pattern, dirname(path), repository);
      const matches = globbed.files;
      await noteLinksNotFollowed(pattern, globbed, at);
      if (!(await hasGlobChars(pattern))) {
        const [target] = matches;
        // Outside first: "no such file ../../etc/x.yaml" would tell the reader what exists out there.
        const outside = target === undefined ? undefined : await outsideRepositoryProblem(target, scope);
        if (outside) {
          fail(`include '${pattern}' ${outside}`);
          continue;
        }
        const kind = target === undefined ? 'file' : await kindOf(target);
        if (target && kind === 'directory') {
          fail(
            `include '${pattern}' is a directory: include its files with a glob, e.g. ` +
              `'${pattern.replace(/\/+$/, '')}/*.yaml'`,
          );
          continue;
        }
        if (target && kind === 'missing') {
          fail(`missing include '${pattern}': no such file (${show(target)})`);
          continue;
        }
      } else if (matches.length === 0) {
        fail(`include '${pattern}' matches no file`);
        continue;
      }
      for (const match of matches) {
        const outside = await outsideRepositoryProblem(match, scope);
        if (outside) fail(`include '${pattern}' matches '${show(match)}', which ${outside}`);
        else if (!YAML_FILE.test(match))
          fail(`include '${pattern}' matches '${show(match)}', which is not a YAML file (expected .yaml or .yml)`);
        else {
          const id = await fileIdentity(match);
          const cycle = chain.findIndex((file) => file.id === id);
          if (cycle >= 0) fail(cycleMessage([...chain.slice(cycle).map((file) => file.path), match].map(show)));
          else if (!visited.has(id)) await visit(match, [...chain, { path: match, id }]);
        }
      }
    }
  };

  /** A `**` glob stops at a folder link that loops or leads out of the repository: say so, at the include. */
  const noteLinksNotFollowed = async (
    pattern: string,
    { loops, outside }: { loops: readonly string[]; outside: readonly string[] },
    location: SuiteIssue['location'],
  ): Promise<void> => {
    // Other globs meet links they would not descend into anyway; only `**` searches every folder below it.
    if (!pattern.includes('**')) return;
    const warn = (message: string): void => void issues.push({ location, message, severity: 'warning' });
    for (const link of loops)
      warn(
        `include '${pattern}' does not follow the folder link '${show(link)}': it leads back to a folder above it ` +
          '(a symbolic link loop); each file is read once',
      );
    for (const link of outside) {
      const why = await outsideRepositoryProblem(link, scope);
      warn(`include '${pattern}' does not search the folder link '${show(link)}', which ${why}`);
    }
  };

  await visit(rootPath, [{ path: rootPath, id: await fileIdentity(rootPath) }]);
  return { files, repository, issues };
}

/** `a → b → a'`: when the last names the first through a link, says so (the names differ). */
function cycleMessage(names: readonly string[]): string {
  const [first] = names;
  const last = names.at(-1);
  const alias = first !== last ? ` (${last} is ${first} through a link)` : '';
  return `include cycle: ${names.join(' → ')}${alias}`;
}

async function kindOf(path: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, expected a YAML file';
  return (error as Error)?.message ?? String(error);
}
