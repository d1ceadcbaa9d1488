import type { ServiceConfig } from '../config/schema.ts';
import { STAFF_PATHS } from '../contract/service-contract.ts';
import { COMPLAINED_TO } from '../forms/case-review.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { dayName, timeText } from '../time/times.ts';
import { complaintsOf, thresholdOf } from './application.ts';
import { LETTER_NAMES } from './letter-wording.ts';
import type { ThresholdOutcome } from './threshold.ts';
import { groundsText, notCountedText, OUTCOME_WORDS, rulesText } from './words.ts';

/** The threshold as the workspace shows it on an application: the result, why, and each complaint. */
export interface ThresholdView {
  outcome: ThresholdOutcome;
  outcomeText: string;
  grounds: string;
  rules: string;
  complaints: { name: string; counts: boolean; verdict: string }[];
  /** Where to write to the applicant, and the letters sent so far, oldest first. */
  writeHref: string;
  letters: { text: string; href: string }[];
  /** The case it was made from at /return/ (pre-filled from its report and incidents), if any. */
  fromCase?: { reference: string; href: string };
}

/** "The council" reads "to the council" mid-sentence. */
const toWhom = (value: string) => {
  const label = COMPLAINED_TO.find((o) => o.value === value)?.label ?? 'Someone else';
  return label.charAt(0).toLowerCase() + label.slice(1);
};

export const thresholdView = (
  record: Pick<SubmissionRecord, 'answers' | 'createdAt' | 'reference' | 'letters' | 'fromCase'>,
  config: Pick<ServiceConfig, 'caseReview'>,
): ThresholdView => {
  const rules = config.caseReview.threshold;
  const result = thresholdOf(record, config);
  const entered = new Map(complaintsOf(record.answers).map((c) => [c.id, c]));
  return {
    outcome: result.outcome,
    outcomeText: OUTCOME_WORDS[result.outcome],
    grounds: groundsText(result, rules),
    rules: rulesText(rules),
    writeHref: STAFF_PATHS.letters(record.reference),
    ...(record.fromCase
      ? { fromCase: { reference: record.fromCase, href: STAFF_PATHS.submission(record.fromCase) } }
      : {}),
    letters: (record.letters ?? []).map((l) => ({
      text: `${LETTER_NAMES[l.kind]}, ${timeText(l.sentAt)}`,
      href: STAFF_PATHS.letter(record.reference, l.id),
    })),
    complaints: result.complaints.map((verdict) => {
      const c = entered.get(verdict.id);
      const about = c?.behaviourOn ? `, about ${dayName(c.behaviourOn)}` : ', about a day not known';
      return {
        name: c
          ? `Complaint ${c.number}: to ${toWhom(c.to)} on ${dayName(c.complainedOn)}${about}`
          : verdict.id,
        counts: verdict.counts,
        verdict: verdict.why ? `Does not count: ${notCountedText(verdict.why, rules)}` : 'Counts',
      };
    }),
  };
};
