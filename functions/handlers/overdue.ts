import { readRuntime } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { OVERDUE_METRIC } from '../contract/overdue-metric.ts';
import { makeSesClient, SesNotifier } from '../email/ses-notifier.ts';
import { makeOverdueHandler } from '../progress/send-overdue.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoTeamCases } from '../storage/team-cases.ts';
import { systemClock } from '../time/clock.ts';

// Created once per Lambda instance: configuration is checked and clients made at cold start.
const runtime = readRuntime();

/**
 * Lambda entry point for the weekday-morning EventBridge schedule: emails each team the references
 * past their first-contact target. Needs Query on the table's by-team index and ses:SendEmail.
 */
export const handler = makeOverdueHandler({
  config: serviceConfig,
  cases: new DynamoTeamCases(makeDocumentClient(runtime), runtime.TABLE_NAME),
  notifier: new SesNotifier(makeSesClient(runtime), serviceConfig.senderEmail, runtime.SES_CONFIGURATION_SET),
  now: systemClock,
  siteUrl: runtime.SITE_URL ?? serviceConfig.siteUrl,
  namespace: process.env[OVERDUE_METRIC.environmentVariable] ?? OVERDUE_METRIC.defaultNamespace,
});
