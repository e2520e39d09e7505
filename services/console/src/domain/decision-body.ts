/** The request body of a decision on one task, from what the form holds. */
export function decisionBody(outcome: string, form: { reason: string; article: string; documentId: string; summary: string; experts: string; score: number }) {
  return {
    outcome,
    reasons: form.reason.trim() ? [{ text: form.reason.trim(), ...(form.article.trim() ? { article: form.article.trim() } : {}) }] : [],
    ...(outcome === 'RECOMMEND' ? { recommendation: { documentId: form.documentId.trim(), summary: form.summary.trim() } } : {}),
    ...(outcome === 'ASSIGN_PANEL' || outcome === 'ASSIGN_SUBSTITUTE'
      ? {
          experts: form.experts
            .split(/[,，\s]+/)
            .map((e) => e.trim())
            .filter(Boolean),
        }
      : {}),
    ...(outcome === 'SCORE' ? { score: form.score } : {}),
  };
}
