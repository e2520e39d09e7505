/** Reasons as given with a decision: each text with the article it cites. */
export function ReasonList({ reasons }: { reasons: readonly { text: string; article?: string }[] | null | undefined }) {
  if (!reasons || reasons.length === 0) return null;
  return (
    <ul className="reasons">
      {reasons.map((r, i) => (
        <li key={i}>
          {r.text}
          {r.article && ` (${r.article})`}
        </li>
      ))}
    </ul>
  );
}
