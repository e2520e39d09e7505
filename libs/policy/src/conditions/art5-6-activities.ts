import type { Activity } from './declared-figures';
import { type WindowFields, countInWindow } from './in-window';
import { type Judgement, RuleWording, notFewerText, perRuleset } from './judgement';
import type { Verdict } from './verdict';

const ACTIVITY_FIELDS: WindowFields<Activity> = { date: 'heldOn', name: 'title' };

const activityWording = perRuleset(
  ({ conditions }) =>
    new RuleWording(
      'ART5_6_ACTIVITIES',
      'Art. 5(6)',
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
  const { count: found, flags } = countInWindow(declaration.figures.activities, window, ACTIVITY_FIELDS);
  return activityWording.for(ruleset).verdict(
    found >= required,
    found,
    required,
    { zh: `${window.from}至${window.to}期间${found}场次`, en: `${found} from ${window.from} to ${window.to}` },
    flags,
  );
}
