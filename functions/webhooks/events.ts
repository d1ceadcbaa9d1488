import { createHash } from 'node:crypto';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { TABLE_SHAPE } from '../contract/tables.ts';
import { flagsOf } from '../forms/urgency.ts';
import type { AdditionKind } from '../returning/types.ts';
import type { WebhookEventType } from './event-types.ts';

/*
 * The events a team's case system can be told about (issue 24, event-types.ts). Each says what
 * happened to which reference, never what the person wrote: a receiver that wants the case fetches
 * it through the audited case API. A step (the ASB Case Review's clock too) is a `submission.updated`.
 */

/** What changed, for `submission.updated`: words, never the answers or the note. */
export type WebhookChange = 'addition' | 'contact' | 'withdrawal' | 'step';

/**
 * The payload, in Standard Webhooks' shape (type, timestamp, data) with the event id repeated from
 * the `webhook-id` header. `data` holds exactly these keys: nothing else of the record is read.
 */
export interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  /** ISO 8601, UTC: when the change was made (the stream record's time). */
  timestamp: string;
  data: {
    form: string;
    team: string;
    reference: string;
    /** Urgent labels only (act today), the form's own words; never other markers or answers. */
    urgent: string[];
    /** `submission.updated` only: what changed, in order. */
    changes?: WebhookChange[];
  };
}

type Image = Record<string, AttributeValue>;

const text = (value: AttributeValue | undefined): string | undefined => value?.S || undefined;
const texts = (value: AttributeValue | undefined): string[] =>
  (value?.L ?? []).flatMap((v) => (v.S ? [v.S] : [])).concat(value?.SS ?? []);
const listLength = (value: AttributeValue | undefined): number => value?.L?.length ?? 0;

const CHANGE_OF: Readonly<Record<AdditionKind, WebhookChange>> = {
  incident: 'addition',
  update: 'addition',
  evidence: 'addition',
  contact: 'contact',
  withdrawal: 'withdrawal',
};

/** The additions appended between the two images, as changes, with the urgent labels they call for. */
const newAdditions = (before: Image, after: Image): { changes: WebhookChange[]; urgent: string[] } => {
  const added = (after.additions?.L ?? []).slice(listLength(before.additions));
  return {
    changes: added.flatMap(({ M: a }) => {
      const kind = text(a?.kind) as AdditionKind | undefined;
      return kind && Object.hasOwn(CHANGE_OF, kind) ? [CHANGE_OF[kind]] : [];
    }),
    urgent: added.flatMap(({ M: a }) => texts(a?.urgent)),
  };
};

/** What a MODIFY changed that a case system cares about: not the notifier's own bookkeeping. */
const changesBetween = (before: Image, after: Image): { changes: WebhookChange[]; urgent: string[] } => {
  const additions = newAdditions(before, after);
  const stepped = listLength(after.steps) > listLength(before.steps) ? (['step'] as const) : [];
  return { changes: [...additions.changes, ...stepped], urgent: additions.urgent };
};

const isSubmission = (image: Image | undefined): image is Image =>
  text(image?.[TABLE_SHAPE.kindAttribute]) === TABLE_SHAPE.kinds.submission;

const wasSuspected = (image: Image | undefined): boolean =>
  text(image?.[TABLE_SHAPE.kindAttribute]) === TABLE_SHAPE.kinds.suspected;

/**
 * The same stream record always gives the same id, so a record the stream hands over again is the
 * same event to a receiver deduplicating by `webhook-id` (Standard Webhooks' advice).
 */
export const eventIdOf = (streamEventId: string, type: WebhookEventType): string =>
  `msg_${createHash('sha256').update(`${streamEventId}:${type}`).digest('base64url').slice(0, 27)}`;

const timeOf = (record: DynamoDBRecord, now: () => Date): string => {
  const seconds = record.dynamodb?.ApproximateCreationDateTime;
  return (typeof seconds === 'number' ? new Date(seconds * 1000) : now()).toISOString();
};

const build = (
  record: DynamoDBRecord & { eventID: string },
  type: WebhookEventType,
  image: Image,
  now: () => Date,
  extra: { changes?: WebhookChange[]; urgent?: string[] } = {},
): WebhookEvent | undefined => {
  const [form, team, reference] = [text(image.formId), text(image.team), text(image.reference)];
  if (!form || !team || !reference) return undefined;
  const urgent = [...new Set([...flagsOf({ urgent: texts(image.urgent) }).urgent, ...(extra.urgent ?? [])])];
  return {
    id: eventIdOf(record.eventID, type),
    type,
    timestamp: timeOf(record, now),
    data: { form, team, reference, urgent, ...(extra.changes ? { changes: extra.changes } : {}) },
  };
};

/**
 * The event a stream record means, if any: a new submission (or a suspected one released) is
 * received; an addition, a change of safe contact, a withdrawal or a step is an update; a removal
 * (erased by staff, or deleted at the end of its retention) is erased. Suspected submissions,
 * guards and the service's other items mean nothing to a team's case system.
 */
export const eventOf = (record: DynamoDBRecord, now: () => Date): WebhookEvent | undefined => {
  const { eventID } = record;
  if (!eventID) return undefined;
  const withId = { ...record, eventID };
  const before = record.dynamodb?.OldImage as Image | undefined;
  const after = record.dynamodb?.NewImage as Image | undefined;
  switch (record.eventName) {
    case 'INSERT':
      return isSubmission(after) ? build(withId, 'submission.received', after, now) : undefined;
    case 'MODIFY': {
      if (!isSubmission(after)) return undefined;
      if (wasSuspected(before)) return build(withId, 'submission.received', after, now);
      if (!isSubmission(before)) return undefined;
      const { changes, urgent } = changesBetween(before, after);
      return changes.length > 0
        ? build(withId, 'submission.updated', after, now, { changes, urgent })
        : undefined;
    }
    case 'REMOVE':
      return isSubmission(before) ? build(withId, 'submission.erased', before, now) : undefined;
    default:
      return undefined;
  }
};
