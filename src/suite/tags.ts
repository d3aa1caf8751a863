/**
 * The text-mode tags of scripted actions, in one place: the loader accepts
 * exactly what the engine acts on, so a tag that validates is never sent to
 * the agent literally. Whitespace inside the brackets is tolerated
 * (`<spell >`, `< endcall />`, `</ spell>`).
 */

const SPELL_OPEN = String.raw`<\s*spell\s*>`;
const SPELL_CLOSE = String.raw`<\s*/\s*spell\s*>`;
const ENDCALL = String.raw`<\s*endcall\s*/?\s*>`;
const WELL_FORMED = new RegExp(`^(?:${SPELL_OPEN}|${SPELL_CLOSE}|${ENDCALL})$`, 'i');

/** `<spell>…</spell>`, the spelled text in group 1 (global: use with replace/matchAll). */
export const spellPattern = (): RegExp => new RegExp(`${SPELL_OPEN}([\\s\\S]*?)${SPELL_CLOSE}`, 'gi');
export const spellOpenPattern = (): RegExp => new RegExp(SPELL_OPEN, 'gi');
export const spellClosePattern = (): RegExp => new RegExp(SPELL_CLOSE, 'gi');
/** `<endcall/>`, `<endcall />`, `<endcall>`. */
export const endcallPattern = (): RegExp => new RegExp(ENDCALL, 'i');

export interface FoundTag {
  /** As written, e.g. `<spell >`. */
  readonly text: string;
  /** Lower-cased tag name. */
  readonly name: string;
  readonly closing: boolean;
  /** One of the shapes the engine acts on (only meaningful for text-mode tag names). */
  readonly wellFormed: boolean;
}

/** Every `<name …>` or `</name …>` in an action. */
export function findTags(text: string): FoundTag[] {
  return [...text.matchAll(/<\s*(\/)?\s*([A-Za-z_][\w-]*)[^<>]*>/g)].map((match) => ({
    text: match[0],
    name: (match[2] ?? '').toLowerCase(),
    closing: match[1] !== undefined,
    wellFormed: WELL_FORMED.test(match[0]),
  }));
}
