import { inWindow } from './in-window';
import { type Judgement, notFewerText, verdict } from './judgement';
import type { Flag, Verdict } from './verdict';

/** Art. 5(6) 每年开展的创业沙龙、路演、创业大赛、创业教育培训等活动不少于5场次 (each held activity counts). */
export function activities({ declaration, window, ruleset }: Judgement): Verdict {
  const required = ruleset.conditions.minActivities;
  const flags: Flag[] = [];
  const found = inWindow(declaration.figures.activities, window, (a) => a.heldOn, (a) => a.title, flags).length;
  return verdict(
    'ART5_6_ACTIVITIES',
    'Art. 5(6)',
    found >= required,
    found,
    required,
    {
      subject: {
        zh: `${window.from}至${window.to}期间开展的创业沙龙、路演、创业大赛、培训等活动`,
        en: `Startup salons, roadshows, competitions, training and similar activities from ${window.from} to ${window.to}`,
      },
      found: { zh: `${found}场次`, en: `${found}` },
      required: notFewerText(String(required), { zh: '场次', en: '' }),
    },
    flags,
  );
}
