import { hashKeyOf, readRuntime } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { RESEND_POLICY } from '../contract/service-contract.ts';
import { readSendingQuota } from '../email/sending-quota.ts';
import { makeSesClient, SesNotifier } from '../email/ses-notifier.ts';
import { SesSuppressionList } from '../email/ses-suppression-list.ts';
import { FORMS } from '../forms/registry.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoConfirmationLimit } from '../storage/dynamodb-confirmation-limit.ts';
import { DynamoSubmissionStore } from '../storage/dynamodb-store.ts';
import { makeResendHandler } from './resend-waiting-app.ts';

const runtime = readRuntime();
const ses = makeSesClient(runtime);
const documents = makeDocumentClient(runtime);

/**
 * Lambda entry point for the re-send schedule: sends what the stream did not (RESEND_POLICY).
 * Needs Query on the by-form index, GetItem, UpdateItem of the sent and claim attributes, PutItem
 * of CONFIRM# items, ses:SendEmail, ses:GetSuppressedDestination and ses:GetAccount.
 */
export const handler = makeResendHandler({
  // Team emails link to the workspace at the site's public address, as the notifier's do.
  config: { ...serviceConfig, siteUrl: runtime.SITE_URL ?? serviceConfig.siteUrl },
  store: new DynamoSubmissionStore(documents, runtime.TABLE_NAME),
  notifier: new SesNotifier(ses, serviceConfig.senderEmail, runtime.SES_CONFIGURATION_SET),
  // The same confirmation rules as the notifier: one per address a day, none to a suppressed address.
  hashKey: hashKeyOf(runtime),
  limit: new DynamoConfirmationLimit(documents, runtime.TABLE_NAME),
  suppression: new SesSuppressionList(ses),
  forms: FORMS,
  policy: { ...RESEND_POLICY, afterMinutes: runtime.RESEND_AFTER_MINUTES ?? RESEND_POLICY.afterMinutes },
  quota: () => readSendingQuota(ses),
  now: () => new Date(),
});
