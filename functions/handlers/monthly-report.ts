import { readRuntime } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { makeSesClient, SesNotifier } from '../email/ses-notifier.ts';
import { makeMonthlyReportHandler } from '../reporting/send-monthly-reports.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoSubmissionStore } from '../storage/dynamodb-store.ts';
import { systemClock } from '../time/clock.ts';

// Created once per Lambda instance: configuration is checked and clients made at cold start.
const runtime = readRuntime();

/**
 * Lambda entry point for the monthly EventBridge schedule: emails each team last calendar month's
 * outcome summary (aggregates only). Needs Query on the table's byFormAndDate index and ses:SendEmail.
 */
export const handler = makeMonthlyReportHandler({
  config: serviceConfig,
  store: new DynamoSubmissionStore(makeDocumentClient(runtime), runtime.TABLE_NAME),
  notifier: new SesNotifier(makeSesClient(runtime), serviceConfig.senderEmail, runtime.SES_CONFIGURATION_SET),
  now: systemClock,
});
