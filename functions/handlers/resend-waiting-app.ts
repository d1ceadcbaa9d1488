import type { Context } from 'aws-lambda';
import { COUNTED_LOG_MESSAGES } from '../contract/service-contract.ts';
import type { SendingQuota } from '../email/sending-quota.ts';
import { type ResendDeps, type ResendRun, resendWaiting } from '../notify/resend-waiting.ts';
import { localContext, logger, withLogContext } from '../observability/logger.ts';

// The one line each run writes is COUNTED_LOG_MESSAGES.resendRun: metric filters read its numbers
// into the alarms, so the function needs no PutMetricData permission.

export type ResendAppDeps = Omit<ResendDeps, 'onRecord' | 'timeLeftMs'> & {
  /** SES's quota and pause; absent or failing, the run still sends (the line then says so). */
  quota?: () => Promise<SendingQuota>;
};

export interface ResendRunLog extends ResendRun {
  sesQuotaUsedPercent?: number;
  /** 1 when SES has paused sending for the account, else 0 (a number, for the metric filter). */
  sesSendingPaused?: number;
}

/**
 * The scheduled re-send job (an EventBridge schedule on AWS, an interval in the twin). A record
 * that still fails is left for the next run, not thrown: the oldest-waiting alarm reports it. Only
 * a failure to read the table fails the run (and the function's error alarm).
 */
export const makeResendHandler = (deps: ResendAppDeps) => {
  const run = async (context: Context): Promise<ResendRunLog> => {
    const result = await resendWaiting({
      ...deps,
      timeLeftMs: () => context.getRemainingTimeInMillis(),
      onRecord: (reference, outcome) =>
        typeof outcome === 'string'
          ? logger.info('resent', { reference, outcome })
          : logger.warn('resend failed', { reference, errorName: outcome.failed }),
    });
    const quota = await deps.quota?.().catch((error: Error) => {
      logger.warn('SES quota not read', { errorName: error.name });
      return undefined;
    });
    const line: ResendRunLog = {
      ...result,
      ...(quota
        ? { sesQuotaUsedPercent: quota.usedPercent, sesSendingPaused: quota.sendingEnabled ? 0 : 1 }
        : {}),
    };
    logger.info(COUNTED_LOG_MESSAGES.resendRun, { ...line });
    return line;
  };
  const handler = withLogContext((_event: unknown, context: Context) => run(context));
  // Lambda always passes its context; the twin and tests leave it out, and have no time limit.
  return (
    event?: unknown,
    context: Context = { ...localContext('resend-waiting'), getRemainingTimeInMillis: () => Infinity },
  ) => handler(event, context);
};
