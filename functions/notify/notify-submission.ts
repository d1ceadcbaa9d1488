import { formatPartnerEmail } from '../case-review/format-partner-email.ts';
import { sendLettersMissing } from '../case-review/send-letters.ts';
import type { ServiceConfig } from '../config/schema.ts';
import { SENDING_CLAIM_SECONDS } from '../contract/service-contract.ts';
import { formatConfirmation } from '../email/format-confirmation.ts';
import { formatTeamEmail } from '../email/format-team-email.ts';
import type { Notifier } from '../email/outgoing-email.ts';
import { caseReview } from '../forms/case-review.ts';
import { findForm } from '../forms/registry.ts';
import { logger } from '../observability/logger.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { type ConfirmationGateDeps, confirmationWithheld } from './confirmation-gate.ts';
import { sendUpdatesMissing } from './notify-updates.ts';

export interface NotifyDeps extends ConfirmationGateDeps {
  config: ServiceConfig;
  store: Pick<
    SubmissionStore,
    | 'get'
    | 'markSent'
    | 'markUpdatesNotified'
    | 'noteUpdateDue'
    | 'claimSending'
    | 'releaseSending'
    | 'markLettersEmailed'
  >;
  notifier: Notifier;
  now: () => Date;
}

/** 'busy': another sender (the stream's notifier or the re-send job) is sending it right now. */
export type NotifyOutcome = 'sent' | 'already-sent' | 'erased' | 'busy';

/**
 * Sends the team email, then the submitter's confirmation if they asked for one by a safe channel
 * (and the address is neither suppressed nor emailed within a day), marking each on the record
 * once it has gone (or, for a confirmation, withheld). The stream's notifier and the re-send job both
 * call it, so it first claims the record for a while (SENDING_CLAIM_SECONDS, longer than sending
 * one record can take): only one of them sends, and the record is read after the claim, so it sees
 * what the last holder marked. 'busy' is not a failure: the holder sends it, or the job retries. Reading the record fresh (not the stream image) makes a retry send only what is still
 * missing, and skips a record erased meanwhile.
 */
export const notifySubmission = async (reference: string, deps: NotifyDeps): Promise<NotifyOutcome> => {
  const now = deps.now();
  const until = new Date(now.getTime() + SENDING_CLAIM_SECONDS * 1000);
  if (!(await deps.store.claimSending(reference, now, until))) {
    return (await deps.store.get(reference)) ? 'busy' : 'erased';
  }
  try {
    const outcome = await sendWhatIsMissing(reference, deps);
    // Slice 21-team: a person may add again while this holder sends. What they added meanwhile is
    // sent now (another sender found the record busy), then the claim is given back, so their next
    // addition is not 'busy' for the rest of SENDING_CLAIM_SECONDS. Everything sent is marked first.
    const late = outcome === 'erased' ? outcome : await sendWhatIsMissing(reference, deps);
    await deps.store.releaseSending(reference);
    return late === 'sent' ? 'sent' : outcome;
  } catch (error) {
    // Let the next try (the stream's retry or the job) have it at once. If this fails too, the
    // claim simply lapses.
    await deps.store.releaseSending(reference).catch(() => {});
    throw error;
  }
};

const sendWhatIsMissing = async (reference: string, deps: NotifyDeps): Promise<NotifyOutcome> => {
  const record = await deps.store.get(reference);
  if (!record) return 'erased';
  const form = findForm(record.formId);
  if (!form) throw new Error(`Record ${reference} names an unknown form`);
  let sent = false;
  if (!record.teamNotifiedAt) {
    await deps.notifier.send(formatTeamEmail(form, deps.config, record));
    await deps.store.markSent(reference, 'teamNotifiedAt', deps.now());
    sent = true;
  }
  // Slice 21-team: what the person added since (the team's update email, the Case Review notice).
  if (await sendUpdatesMissing(form, record, deps)) sent = true;
  // Slice 23-case-review: every partner body is told of an application (a link, never its answers).
  const partners = form.id === caseReview.id ? deps.config.caseReview.partners : [];
  if (partners.length > 0 && !record.partnersNotifiedAt) {
    for (const partner of partners)
      await deps.notifier.send(formatPartnerEmail(partner, deps.config, record));
    await deps.store.markSent(reference, 'partnersNotifiedAt', deps.now());
    sent = true;
  }
  // Slice 23-case-review: letters to the applicant kept for email since last time.
  if (await sendLettersMissing(form, record, deps)) sent = true;
  const confirmationTo = form.contact?.confirmationEmail(record.answers);
  const open = !record.confirmationSentAt && !record.confirmationWithheldAt;
  if (!confirmationTo && record.confirmationDue && open) {
    // A record from before people were asked (an older form version) said one was due; nobody
    // asked for it, so none goes, and it is not left waiting.
    logger.info('confirmation withheld', { reference, reason: 'not-asked' });
    await deps.store.markSent(reference, 'confirmationWithheldAt', deps.now());
  }
  if (confirmationTo && open) {
    const withheld = await confirmationWithheld(confirmationTo, reference, deps.now(), deps);
    if (withheld) {
      // The reason only: the address is personal data and never logged.
      logger.info('confirmation withheld', { reference, reason: withheld });
      await deps.store.markSent(reference, 'confirmationWithheldAt', deps.now());
      return sent ? 'sent' : 'already-sent';
    }
    await deps.notifier.send(formatConfirmation(form, deps.config, record, confirmationTo));
    await deps.store.markSent(reference, 'confirmationSentAt', deps.now());
    sent = true;
  }
  return sent ? 'sent' : 'already-sent';
};
