import { inWindow } from './in-window';
import { type Judgement, notFewerText, perRuleset, sentence, verdict } from './judgement';
import type { Flag, Verdict } from './verdict';

const activityWords = perRuleset(({ conditions }) =>
  sentence(
    {
      zh: '每年开展的创业沙龙、路演、创业大赛、创业教育培训等活动',
      en: 'Startup salons, roadshows, competitions, training and similar activities each year',
    },
    notFewerText(String(conditions.minActivities), { zh: '场次', en: '' }),
  ),
);

/** Art. 5(6) 每年开展的创业沙龙、路演、创业大赛、创业教育培训等活动不少于5场次 (each held activity counts). */
export function activities({ declaration, window, ruleset }: Judgement): Verdict {
  const required = ruleset.conditions.minActivities;
  const flags: Flag[] = [];
  const found = inWindow(declaration.figures.activities, window, 'heldOn', 'title', flags).length;
  return verdict(
    'ART5_6_ACTIVITIES',
    'Art. 5(6)',
    found >= required,
    found,
    required,
    activityWords(ruleset),
    {
      zh: `${window.from}至${window.to}期间${found}场次`,
      en: `${found} from ${window.from} to ${window.to}`,
    },
    flags,
  );
}
