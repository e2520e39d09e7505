import { useConsole } from '../app-context';
import { citeArticle, inLanguage } from '../format/format';

/** Reasons as given with a decision: each text in the page's language where it was given in both, with the article it cites. */
export function ReasonList({ reasons }: { reasons: readonly { text: string; article?: string }[] | null | undefined }) {
  const { lang } = useConsole();
  if (!reasons || reasons.length === 0) return null;
  return (
    <ul className="reasons">
      {reasons.map((r, i) => (
        <li key={i}>
          {inLanguage(r.text, lang)}
          {r.article && <span className="article"> ({citeArticle(r.article, lang)})</span>}
        </li>
      ))}
    </ul>
  );
}
