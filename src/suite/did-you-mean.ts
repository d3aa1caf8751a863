/** "did you mean 'x'?" for misspelt names, by edit distance. */
import { describeStrangeCharacter, skeleton } from './confusables.js';

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function closest(name: string, candidatesIn: Iterable<string>): string | undefined {
  const candidates = [...candidatesIn];
  const allowed = Math.max(2, Math.floor(name.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= allowed && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  if (best) return best.name;
  // A shortened or lengthened name ("polite" for "polite-tone") is a typo too.
  const lower = name.toLowerCase();
  return [...candidates].find(
    (c) => c.length > 2 && lower.length > 2 && (c.toLowerCase().startsWith(lower) || lower.startsWith(c.toLowerCase())),
  );
}

/**
 * " — did you mean 'x'?" or "". A name that only differs by an invisible or
 * lookalike character says which character, since both names look the same.
 */
export function suggestion(name: string, candidatesIn: Iterable<string>): string {
  const candidates = [...candidatesIn];
  const strange = describeStrangeCharacter(name);
  const lookalike = strange === undefined ? undefined : candidates.find((c) => c === skeleton(name));
  const match = lookalike ?? closest(name, candidates);
  const why = strange === undefined ? '' : ` — ${strange}`;
  return match === undefined ? why : `${why} — did you mean '${match}'?`;
}
