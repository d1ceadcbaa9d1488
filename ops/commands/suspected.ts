import type { FormDefinition } from '../../functions/forms/types.ts';
import type { SubmissionRecord } from '../../functions/submissions/record.ts';
import type { DateRange } from '../../functions/time/date-range.ts';
import { utcTimeText as timeText } from '../../functions/time/times.ts';
import type { OpsContext } from '../context.ts';
import { OpsError } from '../errors.ts';
import { type Resent, resendTeamEmail } from './resend.ts';
import { formOf } from './show.ts';

/** What `ops suspected` shows of each: never answers. */
export type SuspectedRow = Pick<
  SubmissionRecord,
  'reference' | 'formId' | 'createdAt' | 'suspectedBecause' | 'expiresAt'
>;

const FIELDS = ['reference', 'formId', 'createdAt', 'suspectedBecause', 'expiresAt'] as const;

/** Submissions kept apart as suspected of coming from a bot, oldest first (a Query per form). */
export const listSuspected = async (
  ctx: OpsContext,
  forms: readonly FormDefinition[],
  range: DateRange,
): Promise<SuspectedRow[]> => {
  const perForm = await Promise.all(
    forms.map((f) =>
      ctx.store.allByForm<SuspectedRow>(f.id, range, {
        kind: 'suspected',
        fields: FIELDS,
        liveAt: ctx.now(),
      }),
    ),
  );
  return perForm.flat().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
};

const BECAUSE: Record<string, string> = {
  honeypot: 'filled the hidden field',
  'too-fast': 'sent too soon after opening',
};

export const formatSuspected = (rows: readonly SuspectedRow[]): string =>
  rows
    .map(
      (r) =>
        `${r.reference}  ${r.formId.padEnd(9)}  ${timeText(r.createdAt)}  ${BECAUSE[r.suspectedBecause ?? ''] ?? 'suspected'}  (deleted ${new Date(r.expiresAt * 1000).toISOString().slice(0, 10)})`,
    )
    .join('\n');

/**
 * Releases a suspected submission to its team: it becomes an ordinary submission with its form's
 * retention counted from when it was sent, and the team email goes out now, the way `resend` sends
 * it (recorded, so it is not sent twice).
 */
export const releaseSuspected = async (ctx: OpsContext, reference: string): Promise<Resent> => {
  const suspected = await ctx.store.getSuspected(reference);
  if (!suspected) {
    const ordinary = await ctx.store.get(reference);
    throw new OpsError(
      ordinary
        ? `${reference} is not held as suspected: it is an ordinary submission already.`
        : `There is no suspected submission with reference ${reference}: check the reference with npm run ops -- suspected.`,
    );
  }
  const retentionDays = ctx.config.forms[formOf(suspected).id]?.retentionDays ?? 0;
  const expiresAt = Math.floor(Date.parse(suspected.createdAt) / 1000) + retentionDays * 86_400;
  if (!(await ctx.store.release(reference, expiresAt))) {
    throw new OpsError(`${reference} was released or erased by someone else meanwhile.`);
  }
  return resendTeamEmail(ctx, reference);
};
