import type { ServiceConfig } from '../../functions/config/schema.ts';
import type { FormDefinition } from '../../functions/forms/types.ts';
import { textTable } from '../../functions/reporting/text-table.ts';
import type { DateRange } from '../../functions/time/date-range.ts';
import { utcTimeText as timeText } from '../../functions/time/times.ts';
import type { OpsContext } from '../context.ts';

/** What a list shows of a submission: no answers are read at all. */
export interface ListedSubmission {
  reference: string;
  formId: string;
  createdAt: string;
  team: string;
  urgent?: string[];
  teamNotifiedAt?: string;
  confirmationDue?: boolean;
  confirmationSentAt?: string;
  confirmationWithheldAt?: string;
}

export const LIST_FIELDS = [
  'reference',
  'formId',
  'createdAt',
  'team',
  'urgent',
  'teamNotifiedAt',
  'confirmationDue',
  'confirmationSentAt',
  'confirmationWithheldAt',
] as const;

const byDate = (a: ListedSubmission, b: ListedSubmission) => a.createdAt.localeCompare(b.createdAt);

/** Submissions of the given forms in a range, oldest first. */
export const listSubmissions = async (
  ctx: OpsContext,
  forms: readonly FormDefinition[],
  range: DateRange,
): Promise<ListedSubmission[]> => {
  const rows: ListedSubmission[] = [];
  for (const form of forms) {
    rows.push(
      ...(await ctx.store.allByForm<ListedSubmission>(form.id, range, {
        fields: LIST_FIELDS,
        liveAt: ctx.now(),
      })),
    );
  }
  return rows.sort(byDate);
};

export const teamNameOf = (config: ServiceConfig, team: string): string => config.teams[team]?.name ?? team;

const urgentText = (row: ListedSubmission) => (row.urgent?.length ? row.urgent.join(', ') : '-');

/** The list as a table; the team email column is how a missed email is spotted. */
export const formatList = (rows: ListedSubmission[], config: ServiceConfig): string =>
  textTable(
    ['Reference', 'Received', 'Team', 'Urgent', 'Team email'],
    rows.map((r) => [
      r.reference,
      timeText(r.createdAt),
      teamNameOf(config, r.team),
      urgentText(r),
      r.teamNotifiedAt ? 'sent' : 'NOT SENT',
    ]),
  );

export const countText = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
