/**
 * The events a team's case system can be told about (issue 24), apart from events.ts so the
 * configuration's schema (in every function) takes the names alone.
 */
export const WEBHOOK_EVENT_TYPES = [
  'submission.received',
  'submission.updated',
  'submission.erased',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
