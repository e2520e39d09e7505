/** Reasons as a decision states them (Art. 6, Art. 9): one line for the entry's `reason`, each with its article. */
export function statedReasons(reasons: readonly { text: string; article?: string }[]): string | null {
  if (reasons.length === 0) return null;
  return reasons.map((r) => (r.article ? `${r.text} (${r.article})` : r.text)).join('; ');
}
