/** Plain-text helpers shared by the stages that write text for people (the failure digest, the reports). */

/** Cut text to `max` characters (not splitting a surrogate pair), marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** "850 ms", "4.2 s", "3 min 5 s", "1 h 2 min"; "—" when unknown. */
export function formatMs(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (Math.abs(value) < 1000) return `${Math.round(value)} ms`;
  if (Math.abs(value) < 60_000) return `${(value / 1000).toFixed(1)} s`;
  const sign = value < 0 ? '-' : '';
  const totalSeconds = Math.round(Math.abs(value) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  if (hours > 0) return `${sign}${hours} h ${minutes} min`;
  return `${sign}${minutes} min ${totalSeconds % 60} s`;
}
