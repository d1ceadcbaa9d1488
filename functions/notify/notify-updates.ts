import type { ServiceConfig } from '../config/schema.ts';
import { formatCaseReviewNotice } from '../email/format-case-review-notice.ts';
import { formatUpdateEmail } from '../email/format-update-email.ts';
import type { Notifier } from '../email/outgoing-email.ts';
import { CONTACT_LANGUAGE_QUESTION } from '../forms/common-questions.ts';
import type { FormDefinition } from '../forms/types.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { logger } from '../observability/logger.ts';
import { caseReviewUrl } from '../returning/case-review-link.ts';
import { currentAnswers } from '../returning/current-answers.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { type ConfirmationGateDeps, confirmationWithheld } from './confirmation-gate.ts';

/** What sending an addition's emails needs: notifySubmission's deps, which hold these. */
export interface UpdateDeps extends ConfirmationGateDeps {
  config: ServiceConfig;
  store: Pick<SubmissionStore, 'markSent' | 'markUpdatesNotified'>;
  notifier: Notifier;
  now: () => Date;
}

/** Whether the team is owed an "An update to …" email: additions it has not been told of. */
export const updateOwed = (record: Pick<SubmissionRecord, 'additions' | 'additionsNotified'>): boolean =>
  (record.additions?.length ?? 0) > (record.additionsNotified ?? 0);

/** Whether the person's Case Review notice email is still to be sent or decided against. */
export const caseReviewNoticeOwed = (
  record: Pick<
    SubmissionRecord,
    'caseReviewNoticeAt' | 'caseReviewNoticeSentAt' | 'caseReviewNoticeWithheldAt'
  >,
): boolean =>
  Boolean(record.caseReviewNoticeAt) && !record.caseReviewNoticeSentAt && !record.caseReviewNoticeWithheldAt;

/** The language to write to them in now: a change of safe contact may have changed it. */
const languageNow = (form: FormDefinition, record: SubmissionRecord): Language => {
  const chosen = currentAnswers(form, record)[CONTACT_LANGUAGE_QUESTION];
  return isLanguage(chosen) ? chosen : (record.language ?? 'en');
};

/**
 * The team's email about additions it has not been told of, then marks them told (the count, so
 * a retry sends only what is still missing). Called by notifySubmission under its claim.
 */
const sendUpdate = async (form: FormDefinition, record: SubmissionRecord, deps: UpdateDeps) => {
  const additions = record.additions ?? [];
  const added = additions.slice(record.additionsNotified ?? 0);
  await deps.notifier.send(formatUpdateEmail(form, deps.config, record, added));
  await deps.store.markUpdatesNotified(record.reference, additions.length, deps.now());
};

/**
 * The Case Review notice, to the address the form's own rule gives from the answers as they stand
 * now (a change of safe contact counts: an address no longer marked safe gets nothing), through the
 * same gate as the confirmation (never to a suppressed address). Nobody asked: withheld, not owed.
 */
const sendNotice = async (
  form: FormDefinition,
  record: SubmissionRecord,
  deps: UpdateDeps,
): Promise<boolean> => {
  const { reference } = record;
  const to = form.contact?.confirmationEmail(currentAnswers(form, record));
  const withheld = to ? await confirmationWithheld(to, reference, deps.now(), deps) : 'not-asked';
  if (!to || withheld) {
    // The reason only: the address is personal data and never logged.
    logger.info('case review notice withheld', { reference, reason: withheld });
    await deps.store.markSent(reference, 'caseReviewNoticeWithheldAt', deps.now());
    return false;
  }
  const language = languageNow(form, record);
  await deps.notifier.send(
    formatCaseReviewNotice(deps.config, record, language, to, caseReviewUrl(deps.config, language)),
  );
  await deps.store.markSent(reference, 'caseReviewNoticeSentAt', deps.now());
  return true;
};

/**
 * What a person's additions owe (issue 21): the team's update email and, on a second incident
 * within six months, the person's Case Review notice. True when an email went.
 */
export const sendUpdatesMissing = async (
  form: FormDefinition,
  record: SubmissionRecord,
  deps: UpdateDeps,
): Promise<boolean> => {
  let sent = false;
  if (updateOwed(record)) {
    await sendUpdate(form, record, deps);
    sent = true;
  }
  if (caseReviewNoticeOwed(record)) sent = (await sendNotice(form, record, deps)) || sent;
  return sent;
};
