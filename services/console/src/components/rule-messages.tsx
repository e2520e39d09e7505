import { useConsole } from '../app-context';
import { citeArticle } from '../format/format';

/** Rules of the Measures as a verdict names them: each message in the reader's language, with its article. */
export function RuleMessages({ rules, label }: { rules: readonly { article: string; message: { zh: string; en: string } }[]; label?: string }) {
  const { lang } = useConsole();
  if (rules.length === 0) return null;
  return (
    <ul className="reasons" aria-label={label}>
      {rules.map((rule, i) => (
        <li key={i}>
          {rule.message[lang]} ({citeArticle(rule.article, lang)})
        </li>
      ))}
    </ul>
  );
}
