/** Part of the service contract (service-contract.ts): the stream to the notifier. */

import { TABLE_SHAPE } from './tables.ts';

/** The event source mapping's filter: only inserted submissions reach the notifier. */
export const NOTIFY_FILTER = {
  eventName: 'INSERT',
  attribute: TABLE_SHAPE.kindAttribute,
  value: TABLE_SHAPE.kinds.submission,
} as const;

/**
 * The erased-tally mapping's filter: only removed submissions (erased, or deleted by TTL) reach the
 * tally counter; guards, suspected submissions and the tally's own markers are left out.
 */
export const TALLY_FILTER = {
  eventName: 'REMOVE',
  attribute: TABLE_SHAPE.kindAttribute,
  value: TABLE_SHAPE.kinds.submission,
} as const;

type Image =
  | Record<string, { S?: string | undefined; L?: unknown[] | undefined; N?: string | undefined } | undefined>
  | undefined;

/** A stream record as both Lambda's event and the SDK's stream client describe it. */
interface StreamRecordLike {
  eventName?: string | undefined;
  dynamodb?: { NewImage?: Image; OldImage?: Image } | undefined;
}

/** True when a stream record passes TALLY_FILTER (the twin's poller and the handler apply it). */
export const passesTallyFilter = (record: StreamRecordLike): boolean =>
  record.eventName === TALLY_FILTER.eventName &&
  record.dynamodb?.OldImage?.[TALLY_FILTER.attribute]?.S === TALLY_FILTER.value;

/** True when a stream record passes NOTIFY_FILTER (the twin's poller and the handler apply it). */
export const passesNotifyFilter = (record: StreamRecordLike): boolean =>
  record.eventName === NOTIFY_FILTER.eventName &&
  record.dynamodb?.NewImage?.[NOTIFY_FILTER.attribute]?.S === NOTIFY_FILTER.value;

// Slice 21-team: what a person adds after sending reaches the notifier too.
/**
 * The notifier's second filter: a changed submission. Lambda's filter cannot compare the old image
 * with the new, so it lets every MODIFY of a submission through and the handler keeps only those
 * passesUpdateFilter takes; the notifier's own marks (its claim, "sent") are MODIFYs it then drops.
 */
export const NOTIFY_UPDATE_FILTER = {
  eventName: 'MODIFY',
  attribute: TABLE_SHAPE.kindAttribute,
  value: TABLE_SHAPE.kinds.submission,
} as const;

/** How many additions an image holds (the record's `additions` list). */
const additionsIn = (image: Image): number => image?.additions?.L?.length ?? 0;

/** Slice 23: how many letters to a Case Review applicant an image holds (the record's `letters`). */
const lettersIn = (image: Image): number => image?.letters?.L?.length ?? 0;

/**
 * True for the MODIFYs the notifier takes: a submission that gained an addition (the team's
 * "An update to …" email), or whose caseReviewNoticeAt was newly set (the person's Case Review
 * notice email), or a Case Review application that gained a letter (emailed when kept for email,
 * slice 23). Any other change to a case (steps, notes, the notifier's own marks) is not its.
 */
export const passesUpdateFilter = (record: StreamRecordLike): boolean => {
  const { NewImage, OldImage } = record.dynamodb ?? {};
  return (
    record.eventName === NOTIFY_UPDATE_FILTER.eventName &&
    NewImage?.[NOTIFY_UPDATE_FILTER.attribute]?.S === NOTIFY_UPDATE_FILTER.value &&
    (additionsIn(NewImage) > additionsIn(OldImage) ||
      lettersIn(NewImage) > lettersIn(OldImage) ||
      (Boolean(NewImage?.caseReviewNoticeAt?.S) && !OldImage?.caseReviewNoticeAt?.S))
  );
};

/**
 * The attributes the notifier writes about additions, beside its marks for the first emails: how
 * many additions the team was told of and when, and the Case Review notice sent or withheld. Its
 * IAM policy lets it update these and no others.
 */
export const NOTIFIER_UPDATE_MARKS = [
  'additionsNotified',
  'updateNotifiedAt',
  'caseReviewNoticeSentAt',
  'caseReviewNoticeWithheldAt',
  // Slice 23: how many of a Case Review applicant's letters it has dealt with.
  'lettersEmailed',
] as const;

/**
 * A note that a case owes its team an update email: written by the notifier as it takes an
 * addition from the stream, taken off once it has sent. The re-send job finds the notes still
 * there (the look-up index's key UPDATE-DUE, older than RESEND_POLICY.afterMinutes) and sends them,
 * as it does new submissions: it cannot find them by the received date, which may be long before.
 * One item per case (pk UPDATE-DUE#{reference}, no formId or team, so in no other index), holding
 * the reference only; taking it off drops its look-up key (so the notifier needs PutItem only),
 * and it expires after `keepDays`.
 */
export const UPDATE_DUE = {
  prefix: 'UPDATE-DUE#',
  kind: 'update-due',
  lookup: 'UPDATE-DUE',
  keepDays: 15,
} as const;

/** Every stream record the notifier takes: a new submission, or an update to one. */
export const notifierTakes = (record: StreamRecordLike): boolean =>
  passesNotifyFilter(record) || passesUpdateFilter(record);

/**
 * How stream records reach the notifier, shared by the CDK event source mapping and the local
 * twin's stream poller so both retry the same way. A stream mapping retries at once, with no
 * backoff (neither Lambda nor CDK offers one), so it only rides out blips: the SES client already
 * backs off within each try (functions/email/ses-notifier.ts). A record still failing after these
 * retries, or older than an hour, is parked (SQS on AWS) and the re-send job (RESEND_POLICY) sends
 * it a few minutes later, and again every few minutes until it goes: that is the backoff. Bisecting
 * a failing batch retries the failing half apart from the rest.
 */
export interface DeliveryPolicy {
  batchSize: number;
  retryAttempts: number;
  maxRecordAgeSeconds: number;
  bisectBatchOnError: boolean;
  startingPosition: 'TRIM_HORIZON' | 'LATEST';
}

export const NOTIFY_DELIVERY = {
  batchSize: 10,
  retryAttempts: 3,
  maxRecordAgeSeconds: 60 * 60,
  bisectBatchOnError: true,
  /** Where a new mapping starts reading: the oldest record the stream still holds. */
  startingPosition: 'TRIM_HORIZON',
} as const;

/**
 * How removals reach the tally counter. Counting is one small conditional write, so a failure is
 * DynamoDB throttling or an outage: it retries for as long as the stream keeps the record (24
 * hours) before parking it, since a record given up on is a figure lost from a past month's report.
 */
export const TALLY_DELIVERY = {
  batchSize: 25,
  retryAttempts: 100,
  maxRecordAgeSeconds: 24 * 60 * 60,
  bisectBatchOnError: true,
  startingPosition: 'TRIM_HORIZON',
} as const satisfies DeliveryPolicy;

/**
 * How long one sender (the stream's notifier or the re-send job) holds a record while it sends
 * its emails (notifySubmission). Longer than sending one record can take (two emails, each at most
 * about 21 s by SES_CLIENT_POLICY, and three writes), so no one else sends while the holder is
 * still at it; short enough that a holder that died is replaced within one run of the job.
 */
export const SENDING_CLAIM_SECONDS = 180;

/**
 * The re-send job (functions/notify/resend-waiting.ts): on AWS an EventBridge schedule, in the
 * twin an interval. Every `everyMinutes` it sends, as the stream would, each submission created
 * in the last `lookbackDays` that has waited over `afterMinutes` for its team email or a due
 * confirmation. `lookbackDays` matches the stream failure queue's 14 days and bounds the read;
 * a run stops starting records after `maxFailuresPerRun` failures (SES is likely down: the next
 * run tries again) or when `stopWithSecondsLeft` of its time remain.
 */
export const RESEND_POLICY = {
  everyMinutes: 5,
  afterMinutes: 10,
  lookbackDays: 14,
  maxFailuresPerRun: 3,
  stopWithSecondsLeft: 60,
  /** The alarm: a submission has waited this long for an email. */
  alarmAfterMinutes: 60,
  /** The alarm: this share of SES's 24-hour sending quota is used. */
  quotaAlarmPercent: 80,
} as const;

/**
 * Issue 22: what reaches the file processing function from the stream (its other trigger is the
 * scan result): new upload claims, to process; and removed submissions that had files (erased by
 * anyone, or expired by TTL), whose every object it then deletes, so retention takes the files too.
 */
export const FILES_FILTER = {
  eventName: 'INSERT',
  attribute: TABLE_SHAPE.kindAttribute,
  value: TABLE_SHAPE.kinds.uploadClaim,
} as const;

export const FILES_REMOVAL_FILTER = {
  eventName: 'REMOVE',
  attribute: TABLE_SHAPE.kindAttribute,
  values: [TABLE_SHAPE.kinds.submission, TABLE_SHAPE.kinds.suspected],
  /** Only records that had files: the mapping filters on this attribute's presence. */
  filesAttribute: 'files',
} as const;

type FilesImage =
  | Record<string, { S?: string | undefined; L?: unknown[] | undefined } | undefined>
  | undefined;

/** A new upload claim (FILES_FILTER). */
export const isNewClaim = (record: StreamRecordLike): boolean =>
  record.eventName === FILES_FILTER.eventName &&
  record.dynamodb?.NewImage?.[FILES_FILTER.attribute]?.S === FILES_FILTER.value;

/** A removed submission that had files (FILES_REMOVAL_FILTER). */
export const isRemovalWithFiles = (record: StreamRecordLike): boolean => {
  const old = record.dynamodb?.OldImage as FilesImage;
  return (
    record.eventName === FILES_REMOVAL_FILTER.eventName &&
    (FILES_REMOVAL_FILTER.values as readonly (string | undefined)[]).includes(
      old?.[FILES_REMOVAL_FILTER.attribute]?.S,
    ) &&
    Array.isArray(old?.[FILES_REMOVAL_FILTER.filesAttribute]?.L)
  );
};

/** True when a stream record is for file processing (the twin's poller and the handler apply it). */
export const passesFilesFilter = (record: StreamRecordLike): boolean =>
  isNewClaim(record) || isRemovalWithFiles(record);

/**
 * How claims reach file processing: a file that fails (S3 or DynamoDB unavailable) is tried again
 * for an hour; one still failing is parked and stays "still being checked", which alarms.
 */
export const FILES_DELIVERY = {
  batchSize: 5,
  retryAttempts: 10,
  maxRecordAgeSeconds: 60 * 60,
  bisectBatchOnError: true,
  startingPosition: 'TRIM_HORIZON',
} as const satisfies DeliveryPolicy;
