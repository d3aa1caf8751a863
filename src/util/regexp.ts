/** Text that matches itself literally inside a regex ("A.1 (x)" is not a pattern). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
