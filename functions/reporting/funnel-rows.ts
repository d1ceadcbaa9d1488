import { findForm } from '../forms/registry.ts';
import { progressWords } from '../progress/words.ts';
import type { Funnel } from './funnel.ts';
import {
  FUNNEL_MEASURES,
  MEDIAN_LABEL,
  PAUSED_NOW_LABEL,
  SINCE_ERASED_LABEL,
  sinceErased,
  WITHIN_TARGET_LABEL,
} from './funnel-definitions.ts';
import { rate } from './rate.ts';
import type { ReportRow, TeamName } from './report-row.ts';

/**
 * "Progress: Restorative Justice Team, Restorative justice referral (12 received)", or "(12
 * received, of which since erased: 1)": one section per team and form.
 */
export const funnelSection = (f: Funnel, teamName: TeamName): string =>
  `Progress: ${teamName(f.team)}, ${f.title} (${f.received} received${f.erased > 0 ? `, ${sinceErased(f.erased)}` : ''})`;

/** One team's progress on one form as report rows, each measure carrying its definition. */
export const funnelRows = (f: Funnel, teamName: TeamName): ReportRow[] => {
  const section = funnelSection(f, teamName);
  const { erased, reached, closures, open, paused } = FUNNEL_MEASURES;
  // Feedback is read, not contacted: its time to first contact is its "Time to read".
  const firstContact = {
    ...FUNNEL_MEASURES.firstContact,
    measure: progressWords(findForm(f.formId)?.progress).timeTo,
  };
  return [
    ...(f.erased > 0
      ? [
          {
            section,
            measure: erased.measure,
            definition: erased.definition,
            group: SINCE_ERASED_LABEL,
            ...rate(f.erased, f.received),
          },
        ]
      : []),
    ...f.reached.map((s) => ({
      section,
      measure: reached.measure,
      definition: reached.definition,
      group: s.label,
      ...rate(s.count, f.received),
      // Nothing received (only older cases open): "none yet" rather than "no answers".
      ...(f.received === 0 ? { empty: true } : {}),
    })),
    {
      section,
      measure: firstContact.measure,
      definition: firstContact.definition,
      group: MEDIAN_LABEL,
      // A median can be a half day; "no contact yet" shows as an empty result.
      count: f.firstContact.medianDays ?? 0,
      n: null,
      percent: null,
      ...(f.firstContact.medianDays === null ? { empty: true } : {}),
    },
    {
      section,
      measure: firstContact.measure,
      definition: firstContact.definition,
      group: WITHIN_TARGET_LABEL,
      ...f.firstContact.withinTarget,
      ...(f.firstContact.withinTarget.n === 0 ? { empty: true } : {}),
    },
    ...f.closures.map((c) => ({
      section,
      measure: closures.measure,
      definition: closures.definition,
      group: c.label,
      ...rate(c.count, f.closed),
      ...(f.closed === 0 ? { empty: true } : {}),
    })),
    ...f.open.map((b) => ({
      section,
      measure: open.measure,
      definition: open.definition,
      group: b.label,
      count: b.count,
      n: null,
      percent: null,
    })),
    {
      section,
      measure: paused.measure,
      definition: paused.definition,
      group: PAUSED_NOW_LABEL,
      count: f.pausedNow,
      n: null,
      percent: null,
    },
  ];
};
