import { COMPLAINT_COUNT_QUESTION, complaintIds, MAX_COMPLAINTS } from '../forms/case-review.ts';
import { textAnswer } from '../forms/common-questions.ts';
import type { Answers } from '../forms/types.ts';
import type { Addition } from '../returning/types.ts';
import { londonDay } from '../time/london.ts';

/**
 * The complaints an ASB Case Review application is pre-filled with for a person signed back in to
 * their nuisance case (issue 23 item 1): the original report and each incident added since, each a
 * complaint to the team (the council's) on the day it was made, about the behaviour on the day
 * they gave, under the case's reference. They can change any of it before sending; what they send
 * is what the threshold counts, as for complaints typed by hand.
 */

/** What of a case the pre-fill reads: the report's day and answers, and the incidents added. */
export interface CaseComplaintFacts {
  reference: string;
  createdAt: string;
  /** The report's answers (only those named in FROM_REPORT are needed). */
  answers: Answers;
  additions: readonly Pick<Addition, 'kind' | 'at' | 'answers'>[];
}

/** Which answers give the behaviour's day and what happened: the nuisance report, then an incident. */
export const FROM_REPORT = { behaviourOn: 'mostRecent', what: 'description' } as const;
export const FROM_INCIDENT = { behaviourOn: 'happenedOn', what: 'description' } as const;

/** The application's "what happened" holds 1000 characters: a longer account is cut, marked so. */
const WHAT_MAX = 1000;
const shortened = (text: string): string =>
  text.length <= WHAT_MAX ? text : `${text.slice(0, WHAT_MAX - 1).trimEnd()}…`;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day as the date question's three boxes post it ("7", "3", "2027"). */
const dateParts = (id: string, day: string | undefined): Record<string, string> => {
  const match = day ? DAY.exec(day) : null;
  if (!match) return {};
  return {
    [`${id}-day`]: String(Number(match[3])),
    [`${id}-month`]: String(Number(match[2])),
    [`${id}-year`]: match[1] ?? '',
  };
};

interface Made {
  complainedOn: string;
  behaviourOn: string | undefined;
  what: string;
}

/** Every report on the case, oldest first. */
const reportsOf = (facts: CaseComplaintFacts): Made[] => {
  const made = (at: string, answers: Answers, ids: typeof FROM_REPORT | typeof FROM_INCIDENT): Made => ({
    complainedOn: londonDay(at),
    behaviourOn: textAnswer(answers, ids.behaviourOn),
    what: textAnswer(answers, ids.what) ?? '',
  });
  return [
    made(facts.createdAt, facts.answers, FROM_REPORT),
    ...facts.additions.filter((a) => a.kind === 'incident').map((a) => made(a.at, a.answers, FROM_INCIDENT)),
  ].sort((a, b) => a.complainedOn.localeCompare(b.complainedOn));
};

/**
 * The application's fields as a form post would send them, ready to draw the form with: the
 * latest MAX_COMPLAINTS reports (the threshold looks at the last six months), oldest first.
 */
export const prefilledComplaints = (facts: CaseComplaintFacts): Record<string, string> => {
  const latest = reportsOf(facts).slice(-MAX_COMPLAINTS);
  const fields: Record<string, string> = { [COMPLAINT_COUNT_QUESTION]: String(latest.length) };
  latest.forEach((report, i) => {
    const ids = complaintIds(i + 1);
    Object.assign(
      fields,
      dateParts(ids.behaviourOn, report.behaviourOn),
      dateParts(ids.complainedOn, report.complainedOn),
      {
        [ids.to]: 'council',
        [ids.reference]: facts.reference,
        [ids.what]: shortened(report.what),
      },
    );
  });
  return fields;
};
