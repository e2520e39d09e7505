/** The reasons of a decision from a form's text and article: none when no text is given. */
export function reasonsOf(text: string, article: string): { text: string; article?: string }[] {
  const t = text.trim();
  const a = article.trim();
  return t ? [{ text: t, ...(a ? { article: a } : {}) }] : [];
}
