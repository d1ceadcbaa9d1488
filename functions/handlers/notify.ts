import { readRuntime } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { makeSesClient, SesNotifier } from '../email/ses-notifier.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoSubmissionStore } from '../storage/dynamodb-store.ts';
import { makeNotifyHandler } from './notify-app.ts';

const runtime = readRuntime();

/** Lambda entry point for the table's stream (INSERT of submissions, filtered by the event source). */
export const handler = makeNotifyHandler({
  // Team emails link to the workspace at the site's public address.
  config: { ...serviceConfig, siteUrl: runtime.SITE_URL ?? serviceConfig.siteUrl },
  store: new DynamoSubmissionStore(makeDocumentClient(runtime), runtime.TABLE_NAME),
  notifier: new SesNotifier(makeSesClient(runtime), serviceConfig.senderEmail, runtime.SES_CONFIGURATION_SET),
  now: () => new Date(),
});
