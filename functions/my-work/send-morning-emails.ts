import type { Context, ScheduledEvent } from 'aws-lambda';
import type { ServiceConfig } from '../config/schema.ts';
import type { Notifier } from '../email/outgoing-email.ts';
import { localContext, logger, withLogContext } from '../observability/logger.ts';
import type { StaffStore } from '../storage/staff-store.ts';
import { londonDay } from '../time/london.ts';
import { isWorkingDay } from '../time/working-days.ts';
import { formatMorningEmail } from './format-morning-email.ts';
import { type ByLookup, gatherMyWork, workCounts } from './gather.ts';

export interface MorningEmailDeps {
  config: ServiceConfig;
  byLookup: ByLookup;
  choices: Pick<StaffStore, 'morningEmails'>;
  notifier: Notifier;
  now: () => Date;
  /** Where the workspace is, for the email's link. */
  siteUrl: string;
}

export interface MorningEmailOutcome {
  day: string;
  /** True on a weekend, bank holiday or closure day. */
  skipped: boolean;
  /** Emails sent, and people with nothing to tell (no email sent). */
  sent: number;
  empty: number;
  /** How many did not go (their addresses are not logged). */
  failed: number;
}

/** Emails each member who asked for it their counts for the morning of `at`: nothing on a day off. */
export const sendMorningEmails = async (deps: MorningEmailDeps, at: Date): Promise<MorningEmailOutcome> => {
  const day = londonDay(at);
  const outcome: MorningEmailOutcome = { day, skipped: false, sent: 0, empty: 0, failed: 0 };
  if (!isWorkingDay(day, deps.config.workingDays)) return { ...outcome, skipped: true };
  for (const choice of await deps.choices.morningEmails()) {
    // Only the teams still configured: a team removed from the deployment has no work here.
    const teams = choice.teams.filter((t) => Object.hasOwn(deps.config.teams, t));
    const work = await gatherMyWork(deps.byLookup, { sub: choice.sub, teams }, deps.now());
    if (Object.values(workCounts(work)).every((n) => n === 0)) {
      outcome.empty += 1;
      continue;
    }
    try {
      await deps.notifier.send(formatMorningEmail(work, deps.config, choice.email, deps.siteUrl));
      outcome.sent += 1;
    } catch (error) {
      // One bad address must not stop the others; the run fails at the end and is retried.
      logger.error('morning email not sent', { error: (error as Error).name });
      outcome.failed += 1;
    }
  }
  return outcome;
};

/** The scheduled function, each weekday morning; the day comes from the event's own time. */
export const makeMorningEmailHandler = (deps: MorningEmailDeps) => {
  const handler = withLogContext(async (event: Partial<Pick<ScheduledEvent, 'time'>> | undefined) => {
    const scheduled = event?.time ? new Date(event.time) : undefined;
    const at = scheduled && !Number.isNaN(scheduled.getTime()) ? scheduled : deps.now();
    const outcome = await sendMorningEmails(deps, at);
    logger.info('morning email run', { ...outcome });
    if (outcome.failed > 0) throw new Error(`Morning email not sent to ${outcome.failed} people`);
    return outcome;
  });
  return (event?: Partial<Pick<ScheduledEvent, 'time'>>, context: Context = localContext('morning-email')) =>
    handler(event, context);
};
