import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LetterEntry } from '../case-review/letter-entry.ts';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { FollowUp } from '../progress/types.ts';
import type { ErasedTally } from '../reporting/erased-tally.ts';
import type { AdditionChange } from '../returning/actions.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import type { DateRange } from '../time/date-range.ts';
import { appendAddition } from './addition-write.ts';
import { isConditionFailure } from './condition-failure.ts';
import { readErasedTallies } from './erased-tallies.ts';
import { type FindQuery, findCases, findTokenItems } from './find-tokens.ts';
import { writeFollowUp } from './follow-up-write.ts';
import { appendLetter } from './letter-write.ts';
import { lookupSummary } from './lookup-query.ts';
import { type ProgressChange, writeProgress } from './progress-write.ts';
import { allByForm, type QueryOptions, queryByForm } from './query-by-form.ts';
import type { IdempotencyKey, SaveResult, SentField, SubmissionStore } from './submission-store.ts';
import { TableAdapter } from './table-adapter.ts';
import { appendTimeline, type TimelineAppend } from './timeline-write.ts';
import { queryUpdatesDue, writeUpdateDue } from './update-due.ts';
import { claimItems, UploadTaken } from './upload-claims.ts';

const {
  partitionKey: PK,
  kindAttribute: KIND,
  kinds,
  referenceAttribute: REFERENCE,
  timeToLiveAttribute: TTL,
  sendingClaimAttribute: CLAIM,
} = TABLE_SHAPE;

const MAX_ATTEMPTS = 5;

export const guardKey = (formId: string, hash: string): string => `GUARD#${formId}#${hash}`;

/** A duplicate guard: names the submission it guards, and expires after the key's window. */
const guardItem = (pk: string, reference: string, expiresAt: number) => ({
  [PK.name]: pk,
  [KIND]: kinds.guard,
  [REFERENCE]: reference,
  [TTL]: expiresAt,
});

type GuardItem = ReturnType<typeof guardItem>;

const reasonCodes = (error: unknown): (string | undefined)[] =>
  error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []).map((r) => r.Code) : [];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class DynamoSubmissionStore extends TableAdapter implements SubmissionStore {
  /**
   * Writes the guard item, the submission and its search token items in one transaction: all or
   * none. A live guard means a repeat (return its reference); a taken reference means a collision
   * (try a new one).
   */
  async saveNew(
    formId: string,
    key: IdempotencyKey,
    makeRecord: (attempt: number) => SubmissionRecord,
    findTokens: (record: SubmissionRecord) => readonly string[] = () => [],
  ): Promise<SaveResult> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const nowSeconds = Math.floor(this.clock().getTime() / 1000);
      const guardPk = guardKey(formId, key.hash);
      // The record does not name its guard: the guard lives a day at most, and one left by an
      // erased record is overwritten (below) rather than answered from.
      const made = makeRecord(attempt);
      const tokens = findTokenItems(made, findTokens(made));
      // The record lists its token items, so erasure removes them with it.
      const record = tokens.length > 0 ? { ...made, findKeys: tokens.map((t) => String(t[PK.name])) } : made;
      const guard = guardItem(guardPk, record.reference, nowSeconds + key.windowSeconds);
      const claims = claimItems(record, record.files ?? []);
      try {
        await this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: this.tableName,
                  Item: guard,
                  // An expired guard (TTL not yet swept) no longer counts.
                  ConditionExpression: 'attribute_not_exists(#pk) OR #expires < :now',
                  ExpressionAttributeNames: { '#pk': PK.name, '#expires': TTL },
                  ExpressionAttributeValues: { ':now': nowSeconds },
                },
              },
              {
                Put: {
                  TableName: this.tableName,
                  Item: record,
                  ConditionExpression: 'attribute_not_exists(#pk)',
                  ExpressionAttributeNames: { '#pk': PK.name },
                },
              },
              ...claims.map((Item) => ({
                Put: {
                  TableName: this.tableName,
                  Item,
                  // One claim per upload, ever: another submission's ticket for it is refused.
                  ConditionExpression: 'attribute_not_exists(#pk)',
                  ExpressionAttributeNames: { '#pk': PK.name },
                },
              })),
              ...tokens.map((Item) => ({ Put: { TableName: this.tableName, Item } })),
            ],
          }),
        );
        return { reference: record.reference, duplicate: false };
      } catch (error) {
        const [guardCode, recordCode, ...rest] = reasonCodes(error);
        if (guardCode === 'ConditionalCheckFailed') {
          const existing = await this.readGuard(guardPk);
          if (existing && (await this.get(existing[REFERENCE])))
            return { reference: existing[REFERENCE], duplicate: true };
          if (existing) await this.dropGuard(guardPk, existing[REFERENCE]); // Its record was erased.
        } else if (rest.slice(0, claims.length).includes('ConditionalCheckFailed')) {
          throw new UploadTaken();
        } else if (recordCode === 'ConditionalCheckFailed') {
          // Reference collision: loop with a new one.
        } else if (guardCode === 'TransactionConflict' || recordCode === 'TransactionConflict') {
          await pause(20 * (attempt + 1)); // A concurrent twin of this request: let it land, then read its guard.
        } else {
          throw error;
        }
      }
    }
    throw new Error('Could not store the submission after several attempts');
  }

  async get(reference: string): Promise<SubmissionRecord | undefined> {
    return this.getKind(reference, kinds.submission);
  }

  async getSuspected(reference: string): Promise<SubmissionRecord | undefined> {
    return this.getKind(reference, kinds.suspected);
  }

  async release(reference: string, expiresAt: number): Promise<SubmissionRecord | undefined> {
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [PK.name]: reference },
          UpdateExpression: 'SET #kind = :submission, #expires = :expires REMOVE #because',
          ConditionExpression: '#kind = :suspected',
          ExpressionAttributeNames: { '#kind': KIND, '#expires': TTL, '#because': 'suspectedBecause' },
          ExpressionAttributeValues: {
            ':submission': kinds.submission,
            ':suspected': kinds.suspected,
            ':expires': expiresAt,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes as SubmissionRecord;
    } catch (error) {
      if (isConditionFailure(error)) return undefined; // None, or released already.
      throw error;
    }
  }

  private async getKind(reference: string, kind: string): Promise<SubmissionRecord | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { [PK.name]: reference }, ConsistentRead: true }),
    );
    return Item?.[KIND] === kind ? (Item as SubmissionRecord) : undefined;
  }

  async markSent(reference: string, field: SentField, at: Date): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [PK.name]: reference },
          UpdateExpression: 'SET #field = :at',
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#field': field, '#pk': PK.name },
          ExpressionAttributeValues: { ':at': at.toISOString() },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error; // Erased meanwhile: nothing to mark.
    }
  }

  /** Slice 21-team: the count only rises, so a slower sender finishing late cannot lower it. */
  async markUpdatesNotified(reference: string, count: number, at: Date): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [PK.name]: reference },
          UpdateExpression: 'SET #count = :count, #at = :at',
          ConditionExpression: 'attribute_exists(#pk) AND (attribute_not_exists(#count) OR #count < :count)',
          ExpressionAttributeNames: {
            '#count': 'additionsNotified',
            '#at': 'updateNotifiedAt',
            '#pk': PK.name,
          },
          ExpressionAttributeValues: { ':count': count, ':at': at.toISOString() },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error; // Erased meanwhile, or already marked as far.
    }
  }

  async markLettersEmailed(reference: string, count: number): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [PK.name]: reference },
          UpdateExpression: 'SET #count = :count',
          ConditionExpression: 'attribute_exists(#pk) AND (attribute_not_exists(#count) OR #count < :count)',
          ExpressionAttributeNames: { '#count': 'lettersEmailed', '#pk': PK.name },
          ExpressionAttributeValues: { ':count': count },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error; // Erased meanwhile, or already marked as far.
    }
  }

  async noteUpdateDue(reference: string, at: Date, due: boolean): Promise<void> {
    await writeUpdateDue(this.client, this.tableName, reference, at, due);
  }

  updatesDue(before: Date) {
    return queryUpdatesDue(this.client, this.tableName, before);
  }

  writeProgress(reference: string, change: ProgressChange) {
    return writeProgress(this.client, this.tableName, reference, change);
  }

  appendTimeline(reference: string, change: TimelineAppend) {
    return appendTimeline(this.client, this.tableName, reference, change);
  }

  appendLetter(reference: string, letter: LetterEntry) {
    return appendLetter(this.client, this.tableName, reference, letter);
  }

  setFollowUp(reference: string, followUp: FollowUp | undefined) {
    return writeFollowUp(this.client, this.tableName, reference, followUp);
  }

  /** A returning person's addition (ReturningStore, issue 21); 'gone' when erased or expired meanwhile. */
  appendAddition(reference: string, change: AdditionChange) {
    return appendAddition(this.client, this.tableName, reference, change);
  }

  byLookup(key: string, options: { liveAt: Date; limit: number; dueBy: string }) {
    return lookupSummary(this.client, this.tableName, key, options);
  }

  async claimSending(reference: string, now: Date, until: Date): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [PK.name]: reference },
          UpdateExpression: 'SET #claim = :until',
          // ISO 8601 UTC strings sort as the times they name.
          ConditionExpression: 'attribute_exists(#pk) AND (attribute_not_exists(#claim) OR #claim < :now)',
          ExpressionAttributeNames: { '#claim': CLAIM, '#pk': PK.name },
          ExpressionAttributeValues: { ':until': until.toISOString(), ':now': now.toISOString() },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async releaseSending(reference: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [PK.name]: reference },
          UpdateExpression: 'REMOVE #claim',
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#claim': CLAIM, '#pk': PK.name },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error; // Erased meanwhile: nothing to release.
    }
  }

  queryByForm<T = SubmissionRecord>(formId: string, range: DateRange, options?: QueryOptions) {
    return queryByForm<T>(this.client, this.tableName, formId, range, options);
  }

  allByForm<T = SubmissionRecord>(formId: string, range: DateRange, options?: QueryOptions) {
    return allByForm<T>(this.client, this.tableName, formId, range, options);
  }

  findCases(query: FindQuery) {
    return findCases(this.client, this.tableName, query);
  }

  erasedTallies(months: readonly string[]): Promise<ErasedTally[]> {
    return readErasedTallies(this.client, this.tableName, months);
  }

  /** Removes a guard whose record is gone, unless another submission has taken it meanwhile. */
  private async dropGuard(pk: string, reference: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { [PK.name]: pk },
          ConditionExpression: '#reference = :reference',
          ExpressionAttributeNames: { '#reference': REFERENCE },
          ExpressionAttributeValues: { ':reference': reference },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  private async readGuard(pk: string): Promise<GuardItem | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { [PK.name]: pk }, ConsistentRead: true }),
    );
    return Item as GuardItem | undefined;
  }
}
