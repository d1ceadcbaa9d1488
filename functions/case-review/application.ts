import type { ServiceConfig } from '../config/schema.ts';
import {
  COMPLAINT_COUNT_QUESTION,
  complaintIds,
  HATE_QUESTION,
  HOUSEHOLDS_QUESTION,
  MAX_COMPLAINTS,
} from '../forms/case-review.ts';
import { textAnswer } from '../forms/common-questions.ts';
import type { Answers } from '../forms/types.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { londonDay } from '../time/london.ts';
import { assessThreshold, type Complaint, type ThresholdResult } from './threshold.ts';

/** A complaint as the application gives it: the threshold's facts plus who it went to, for the page. */
export interface EnteredComplaint extends Complaint {
  /** Which complaint of the application it is (1 to MAX_COMPLAINTS). */
  number: number;
  /** Who it was made to: an option value of COMPLAINED_TO. */
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayAnswer = (answers: Answers, id: string): string | undefined => {
  const value = textAnswer(answers, id);
  return value && DAY.test(value) ? value : undefined;
};

/** The complaints an application lists, as many as it says it has (the rest were never asked). */
export const complaintsOf = (answers: Answers): EnteredComplaint[] => {
  const count = Math.min(Number(textAnswer(answers, COMPLAINT_COUNT_QUESTION) ?? 0) || 0, MAX_COMPLAINTS);
  return Array.from({ length: count }, (_, i) => i + 1).flatMap((number) => {
    const ids = complaintIds(number);
    const complainedOn = dayAnswer(answers, ids.complainedOn);
    if (!complainedOn) return [];
    const behaviourOn = dayAnswer(answers, ids.behaviourOn);
    return [
      {
        id: `complaint-${number}`,
        number,
        complainedOn,
        ...(behaviourOn ? { behaviourOn } : {}),
        to: textAnswer(answers, ids.to) ?? 'other',
      },
    ];
  });
};

/** "4", " 12 " are numbers of households; anything else is not known. */
const households = (answers: Answers): number | undefined => {
  const text = textAnswer(answers, HOUSEHOLDS_QUESTION)?.trim();
  return text && /^\d{1,3}$/.test(text) ? Number(text) : undefined;
};

/** The threshold for a Case Review application on its record, under the deployment's rules. */
export const thresholdOf = (
  record: Pick<SubmissionRecord, 'answers' | 'createdAt'>,
  config: Pick<ServiceConfig, 'caseReview'>,
): ThresholdResult => {
  const found = households(record.answers);
  return assessThreshold(
    {
      appliedOn: londonDay(record.createdAt),
      complaints: complaintsOf(record.answers),
      hate: record.answers[HATE_QUESTION] === 'yes',
      ...(found !== undefined ? { households: found } : {}),
    },
    config.caseReview.threshold,
  );
};
