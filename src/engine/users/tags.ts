/**
 * Text-mode tags inside scripted actions, and the behavioral stop signal.
 *
 * The tag shapes are shared with the loader (src/suite/tags.ts).
 *
 * - `<spell>A1B2</spell>` → `A-1-B-2`: each character of a word joined by "-",
 *   words kept apart by a space (`<spell>Ann Lee</spell>` → `A-n-n L-e-e`).
 * - `<endcall/>` (also `<endcall />`, `< endcall/>`): the text before it is said, then the
 *   simulated user hangs up; text after it is dropped.
 * - `<stop/>`: written by a behavioral simulated user when its objective is met
 *   or cannot be met; text before it is its last message.
 */

import { endcallPattern, spellPattern } from '../../suite/tags.js';

export const STOP_SIGNAL = '<stop/>';

const STOP = /<stop\s*\/?>/i;

export function expandSpell(text: string): string {
  return text.replace(spellPattern(), (_whole, inner: string) =>
    inner
      .trim()
      .split(/\s+/)
      .map((word) => [...word].join('-'))
      .join(' '),
  );
}

/** The text before `<endcall/>`, and whether the tag was there. */
export function splitEndcall(text: string): { readonly text: string; readonly endcall: boolean } {
  const match = endcallPattern().exec(text);
  if (!match) return { text: text.trim(), endcall: false };
  return { text: text.slice(0, match.index).trim(), endcall: true };
}

/** The text before the stop signal, and whether the simulator gave it. */
export function splitStop(text: string): { readonly text: string; readonly stop: boolean } {
  const match = STOP.exec(text);
  if (!match) return { text: text.trim(), stop: false };
  return { text: text.slice(0, match.index).trim(), stop: true };
}
