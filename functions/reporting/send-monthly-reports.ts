import type { Context, ScheduledEvent } from 'aws-lambda';
import type { ServiceConfig } from '../config/schema.ts';
import type { Notifier } from '../email/outgoing-email.ts';
import { localContext, logger, withLogContext } from '../observability/logger.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { lastCalendarMonth } from '../time/date-range.ts';
import { formatReportEmail } from './format-report-email.ts';
import { loadReport } from './load-report.ts';

export interface MonthlyReportDeps {
  config: ServiceConfig;
  store: Pick<SubmissionStore, 'allByForm' | 'erasedTallies'>;
  notifier: Notifier;
  now: () => Date;
}

export interface MonthlyOutcome {
  since: string;
  until: string;
  sent: string[];
  failed: string[];
}

/** Builds last calendar month's report once and emails it to every team in the configuration. */
export const sendMonthlyReports = async (deps: MonthlyReportDeps, at: Date): Promise<MonthlyOutcome> => {
  const report = await loadReport(deps.store, lastCalendarMonth(at), deps.now(), deps.config);
  const outcome: MonthlyOutcome = { since: report.since, until: report.until, sent: [], failed: [] };
  for (const teamId of Object.keys(deps.config.teams)) {
    try {
      await deps.notifier.send(formatReportEmail(report, deps.config, teamId));
      outcome.sent.push(teamId);
    } catch (error) {
      // One team's bad address must not stop the others; the failure is reported at the end.
      logger.error('monthly summary not sent', { team: teamId, error: (error as Error).name });
      outcome.failed.push(teamId);
    }
  }
  return outcome;
};

/**
 * The scheduled function. The month comes from the event's own time, so a late or retried run
 * still reports the month it was scheduled for. Failing teams make the run fail (so it is retried
 * and alarms); a retry may send a second copy to the teams that did get it, which is harmless.
 */
export const makeMonthlyReportHandler = (deps: MonthlyReportDeps) => {
  const handler = withLogContext((event: Partial<Pick<ScheduledEvent, 'time'>> | undefined) =>
    runMonthlyReport(deps, event),
  );
  // Lambda always passes its context; tests may leave it out.
  return (event?: Partial<Pick<ScheduledEvent, 'time'>>, context: Context = localContext('monthly-report')) =>
    handler(event, context);
};

const runMonthlyReport = async (
  deps: MonthlyReportDeps,
  event?: Partial<Pick<ScheduledEvent, 'time'>>,
): Promise<MonthlyOutcome> => {
  const scheduled = event?.time ? new Date(event.time) : undefined;
  const at = scheduled && !Number.isNaN(scheduled.getTime()) ? scheduled : deps.now();
  const outcome = await sendMonthlyReports(deps, at);
  logger.info('monthly summary', {
    since: outcome.since,
    until: outcome.until,
    sent: outcome.sent.length,
    failed: outcome.failed.length,
  });
  if (outcome.failed.length > 0) {
    throw new Error(`Monthly summary not sent to ${outcome.failed.join(', ')}`);
  }
  return outcome;
};
