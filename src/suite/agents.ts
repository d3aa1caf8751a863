/**
 * File references of agents and variants: system prompt files are read
 * (relative to the declaring file), a command's cwd is made absolute. Also
 * warns about variant overrides that cannot apply to the agent they hit.
 */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { locate, type Collected, type Entry } from './collect.js';
import { readReferencedFile } from './files.js';
import type { FileScope } from './repository-scope.js';
import { effectiveAgent } from './references.js';
import type { Agent, Variant } from './schema.js';
import type { Located, SourceLocation, SuiteIssue } from './types.js';

/** Overrides that only mean something for an `openai` agent. */
const OPENAI_ONLY_OVERRIDES = ['model', 'base_url', 'system_prompt', 'system_prompt_file', 'temperature'] as const;

export interface ResolvedAgents {
  readonly agents: Located<Agent>[];
  readonly variants: Readonly<Record<string, Variant>>;
  readonly issues: SuiteIssue[];
}

export async function resolveAgents(suite: Collected, scope: FileScope): Promise<ResolvedAgents> {
  const issues: SuiteIssue[] = [];
  const agents = await Promise.all(suite.agents.map((entry) => resolveAgent(entry, issues, scope)));
  const variants: Record<string, Variant> = {};
  for (const [name, variant] of Object.entries(suite.settings.variants ?? {})) {
    const promptFile = variant.system_prompt_file;
    const at = suite.root.locate(['variants', name, 'system_prompt_file']);
    const prompt =
      promptFile === undefined
        ? variant.system_prompt
        : await readPrompt(resolve(dirname(suite.root.path), promptFile), promptFile, at, issues, scope);
    variants[name] = { ...variant, ...(prompt === undefined ? {} : { system_prompt: prompt }) };
  }
  issues.push(...overrideWarnings(suite));
  return { agents, variants, issues };
}

async function resolveAgent(entry: Entry<Agent>, issues: SuiteIssue[], scope: FileScope): Promise<Located<Agent>> {
  const { show } = scope;
  const agent = entry.value;
  const source = locate(entry);
  const baseDir = dirname(entry.file.path);
  if (agent.type === 'openai' && agent.system_prompt_file !== undefined) {
    if (agent.system_prompt !== undefined)
      issues.push(
        error(
          locate(entry, 'system_prompt_file'),
          `agent '${agent.id}' sets both system_prompt and system_prompt_file; keep one`,
        ),
      );
    const prompt = await readPrompt(
      resolve(baseDir, agent.system_prompt_file),
      agent.system_prompt_file,
      locate(entry, 'system_prompt_file'),
      issues,
      scope,
    );
    const { system_prompt_file: _file, ...rest } = agent;
    return { ...rest, ...(prompt === undefined ? {} : { system_prompt: prompt }), source };
  }
  if (agent.type === 'command') {
    const cwd = resolve(baseDir, agent.cwd ?? '.');
    if (!(await isDirectory(cwd)))
      issues.push(
        error(
          locate(entry, 'cwd'),
          `cwd '${agent.cwd ?? '.'}' of agent '${agent.id}' is not a directory (${show(cwd)})`,
        ),
      );
    return { ...agent, cwd, source };
  }
  return { ...agent, source };
}

async function readPrompt(
  path: string,
  written: string,
  at: SourceLocation,
  issues: SuiteIssue[],
  scope: FileScope,
): Promise<string | undefined> {
  const read = await readReferencedFile(path, scope);
  if (read.ok) return read.text;
  issues.push(error(at, `system prompt file '${written}' ${read.why} (${scope.show(path)})`));
  return undefined;
}

function overrideWarnings(suite: Collected): SuiteIssue[] {
  const used = new Set([...suite.tests, ...suite.datasets].map((e) => effectiveAgent(suite, e.value.agent)));
  const warnings: SuiteIssue[] = [];
  for (const [name, variant] of Object.entries(suite.settings.variants ?? {})) {
    const fields = OPENAI_ONLY_OVERRIDES.filter((field) => variant?.[field] !== undefined);
    if (!variant || fields.length === 0) continue;
    const targets = suite.agents.filter((a) => (variant.agent ? a.value.id === variant.agent : used.has(a.value.id)));
    for (const target of targets.filter((a) => a.value.type !== 'openai')) {
      warnings.push({
        location: suite.root.locateKey(['variants', name, fields[0]!]),
        message:
          `variant '${name}' sets ${fields.join(', ')}, which only applies to openai agents: agent ` +
          `'${target.value.id}' is a ${target.value.type} agent, so it runs unchanged`,
        severity: 'warning',
      });
    }
  }
  return warnings;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function error(location: SourceLocation, message: string): SuiteIssue {
  return { location, message, severity: 'error' };
}
