import { hashKeyOf, type Runtime } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { makeSesClient, SesNotifier } from '../email/ses-notifier.ts';
import { SesSuppressionList } from '../email/ses-suppression-list.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoConfirmationLimit } from '../storage/dynamodb-confirmation-limit.ts';
import { DynamoSubmissionStore } from '../storage/dynamodb-store.ts';
import { systemClock } from '../time/clock.ts';

/**
 * What every function that sends a submission's emails needs (the stream's notifier and the
 * re-send job), made once per Lambda instance so both send by the same rules: team emails link to
 * the workspace at the site's public address; one confirmation per address a day (kept as a keyed
 * hash) and none to a suppressed address.
 */
export const notificationDeps = (runtime: Runtime) => {
  const documents = makeDocumentClient(runtime);
  const ses = makeSesClient(runtime);
  return {
    ses,
    config: { ...serviceConfig, siteUrl: runtime.SITE_URL ?? serviceConfig.siteUrl },
    store: new DynamoSubmissionStore(documents, runtime.TABLE_NAME),
    notifier: new SesNotifier(ses, serviceConfig.senderEmail, runtime.SES_CONFIGURATION_SET),
    hashKey: hashKeyOf(runtime),
    limit: new DynamoConfirmationLimit(documents, runtime.TABLE_NAME),
    suppression: new SesSuppressionList(ses),
    now: systemClock,
  };
};
