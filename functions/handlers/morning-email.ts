import { readRuntime } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { makeSesClient, SesNotifier } from '../email/ses-notifier.ts';
import { makeMorningEmailHandler } from '../my-work/send-morning-emails.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoStaffStore } from '../storage/dynamodb-staff-store.ts';
import { DynamoSubmissionStore } from '../storage/dynamodb-store.ts';
import { systemClock } from '../time/clock.ts';

// Created once per Lambda instance: configuration is checked and clients made at cold start.
const runtime = readRuntime();
const documents = makeDocumentClient(runtime);
const submissions = new DynamoSubmissionStore(documents, runtime.TABLE_NAME);
const staffTableName = process.env.STAFF_TABLE_NAME;
if (!staffTableName) throw new Error('STAFF_TABLE_NAME is not set');

/**
 * Lambda entry point for the weekday-morning schedule: emails each member who asked for it their
 * counts and follow-up references. Needs Query on the look-up index, Query of the staff table's
 * morning-email partition, and ses:SendEmail.
 */
export const handler = makeMorningEmailHandler({
  config: serviceConfig,
  byLookup: (key, options) => submissions.byLookup(key, options),
  choices: new DynamoStaffStore(documents, staffTableName),
  notifier: new SesNotifier(makeSesClient(runtime), serviceConfig.senderEmail, runtime.SES_CONFIGURATION_SET),
  now: systemClock,
  siteUrl: runtime.SITE_URL ?? serviceConfig.siteUrl,
});
