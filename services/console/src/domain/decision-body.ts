import { reasonsOf } from './reasons';

/** One figure the on-site inspection checked, as typed: what was declared and what was found. */
export interface FindingRow {
  figure: string;
  declared: string;
  found: string;
  note: string;
}

/** What a decision form holds. */
export interface DecisionForm {
  reason: string;
  article: string;
  documentId: string;
  summary: string;
  experts: string;
  score: number;
  findings: FindingRow[];
}

/** A typed figure: a number when it reads as one, else the text. */
function figureOf(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** The request body of a decision on one task, from what the form holds. */
export function decisionBody(outcome: string, form: DecisionForm, kind?: string) {
  const findings = form.findings.filter((f) => f.figure.trim());
  return {
    outcome,
    reasons: reasonsOf(form.reason, form.article),
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
    ...(kind === 'on-site-inspection' && findings.length > 0
      ? {
          findings: findings.map((f) => ({
            figure: f.figure.trim(),
            declared: figureOf(f.declared),
            found: figureOf(f.found),
            ...(f.note.trim() ? { note: f.note.trim() } : {}),
          })),
        }
      : {}),
  };
}
