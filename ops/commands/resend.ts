import { formatConfirmation } from '../../functions/email/format-confirmation.ts';
import { formatTeamEmail } from '../../functions/email/format-team-email.ts';
import type { OutgoingEmail } from '../../functions/email/outgoing-email.ts';
import type { SentField } from '../../functions/storage/submission-store.ts';
import type { OpsContext } from '../context.ts';
import { OpsError } from '../errors.ts';
import { explainEmailError } from '../explain-error.ts';
import { waitingFor } from './pending.ts';
import { findSubmission, formOf } from './show.ts';

export interface Resent {
  reference: string;
  to: string[];
  teamName: string;
  /** When it had gone before, if it had. */
  previously?: string;
  /** The person's confirmation is due but has not gone, so the operator should send it too. */
  confirmationWaiting: boolean;
}

/** The confirmation went to the person's own address, which is an answer, so it is not returned. */
export interface ConfirmationResent {
  reference: string;
  /** When it had gone before, if it had. */
  previously?: string;
}

/** Sends one email and stamps the record only once it has gone, so a failure leaves it pending. */
const sendAndMark = async (ctx: OpsContext, reference: string, email: OutgoingEmail, field: SentField) => {
  try {
    await ctx.notifier().send(email);
  } catch (error) {
    throw explainEmailError(error, ctx.connection);
  }
  await ctx.store.markSent(reference, field, ctx.now());
};

/**
 * Sends the team email again, even if it went before (the team may have lost it), and records
 * when. It never sends the submitter's confirmation: that is resendConfirmation, asked for apart.
 */
export const resendTeamEmail = async (ctx: OpsContext, reference: string): Promise<Resent> => {
  const record = await findSubmission(ctx, reference);
  const email = formatTeamEmail(formOf(record), ctx.config, record);
  await sendAndMark(ctx, reference, email, 'teamNotifiedAt');
  return {
    reference,
    to: email.to,
    teamName: ctx.config.teams[record.team]?.name ?? record.team,
    ...(record.teamNotifiedAt ? { previously: record.teamNotifiedAt } : {}),
    confirmationWaiting: waitingFor(record).includes('confirmation'),
  };
};

/**
 * Sends the submitter's confirmation, even if it went before, and records when. The address comes
 * from the form's own rule applied to the answers now, exactly as the notifier decides, so an
 * operator can never email someone who did not give an address marked safe.
 */
export const resendConfirmation = async (ctx: OpsContext, reference: string): Promise<ConfirmationResent> => {
  const record = await findSubmission(ctx, reference);
  const form = formOf(record);
  const to = form.contact?.confirmationEmail(record.answers);
  if (!to) {
    throw new OpsError(
      `${reference} has no confirmation to send: the person did not ask for one, or gave no email address marked safe.`,
    );
  }
  await sendAndMark(ctx, reference, formatConfirmation(form, ctx.config, record, to), 'confirmationSentAt');
  return { reference, ...(record.confirmationSentAt ? { previously: record.confirmationSentAt } : {}) };
};
