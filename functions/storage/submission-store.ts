import type { LetterEntry } from '../case-review/letter-entry.ts';
import type { FollowUp } from '../progress/types.ts';
import type { ErasedTally } from '../reporting/erased-tally.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import type { DateRange } from '../time/date-range.ts';
import type { FindQuery } from './find-tokens.ts';
import type { InboxRow } from './inbox-query.ts';
import type { LookupRow, LookupSummary } from './lookup-query.ts';
import type { ProgressChange, ProgressWriteResult } from './progress-write.ts';
import type { QueryOptions } from './query-by-form.ts';
import type { TimelineAppend } from './timeline-write.ts';

export type { LookupRow, LookupSummary, ProgressChange, ProgressWriteResult, QueryOptions, TimelineAppend };

export interface SaveResult {
  reference: string;
  /** True when the idempotency key was seen before: the earlier reference is returned, nothing new stored. */
  duplicate: boolean;
}

/** Identifies one attempt at a submission, so retries and double clicks store it once. */
export interface IdempotencyKey {
  /** A hash of the page's token, or of the answers when the page sent none. */
  hash: string;
  /** How long the key protects against repeats. */
  windowSeconds: number;
}

/**
 * When an email went, or (confirmationWithheldAt) when a due confirmation was decided against: the
 * address is on SES's suppression list, or it had one from another submission within a day.
 */
export type SentField =
  | 'teamNotifiedAt'
  | 'confirmationSentAt'
  | 'confirmationWithheldAt'
  // Slice 21-team: the person's Case Review notice email.
  | 'caseReviewNoticeSentAt'
  | 'caseReviewNoticeWithheldAt'
  // Slice 23-case-review: every partner body told of a Case Review application.
  | 'partnersNotifiedAt';

/** What an erasure removed: whether the record was still there, how many guard items and confirmation claims. */
export interface Erased {
  record: boolean;
  guards: number;
  claims: number;
}

/** Where submissions live. The DynamoDB adapter serves AWS and DynamoDB Local alike. */
export interface SubmissionStore {
  /**
   * Stores a new submission durably, with an item for each of its search tokens (findTokens), or
   * returns the earlier reference for a repeated key. Each of the record's `files` is claimed in
   * the same transaction (one claim per upload, ever): an upload already claimed throws
   * UploadTaken and nothing is stored.
   */
  saveNew(
    formId: string,
    key: IdempotencyKey,
    makeRecord: (attempt: number) => SubmissionRecord,
    findTokens?: (record: SubmissionRecord) => readonly string[],
  ): Promise<SaveResult>;
  /** The live submissions that search tokens find, as inbox rows (a Query on the look-up index). */
  findCases(query: FindQuery): Promise<InboxRow[]>;
  /** A submission (not one kept apart as suspected) by its reference. */
  get(reference: string): Promise<SubmissionRecord | undefined>;
  /**
   * Records a step (and/or an assignment) in one conditional write; 'changed' when the record is
   * no longer as it was read (someone else recorded first, or it was erased).
   */
  writeProgress(reference: string, change: ProgressChange): Promise<ProgressWriteResult>;
  /**
   * Adds a contact attempt or note to the timeline, with no condition on its length, so two people
   * logging at once both keep theirs; with first contact, the step's condition too. 'changed'
   * when the record is gone, or the steps moved on.
   */
  appendTimeline(reference: string, change: TimelineAppend): Promise<ProgressWriteResult>;
  /** Sets (or, undefined, clears) a case's follow-up in one write; 'gone' when it was erased meanwhile. */
  setFollowUp(reference: string, followUp: FollowUp | undefined): Promise<'saved' | 'gone'>;
  /** Slice 23-case-review: keeps a letter sent to the applicant on the case; 'gone' when it was erased. */
  appendLetter(reference: string, letter: LetterEntry): Promise<'saved' | 'gone'>;
  /**
   * The open cases under one look-up key (lookup-keys.ts): the oldest `limit`, those with a
   * follow-up due by `dueBy` and how many, from Queries on the look-up index.
   */
  byLookup(key: string, options: { liveAt: Date; limit: number; dueBy: string }): Promise<LookupSummary>;
  /** A submission kept apart as suspected of coming from a bot, by its reference. */
  getSuspected(reference: string): Promise<SubmissionRecord | undefined>;
  /**
   * Makes a suspected submission an ordinary one, kept until `expiresAt` (its form's retention).
   * Returns the released record, or undefined when there is no suspected one by that reference.
   */
  release(reference: string, expiresAt: number): Promise<SubmissionRecord | undefined>;
  /** Records that an email went out; a no-op if the record has been erased meanwhile. */
  markSent(reference: string, field: SentField, at: Date): Promise<void>;
  /**
   * Records that the team has been emailed about the first `count` additions (slice 21-team);
   * never lowers the count, and a no-op if the record has been erased meanwhile.
   */
  markUpdatesNotified(reference: string, count: number, at: Date): Promise<void>;
  /** Slice 23: how many of a Case Review's letters the notifier has dealt with; never lowers it. */
  markLettersEmailed(reference: string, count: number): Promise<void>;
  /**
   * Notes that the case owes its team an update email (`due`), or takes the note off once sent
   * (slice 21-team, contract/stream.ts UPDATE_DUE): the re-send job finds the notes left.
   */
  noteUpdateDue(reference: string, at: Date, due: boolean): Promise<void>;
  /** The cases whose update email has been due since before `before` (the re-send job's). */
  updatesDue(before: Date): Promise<string[]>;
  /**
   * Takes the right to send a record's emails until `until`, unless another sender (the stream's
   * notifier or the re-send job) holds it now. False when held, or when the record is gone.
   */
  claimSending(reference: string, now: Date, until: Date): Promise<boolean>;
  /** Gives the claim back early (after a failed send), so a retry need not wait for it to lapse. */
  releaseSending(reference: string): Promise<void>;
  /** One form's submissions in a date range, oldest first, a page at a time (a Query on the by-form index). */
  queryByForm<T = SubmissionRecord>(
    formId: string,
    range: DateRange,
    options?: QueryOptions,
  ): AsyncGenerator<T[]>;
  /** The same, all in one list (for lists and reports, not for big exports). */
  allByForm<T = SubmissionRecord>(formId: string, range: DateRange, options?: QueryOptions): Promise<T[]>;
  /** The anonymous tallies of submissions erased or expired, for each received month (YYYY-MM) that has one. */
  erasedTallies(months: readonly string[]): Promise<ErasedTally[]>;
}

/**
 * What removes submissions: erasure (people's right, from the operator tools and the workspace)
 * and the twin's TTL sweep. Apart from the store, so the functions that never delete do not carry it.
 */
export interface SubmissionRemoval {
  /** The duplicate-guard items that name a reference (for a record already gone, or one without guardPk). */
  findGuardKeys(reference: string): Promise<string[]>;
  /** The address hashes of the confirmation claims a reference holds (a Scan: for the operator tools). */
  findConfirmationClaims(reference: string): Promise<string[]>;
  /**
   * Erases a submission, its guard items and its confirmation claims (by address hash): those
   * first, so a half-done erasure can be run again.
   */
  erase(reference: string, guardKeys: readonly string[], claimHashes?: readonly string[]): Promise<Erased>;
  /** Deletes every item past its TTL (the local twin's stand-in for DynamoDB's TTL). Returns the count. */
  sweepExpired(now: Date): Promise<number>;
}
