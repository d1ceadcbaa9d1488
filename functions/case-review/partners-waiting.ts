import type { ServiceConfig } from '../config/schema.ts';
import { caseReview } from '../forms/case-review.ts';
import type { SubmissionRecord } from '../submissions/record.ts';

/**
 * A Case Review application whose partner bodies have not all been told yet: the re-send job sends
 * what the notifier could not (nothing acknowledged is lost), as it does a team email.
 */
export const partnersWaiting = (
  formId: string,
  record: Pick<SubmissionRecord, 'partnersNotifiedAt'>,
  config: Pick<ServiceConfig, 'caseReview'>,
): boolean => formId === caseReview.id && config.caseReview.partners.length > 0 && !record.partnersNotifiedAt;
