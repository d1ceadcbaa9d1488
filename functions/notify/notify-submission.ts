import type { ServiceConfig } from '../config/schema.ts';
import { formatConfirmation } from '../email/format-confirmation.ts';
import { formatTeamEmail } from '../email/format-team-email.ts';
import type { Notifier } from '../email/outgoing-email.ts';
import { findForm } from '../forms/registry.ts';
import { logger } from '../observability/logger.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { type ConfirmationGateDeps, confirmationWithheld } from './confirmation-gate.ts';

export interface NotifyDeps extends ConfirmationGateDeps {
  config: ServiceConfig;
  store: Pick<SubmissionStore, 'get' | 'markSent'>;
  notifier: Notifier;
  now: () => Date;
}

export type NotifyOutcome = 'sent' | 'already-sent' | 'erased';

/**
 * Sends the team email, then the submitter's confirmation if they asked for one by a safe channel
 * (and the address is neither suppressed nor emailed within a day), marking each on the record.
 * Reading the record fresh (not the stream image) makes a retry send only what is still missing,
 * and skips a record erased meanwhile.
 */
export const notifySubmission = async (reference: string, deps: NotifyDeps): Promise<NotifyOutcome> => {
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
