import { readRuntime } from '../config/runtime.ts';
import { RESEND_POLICY } from '../contract/service-contract.ts';
import { readSendingQuota } from '../email/sending-quota.ts';
import { FORMS } from '../forms/registry.ts';
import { notificationDeps } from './notification-deps.ts';
import { makeResendHandler } from './resend-waiting-app.ts';

const runtime = readRuntime();
const deps = notificationDeps(runtime);

/**
 * Lambda entry point for the re-send schedule: sends what the stream did not (RESEND_POLICY).
 * Needs Query on the by-form index, GetItem, UpdateItem of the sent and claim attributes, PutItem
 * of CONFIRM# items, ses:SendEmail, ses:GetSuppressedDestination and ses:GetAccount.
 */
export const handler = makeResendHandler({
  ...deps,
  forms: FORMS,
  policy: { ...RESEND_POLICY, afterMinutes: runtime.RESEND_AFTER_MINUTES ?? RESEND_POLICY.afterMinutes },
  quota: () => readSendingQuota(deps.ses),
});
