import { hashKeyOf, readRuntime } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { makeSesClient, SesNotifier } from '../email/ses-notifier.ts';
import { SesSuppressionList } from '../email/ses-suppression-list.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoConfirmationLimit } from '../storage/dynamodb-confirmation-limit.ts';
import { DynamoSubmissionStore } from '../storage/dynamodb-store.ts';
import { makeNotifyHandler } from './notify-app.ts';

const runtime = readRuntime();
const documents = makeDocumentClient(runtime);
const ses = makeSesClient(runtime);

/** Lambda entry point for the table's stream (INSERT of submissions, filtered by the event source). */
export const handler = makeNotifyHandler({
  // Team emails link to the workspace at the site's public address.
  config: { ...serviceConfig, siteUrl: runtime.SITE_URL ?? serviceConfig.siteUrl },
  store: new DynamoSubmissionStore(documents, runtime.TABLE_NAME),
  notifier: new SesNotifier(ses, serviceConfig.senderEmail, runtime.SES_CONFIGURATION_SET),
  // One confirmation per address a day (kept as a keyed hash) and none to a suppressed address.
  hashKey: hashKeyOf(runtime),
  limit: new DynamoConfirmationLimit(documents, runtime.TABLE_NAME),
  suppression: new SesSuppressionList(ses),
  now: () => new Date(),
});
