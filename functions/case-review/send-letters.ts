import type { ServiceConfig } from '../config/schema.ts';
import type { Notifier } from '../email/outgoing-email.ts';
import { caseReview } from '../forms/case-review.ts';
import type { FormDefinition } from '../forms/types.ts';
import { logger } from '../observability/logger.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { formatLetterEmail, letterEmailOf } from './letter-email.ts';

export interface LetterSendDeps {
  config: ServiceConfig;
  store: Pick<SubmissionStore, 'markLettersEmailed'>;
  notifier: Notifier;
}

/** Whether a Case Review application has letters kept since the notifier last looked. */
export const lettersOwed = (record: Pick<SubmissionRecord, 'letters' | 'lettersEmailed'>): boolean =>
  (record.letters?.length ?? 0) > (record.lettersEmailed ?? 0);

/**
 * Emails each letter kept for email since the last run (the stream brings the case when a letter
 * is added), to the address safe now, then marks how many letters it has dealt with, so a retry
 * sends only what is still missing. A letter whose address is no longer safe is not sent (the
 * team sees it kept on the case, to print): the reason is logged, never the address.
 */
export const sendLettersMissing = async (
  form: FormDefinition,
  record: SubmissionRecord,
  deps: LetterSendDeps,
): Promise<boolean> => {
  if (form.id !== caseReview.id || !lettersOwed(record)) return false;
  const letters = record.letters ?? [];
  const to = letterEmailOf(record);
  let sent = false;
  for (const letter of letters.slice(record.lettersEmailed ?? 0)) {
    if (letter.way !== 'email') continue;
    if (!to) {
      logger.info('letter not emailed', { reference: record.reference, reason: 'email-not-safe' });
      continue;
    }
    await deps.notifier.send(formatLetterEmail(deps.config, letter, to));
    sent = true;
  }
  await deps.store.markLettersEmailed(record.reference, letters.length);
  return sent;
};
