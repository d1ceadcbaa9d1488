import { sentence } from '../../functions/forms/words.ts';
import { type OverdueCase, overdueCases } from '../../functions/progress/overdue.ts';
import { sendOverdueEmails } from '../../functions/progress/send-overdue.ts';
import { textTable } from '../../functions/reporting/text-table.ts';
import { londonDay } from '../../functions/time/london.ts';
import type { OpsContext } from '../context.ts';

/** Each team's submissions past their first-contact target today (London), as the job finds them. */
export const findOverdue = async (ctx: OpsContext): Promise<{ team: string; cases: OverdueCase[] }[]> => {
  const today = londonDay(ctx.now());
  const teams = [];
  for (const team of Object.keys(ctx.config.teams)) {
    const cases = overdueCases(await ctx.teamCases.casesOf(team, ctx.now()), ctx.config, today);
    if (cases.length > 0) teams.push({ team, cases });
  }
  return teams;
};

export const formatOverdue = (teams: { team: string; cases: OverdueCase[] }[], ctx: OpsContext): string =>
  teams.length === 0
    ? 'Nothing is waiting past its first-contact target.'
    : teams
        .map(
          ({ team, cases }) =>
            `${ctx.config.teams[team]?.name ?? team}: ${cases.length}\n` +
            textTable(
              ['Reference', 'Form', 'Working days', 'Target', 'Urgent'],
              cases.map((c) => [
                c.reference,
                sentence(c.formTitle),
                String(c.ageDays),
                String(c.targetDays),
                c.urgent ? 'Urgent' : '',
              ]),
              [2, 3],
            ),
        )
        .join('\n\n');

/** Runs the morning job now: emails each team with any past target. */
export const sendOverdue = (ctx: OpsContext) =>
  sendOverdueEmails(
    {
      config: ctx.config,
      cases: ctx.teamCases,
      notifier: ctx.notifier(),
      now: ctx.now,
      siteUrl: ctx.config.siteUrl,
    },
    ctx.now(),
  );
