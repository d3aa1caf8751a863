/**
 * Checks what an LLM proposed before anything is written: each persona,
 * profile and behavioral scenario against the suite schemas, every
 * `{{profile.x}}` against the profile it names, every test's references.
 * What fails is dropped with a reason; the rest is kept. Pure.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { PersonaSchema, ProfileSchema, ScenarioSchema, ToolSchema } from '../suite/schema.js';

export interface Dropped {
  readonly what: string;
  readonly reason: string;
}

export interface CheckedProposals {
  readonly personas: unknown[];
  readonly profiles: unknown[];
  readonly scenarios: unknown[];
  readonly tools: unknown[];
  readonly tests: unknown[];
  readonly dropped: Dropped[];
}

export type ParsedReply =
  | {
      readonly ok: true;
      readonly value: unknown;
      /** Set when the reply was cut off: what was kept and what was dropped. */
      readonly truncated?: string;
    }
  | { readonly ok: false; readonly reason: string };

const SECTIONS = ['personas', 'profiles', 'tools', 'scenarios'] as const;

/**
 * The reply as YAML (a ```yaml fence around it is allowed). A reply that
 * stops mid-line or inside an unclosed fence was cut off (the model's
 * output limit): its complete items are kept, the last item it reached is
 * dropped (it may be incomplete), and `truncated` says so.
 */
export function parseReply(reply: string, cutOffByModel = false): ParsedReply {
  const closed = /```(?:ya?ml)?[^\n]*\n([\s\S]*?)```/i.exec(reply);
  const open = closed ? undefined : /```(?:ya?ml)?[^\n]*\n([\s\S]*)$/i.exec(reply);
  const text = closed ? closed[1]! : open ? open[1]! : reply;
  if (open || cutOffByModel)
    return salvage(text, cutOffByModel ? "at the model's output limit" : 'its ``` fence is never closed');
  try {
    return { ok: true, value: parseYaml(text, { maxAliasCount: 50 }) as unknown };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      return {
        ok: false,
        reason: `not valid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${error.message.split('\n')[0]}`,
      };
    }
    return { ok: false, reason: `not valid YAML: ${String(error)}` };
  }
}

/** The longest prefix of whole lines that parses, without the last item it reached. */
function salvage(text: string, why: string): ParsedReply {
  const lines = text.replace(/\s+$/, '').split('\n');
  for (let n = lines.length - 1; n > 0; n--) {
    const prefix = lines.slice(0, n).join('\n');
    let value: unknown;
    try {
      value = parseYaml(prefix, { maxAliasCount: 50 }) as unknown;
    } catch {
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const root = { ...(value as Record<string, unknown>) };
    // The section the reply was writing when it stopped: the one whose key comes last.
    const last = SECTIONS.map((s) => ({ s, at: prefix.search(new RegExp(`^${s}:`, 'm')) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => b.at - a.at)[0]?.s;
    let dropped = 'nothing complete was lost';
    if (last && Array.isArray(root[last]) && root[last].length > 0) {
      const items = [...(root[last] as unknown[])];
      const item = items.pop() as { id?: unknown; name?: unknown } | null;
      const label =
        typeof item?.id === 'string' ? `'${item.id}'` : typeof item?.name === 'string' ? `'${item.name}'` : '';
      dropped = `dropped the last ${last.replace(/s$/, '')} ${label} (it may be incomplete) and the rest`.replace(
        '  ',
        ' ',
      );
      root[last] = items;
    }
    const unreached = SECTIONS.filter((s) => !(s in root));
    return {
      ok: true,
      value: root,
      truncated:
        `the reply was cut off (${why}), after ${n} of ${lines.length} lines: kept what was complete, ${dropped}` +
        (unreached.length > 0 ? `; it never reached ${unreached.join(', ')}` : ''),
    };
  }
  return { ok: false, reason: `cut off (${why}) before any complete part` };
}

interface ProposedTest {
  id?: unknown;
  persona?: unknown;
  profile?: unknown;
  category?: unknown;
}

/** A tool the agent has, from `--tools`: its name, description and JSON Schema parameters. */
export interface GivenTool {
  readonly name: string;
  readonly description: string;
  readonly parameters: Record<string, unknown>;
}

/**
 * Every scenario becomes a test (id = scenario id) with the persona and
 * profile the model paired it with. Proposed tools (with their mock answers)
 * are checked against the tool schema; with `given` tools, a proposal keeps
 * the given name, description and parameters and only adds its mock, a tool
 * not given is dropped, and a given tool with no valid proposal gets a mock
 * with no answers (every call says so).
 */
export function checkProposals(
  value: unknown,
  categories: readonly string[],
  given: readonly GivenTool[] = [],
): CheckedProposals {
  const dropped: Dropped[] = [];
  const root = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const tools = checkTools(root['tools'], given, dropped);
  const personas = keepValid(root['personas'], PersonaSchema, 'persona', dropped);
  const profiles = keepValid(root['profiles'], ProfileSchema, 'profile', dropped);
  const personaIds = new Set(personas.map((p) => p.id));
  const profileData = new Map(profiles.map((p) => [p.id, p.data as Record<string, unknown>]));
  const scenarios: unknown[] = [];
  const tests: unknown[] = [];
  for (const raw of asArray(root['scenarios'])) {
    const proposed = (raw ?? {}) as Record<string, unknown> & ProposedTest;
    const { persona, profile, category, ...scenarioFields } = proposed;
    const label = `scenario ${typeof proposed.id === 'string' ? `'${proposed.id}'` : '(no id)'}`;
    const parsed = ScenarioSchema.safeParse({ type: 'behavioral', ...scenarioFields });
    if (!parsed.success) {
      dropped.push({ what: label, reason: firstIssue(parsed.error) });
      continue;
    }
    if (parsed.data.type !== 'behavioral') {
      dropped.push({ what: label, reason: 'only behavioral scenarios are generated' });
      continue;
    }
    if (typeof persona !== 'string' || !personaIds.has(persona)) {
      dropped.push({ what: label, reason: `its persona ${JSON.stringify(persona)} is not one of the kept personas` });
      continue;
    }
    if (profile !== undefined && (typeof profile !== 'string' || !profileData.has(profile))) {
      dropped.push({ what: label, reason: `its profile ${JSON.stringify(profile)} is not one of the kept profiles` });
      continue;
    }
    const text = [parsed.data.instructions, parsed.data.first_message ?? '', parsed.data.objective].join('\n');
    const badRef = unknownProfileRef(text, typeof profile === 'string' ? profileData.get(profile) : undefined);
    if (badRef) {
      dropped.push({ what: label, reason: badRef });
      continue;
    }
    const tag = typeof category === 'string' && categories.includes(category) ? category : undefined;
    scenarios.push({ ...parsed.data, tags: [...new Set([...parsed.data.tags, ...(tag ? [tag] : []), 'generated'])] });
    tests.push({
      id: parsed.data.id,
      persona,
      scenario: parsed.data.id,
      ...(typeof profile === 'string' ? { profile } : {}),
      tags: tag ? [tag, 'generated'] : ['generated'],
      ...(tag === 'red-team' ? { priority: 'high' } : {}),
    });
  }
  // Personas and profiles no kept scenario uses are left out, so the file has no dead entries.
  const usedPersonas = new Set(tests.map((t) => (t as { persona: string }).persona));
  const usedProfiles = new Set(tests.map((t) => (t as { profile?: string }).profile));
  return {
    personas: personas.filter((p) => usedPersonas.has(p.id)),
    profiles: profiles.filter((p) => usedProfiles.has(p.id)),
    tools,
    scenarios,
    tests,
    dropped,
  };
}

function checkTools(raw: unknown, given: readonly GivenTool[], dropped: Dropped[]): unknown[] {
  const givenByName = new Map(given.map((t) => [t.name, t]));
  const proposed = asArray(raw).map((item) => {
    const name = (item as { name?: unknown } | null)?.name;
    const known = typeof name === 'string' ? givenByName.get(name) : undefined;
    return known ? { ...(item as object), ...known } : item;
  });
  const kept: Record<string, unknown>[] = [];
  for (const item of proposed) {
    const name = (item as { name?: unknown } | null)?.name;
    const label = `tool ${typeof name === 'string' ? `'${name}'` : '(no name)'}`;
    const parsed = ToolSchema.safeParse(item);
    if (!parsed.success) dropped.push({ what: label, reason: firstIssue(parsed.error) });
    else if (given.length > 0 && !givenByName.has(parsed.data.name))
      dropped.push({ what: label, reason: 'not one of the tools given with --tools' });
    else if (kept.some((t) => t['name'] === parsed.data.name)) dropped.push({ what: label, reason: 'duplicate name' });
    else if (parsed.data.strategy === 'mock' && !parsed.data.mock)
      dropped.push({ what: label, reason: 'no mock answers proposed' });
    else kept.push(parsed.data as Record<string, unknown>);
  }
  for (const tool of given) {
    if (kept.some((t) => t['name'] === tool.name)) continue;
    kept.push({
      ...tool,
      mock: { mappings: [], default: { output: { error: `no mock answer was proposed for ${tool.name}` } } },
    });
  }
  return kept;
}

function keepValid<S extends z.ZodType<{ id: string }>>(
  raw: unknown,
  schema: S,
  kind: string,
  dropped: Dropped[],
): z.infer<S>[] {
  const kept: z.infer<S>[] = [];
  const seen = new Set<string>();
  for (const item of asArray(raw)) {
    const id = (item as { id?: unknown } | null)?.id;
    const label = `${kind} ${typeof id === 'string' ? `'${id}'` : '(no id)'}`;
    const parsed = schema.safeParse(item);
    if (!parsed.success) dropped.push({ what: label, reason: firstIssue(parsed.error) });
    else if (seen.has(parsed.data.id)) dropped.push({ what: label, reason: 'duplicate id' });
    else {
      seen.add(parsed.data.id);
      kept.push(parsed.data);
    }
  }
  return kept;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}

function unknownProfileRef(text: string, data: Record<string, unknown> | undefined): string | undefined {
  for (const match of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    const path = match[1]!.split('.');
    if (path[0] !== 'profile' || path.length < 2) return `'${match[0]}' is not a {{profile.key}} reference`;
    if (!data) return `'${match[0]}' is used but the scenario has no profile`;
    if (!(path[1]! in data)) return `'${match[0]}': its profile has no key '${path[1]}'`;
  }
  return undefined;
}
