import { formatTeamEmail } from '../../functions/email/format-team-email.ts';
import type { OpsContext } from '../context.ts';
import { explainEmailError } from '../explain-error.ts';
import { findSubmission, formOf } from './show.ts';

export interface Resent {
  reference: string;
  to: string[];
  teamName: string;
  /** When it had gone before, if it had. */
  previously?: string;
}

/**
 * Sends the team email again, even if it went before (the team may have lost it), and records
 * when. Unlike the notifier it never sends the submitter's confirmation.
 */
export const resendTeamEmail = async (ctx: OpsContext, reference: string): Promise<Resent> => {
  const record = await findSubmission(ctx, reference);
  const email = formatTeamEmail(formOf(record), ctx.config, record);
  try {
    await ctx.notifier().send(email);
  } catch (error) {
    throw explainEmailError(error, ctx.connection);
  }
  await ctx.store.markSent(reference, 'teamNotifiedAt', ctx.now());
  return {
    reference,
    to: email.to,
    teamName: ctx.config.teams[record.team]?.name ?? record.team,
    ...(record.teamNotifiedAt ? { previously: record.teamNotifiedAt } : {}),
  };
};
