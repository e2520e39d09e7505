import { OutsideWindow } from './outside-window';
import { type Judgement, RuleWording, notFewerText, perRuleset } from './judgement';
import type { Verdict } from './verdict';

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
  let outside: OutsideWindow | undefined;
  let found = 0;
  for (const activity of declaration.figures.activities) {
    if (activity.heldOn >= window.from && activity.heldOn <= window.to) found += 1;
    else (outside ??= new OutsideWindow(window)).flag(activity.title, activity.heldOn);
  }
  return activityWording
    .for(ruleset)
    .verdict(
      found >= required,
      found,
      required,
      { zh: `${window.from}至${window.to}期间${found}场次`, en: `${found} from ${window.from} to ${window.to}` },
      outside?.flags,
    );
}
