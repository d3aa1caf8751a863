/**
 * Checks what an LLM proposed before anything is written: each persona,
 * profile and behavioral scenario against the suite schemas, every
 * `{{profile.x}}` against the profile it names, every test's references.
 * What fails is dropped with a reason; the rest is kept. Pure.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { PersonaSchema, ProfileSchema, ScenarioSchema } from '../suite/schema.js';

export interface Dropped {
  readonly what: string;
  readonly reason: string;
}

export interface CheckedProposals {
  readonly personas: unknown[];
  readonly profiles: unknown[];
  readonly scenarios: unknown[];
  readonly tests: unknown[];
  readonly dropped: Dropped[];
}

export type ParsedReply =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

/** The reply as YAML (a ```yaml fence around it is allowed). */
export function parseReply(reply: string): ParsedReply {
  const fenced = /```(?:ya?ml)?\s*\n([\s\S]*?)```/i.exec(reply);
  const text = fenced ? fenced[1]! : reply;
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

interface ProposedTest {
  id?: unknown;
  persona?: unknown;
  profile?: unknown;
  category?: unknown;
}

/** Every scenario becomes a test (id = scenario id) with the persona and profile the model paired it with. */
export function checkProposals(value: unknown, categories: readonly string[]): CheckedProposals {
  const dropped: Dropped[] = [];
  const root = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
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
    scenarios,
    tests,
    dropped,
  };
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
