import type { SupervisionHistoryEntry } from '@makerspace/contracts/browser';
import { useConsole } from '../../app-context';
import { ReasonList } from '../../components/reason-list';
import { actorName } from '../../format/actor';
import { formatInstant } from '../../format/format';

/** What happened in a supervision workflow, oldest first, each step with its actor and reasons. */
export function SupervisionHistory({ history }: { history: readonly SupervisionHistoryEntry[] }) {
  const { t } = useConsole();
  return (
    <section aria-labelledby="supervision-history-title">
      <h2 id="supervision-history-title">{t('review.history')}</h2>
      <ol className="timeline">
        {history.map((h, i) => (
          <li key={i}>
            <time dateTime={h.at}>{formatInstant(h.at)}</time> <strong>{t.optional(`supervisionAction.${h.action}`, h.action)}</strong> ·{' '}
            {actorName(h.actor, t)}
            <ReasonList reasons={h.reasons} />
          </li>
        ))}
      </ol>
    </section>
  );
}
