import type { ServiceConfig } from '../config/schema.ts';
import { caseReview } from '../forms/case-review.ts';
import { options } from '../forms/common-questions.ts';
import type { FieldError } from '../forms/field-error.ts';
import type { RawFields } from '../forms/normalise.ts';
import { validateAnswers } from '../forms/validate.ts';
import { findTokensOf } from '../search/tokens.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { idempotencyKeyFor } from '../submissions/idempotency.ts';
import { buildRecord } from '../submissions/record.ts';
import { newReference } from '../submissions/reference.ts';
import { londonDay } from '../time/london.ts';

/**
 * Staff enter an ASB Case Review application for the person (the statutory guidance: more than one
 * way to apply, not only online), through the same definition and rules as the public form, and
 * the record says how it came in and who entered it.
 */
export const CHANNEL_FIELD = 'channel';

export const CHANNELS = options(['phone', 'By phone'], ['paper', 'On paper'], ['in-person', 'In person']);

export interface EnterDeps {
  config: ServiceConfig;
  store: Pick<SubmissionStore, 'saveNew'>;
  now: () => Date;
  hashKey: Buffer;
}

export type EnterOutcome =
  | { kind: 'entered'; reference: string; duplicate: boolean; channel: string }
  | { kind: 'invalid'; errors: FieldError[] };

const channelOf = (fields: RawFields): string | undefined => {
  const value = fields[CHANNEL_FIELD];
  return typeof value === 'string' && CHANNELS.some((c) => c.value === value) ? value : undefined;
};

/** Validate as the public form does (and the channel), then store it as the person's application. */
export const enterApplication = async (
  fields: RawFields,
  by: { sub: string; name: string },
  deps: EnterDeps,
): Promise<EnterOutcome> => {
  const now = deps.now();
  const channel = channelOf(fields);
  const validation = validateAnswers(caseReview, fields, londonDay(now));
  const errors = [
    ...(channel ? [] : [{ field: CHANNEL_FIELD, message: 'Select how the application was made' }]),
    ...(validation.ok ? [] : validation.errors),
  ];
  if (!channel || !validation.ok) return { kind: 'invalid', errors };
  const { answers } = validation;
  const saved = await deps.store.saveNew(
    caseReview.id,
    // A second click of Send by the same member is one application, as a person's double click is.
    idempotencyKeyFor(fields, answers, `staff:${by.sub}`, deps.hashKey),
    () => ({
      ...buildRecord(caseReview, deps.config, answers, newReference(caseReview.referencePrefix), now),
      entered: { channel, by: by.sub, byName: by.name },
    }),
    (record) => findTokensOf(caseReview, record.team, record.answers, deps.hashKey),
  );
  return { kind: 'entered', reference: saved.reference, duplicate: saved.duplicate, channel };
};
