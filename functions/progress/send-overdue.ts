import type { Context, ScheduledEvent } from 'aws-lambda';
import type { ServiceConfig } from '../config/schema.ts';
import { OVERDUE_METRIC } from '../contract/overdue-metric.ts';
import type { Notifier } from '../email/outgoing-email.ts';
import { isUrgent } from '../forms/urgency.ts';
import { localContext, logger, withLogContext } from '../observability/logger.ts';
import type { SuspectedCase, TeamCases } from '../storage/team-cases.ts';
import { londonDay } from '../time/london.ts';
import { isWorkingDay } from '../time/working-days.ts';
import { formatOverdueEmail } from './format-overdue-email.ts';
import { formatSuspectedEmail } from './format-suspected-email.ts';
import { overdueCases } from './overdue.ts';

export interface OverdueDeps {
  config: ServiceConfig;
  cases: TeamCases;
  notifier: Notifier;
  now: () => Date;
  /** Where the workspace is, for the email's link. */
  siteUrl: string;
  /** The CloudWatch namespace of the job's metrics (the stack's). */
  namespace?: string;
}

export interface OverdueOutcome {
  day: string;
  /** True on a weekend, bank holiday or closure day: nobody is there to read it. */
  skipped: boolean;
  /** Per team with any past target: how many, how many urgent. */
  teams: { team: string; overdue: number; urgent: number }[];
  /** Submissions kept apart as suspected and waiting (told to the operations mailbox when any). */
  suspected: { waiting: number; urgent: number };
  /** Teams (or `operations`) whose email did not go. */
  failed: string[];
}

/** Where the suspected submissions' email goes in `failed`. */
export const OPERATIONS = 'operations';

/**
 * Writes the counts as CloudWatch embedded metric format through the logger: one log line that
 * CloudWatch turns into metrics, with no PutMetricData permission and no counts of people in it.
 */
const emitMetrics = (namespace: string, urgent: number, all: number): void => {
  logger.info('overdue metrics', {
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [
        {
          Namespace: namespace,
          Dimensions: [[]],
          Metrics: [
            { Name: OVERDUE_METRIC.urgentPastTarget, Unit: 'Count' },
            { Name: OVERDUE_METRIC.pastTarget, Unit: 'Count' },
          ],
        },
      ],
    },
    [OVERDUE_METRIC.urgentPastTarget]: urgent,
    [OVERDUE_METRIC.pastTarget]: all,
  });
};

/** Emails each team its references past the first-contact target on the morning of `at`. */
export const sendOverdueEmails = async (deps: OverdueDeps, at: Date): Promise<OverdueOutcome> => {
  const day = londonDay(at);
  const outcome: OverdueOutcome = {
    day,
    skipped: false,
    teams: [],
    suspected: { waiting: 0, urgent: 0 },
    failed: [],
  };
  if (!isWorkingDay(day, deps.config.workingDays)) return { ...outcome, skipped: true };
  for (const team of Object.keys(deps.config.teams)) {
    const overdue = overdueCases(await deps.cases.casesOf(team, deps.now()), deps.config, day);
    if (overdue.length === 0) continue;
    outcome.teams.push({ team, overdue: overdue.length, urgent: overdue.filter((c) => c.urgent).length });
    try {
      await deps.notifier.send(formatOverdueEmail(overdue, deps.config, team, deps.siteUrl));
    } catch (error) {
      // One team's bad address must not stop the others; the run fails at the end and is retried.
      logger.error('overdue email not sent', { team, error: (error as Error).name });
      outcome.failed.push(team);
    }
  }
  return outcome;
};

/**
 * Emails the operations mailbox the suspected submissions waiting, when there are any: otherwise
 * one could wait unseen until its deletion (the alarm only fires for a wave, or an urgent one).
 * Each is read from its team's by-team index, the same Query the team emails use.
 */
export const sendSuspectedEmail = async (
  deps: OverdueDeps,
): Promise<{ waiting: number; urgent: number; failed: boolean }> => {
  const held: SuspectedCase[] = [];
  for (const team of Object.keys(deps.config.teams))
    held.push(...(await deps.cases.suspectedOf(team, deps.now())));
  const counts = { waiting: held.length, urgent: held.filter((c) => isUrgent(c.urgent)).length };
  if (held.length === 0) return { ...counts, failed: false };
  try {
    await deps.notifier.send(formatSuspectedEmail(held, deps.config));
    return { ...counts, failed: false };
  } catch (error) {
    logger.error('suspected email not sent', { error: (error as Error).name });
    return { ...counts, failed: true };
  }
};

/** The morning's run: each team's overdue email, then the operations mailbox's suspected one. */
const morningRun = async (deps: OverdueDeps, at: Date): Promise<OverdueOutcome> => {
  const outcome = await sendOverdueEmails(deps, at);
  if (outcome.skipped) return outcome;
  const { failed, ...suspected } = await sendSuspectedEmail(deps);
  return { ...outcome, suspected, failed: failed ? [...outcome.failed, OPERATIONS] : outcome.failed };
};

/**
 * The scheduled function, each weekday morning; a bank holiday or closure day sends nothing. The
 * day comes from the event's own time, so a retried run reports the morning it was scheduled for.
 */
export const makeOverdueHandler = (deps: OverdueDeps) => {
  const handler = withLogContext(async (event: Partial<Pick<ScheduledEvent, 'time'>> | undefined) => {
    const scheduled = event?.time ? new Date(event.time) : undefined;
    const at = scheduled && !Number.isNaN(scheduled.getTime()) ? scheduled : deps.now();
    const outcome = await morningRun(deps, at);
    const urgent = outcome.teams.reduce((sum, t) => sum + t.urgent, 0);
    const all = outcome.teams.reduce((sum, t) => sum + t.overdue, 0);
    if (!outcome.skipped) emitMetrics(deps.namespace ?? OVERDUE_METRIC.defaultNamespace, urgent, all);
    logger.info('overdue run', {
      day: outcome.day,
      skipped: outcome.skipped,
      teams: outcome.teams.length,
      suspectedWaiting: outcome.suspected.waiting,
      failed: outcome.failed.length,
    });
    if (outcome.failed.length > 0) throw new Error(`Overdue email not sent to ${outcome.failed.join(', ')}`);
    return outcome;
  });
  return (event?: Partial<Pick<ScheduledEvent, 'time'>>, context: Context = localContext('overdue')) =>
    handler(event, context);
};
