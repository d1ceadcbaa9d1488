import { GetAccountCommand, type SESv2Client } from '@aws-sdk/client-sesv2';

/** How much of SES's sending allowance is used, and whether SES lets the account send at all. */
export interface SendingQuota {
  /** SentLast24Hours as a percentage of Max24HourSend. */
  usedPercent: number;
  /** False when SES has paused the account (e.g. after a high bounce rate): nothing goes out. */
  sendingEnabled: boolean;
}

/**
 * Reads the account's quota (SES v2 GetAccount). CloudWatch's AWS/SES metrics count sends,
 * bounces and complaints but hold neither the quota nor the pause, so the re-send job reads them
 * here and logs them for a metric filter (infra/constructs/resend-job.ts).
 */
export const readSendingQuota = async (client: SESv2Client): Promise<SendingQuota> => {
  const account = await client.send(new GetAccountCommand({}));
  const max = account.SendQuota?.Max24HourSend ?? 0;
  const sent = account.SendQuota?.SentLast24Hours ?? 0;
  return {
    // A quota of -1 means unlimited.
    usedPercent: max > 0 ? Math.round((sent / max) * 1000) / 10 : 0,
    sendingEnabled: account.SendingEnabled !== false,
  };
};
