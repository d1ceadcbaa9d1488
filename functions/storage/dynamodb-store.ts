import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  paginateScan,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { DateRange } from '../reporting/date-range.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { allByForm, type QueryOptions, queryByForm } from './query-by-form.ts';
import type { IdempotencyKey, SaveResult, SentField, SubmissionStore } from './submission-store.ts';

const {
  partitionKey: PK,
  kindAttribute: KIND,
  kinds,
  referenceAttribute: REFERENCE,
  timeToLiveAttribute: TTL,
} = TABLE_SHAPE;

const MAX_ATTEMPTS = 5;

export const guardKey = (formId: string, hash: string): string => `GUARD#${formId}#${hash}`;

interface GuardItem {
  pk: string;
  kind: 'guard';
  reference: string;
  expiresAt: number;
}

const reasonCodes = (error: unknown): (string | undefined)[] =>
  error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []).map((r) => r.Code) : [];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class DynamoSubmissionStore implements SubmissionStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.client = client;
    this.tableName = tableName;
  }

  /**
   * Writes the guard item and the submission in one transaction: both or neither. A live guard
   * means a repeat (return its reference); a taken reference means a collision (try a new one).
   */
  async saveNew(
    formId: string,
    key: IdempotencyKey,
    makeRecord: (attempt: number) => SubmissionRecord,
  ): Promise<SaveResult> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const nowSeconds = Math.floor(Date.now() / 1000);
      const guardPk = guardKey(formId, key.hash);
      // The record names its guard, so erasure removes it directly instead of scanning the table.
      const record = { ...makeRecord(attempt), guardPk };
      const guard: GuardItem = {
        pk: guardPk,
        kind: 'guard',
        reference: record.reference,
        expiresAt: nowSeconds + key.windowSeconds,
      };
      try {
        await this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: this.tableName,
                  Item: guard,
                  // An expired guard (TTL not yet swept) no longer counts.
                  ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
                  ExpressionAttributeValues: { ':now': nowSeconds },
                },
              },
              {
                Put: {
                  TableName: this.tableName,
                  Item: record,
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
            ],
          }),
        );
        return { reference: record.reference, duplicate: false };
      } catch (error) {
        const [guardCode, recordCode] = reasonCodes(error);
        if (guardCode === 'ConditionalCheckFailed') {
          const existing = await this.readGuard(guard.pk);
          if (existing) return { reference: existing.reference, duplicate: true };
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
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: reference }, ConsistentRead: true }),
    );
    return Item?.kind === 'submission' ? (Item as SubmissionRecord) : undefined;
  }

  async markSent(reference: string, field: SentField, at: Date): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: reference },
          UpdateExpression: 'SET #field = :at',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#field': field },
          ExpressionAttributeValues: { ':at': at.toISOString() },
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  queryByForm<T = SubmissionRecord>(formId: string, range: DateRange, options?: QueryOptions) {
    return queryByForm<T>(this.client, this.tableName, formId, range, options);
  }

  allByForm<T = SubmissionRecord>(formId: string, range: DateRange, options?: QueryOptions) {
    return allByForm<T>(this.client, this.tableName, formId, range, options);
  }

  /**
   * Records name their guard item (guardPk). For a record that is already gone, or one written
   * before guardPk existed, guard items are found by a Scan of the whole table with a filter on the
   * reference they carry: every item is read, acceptable for that rare case.
   */
  async findGuardKeys(reference: string): Promise<string[]> {
    const keys: string[] = [];
    const pages = paginateScan(
      { client: this.client },
      {
        TableName: this.tableName,
        FilterExpression: '#kind = :guard AND #reference = :reference',
        ProjectionExpression: '#pk',
        ExpressionAttributeNames: { '#kind': KIND, '#reference': REFERENCE, '#pk': PK.name },
        ExpressionAttributeValues: { ':guard': kinds.guard, ':reference': reference },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) for (const item of page.Items ?? []) keys.push(String(item[PK.name]));
    return keys;
  }

  /**
   * Deletes the guard items first, then the record: if it stops half way, erasing again finds what
   * is left (and a guard never outlives its record to hand an erased reference to a repeat).
   */
  async erase(reference: string, guardKeys: string[]): Promise<{ record: boolean; guards: number }> {
    let guards = 0;
    for (const pk of guardKeys) {
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
        guards += 1;
      } catch (error) {
        // Already gone (expired and swept): nothing to do.
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      }
    }
    const { Attributes } = await this.client.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: { [PK.name]: reference },
        ReturnValues: 'ALL_OLD',
      }),
    );
    return { record: Attributes !== undefined, guards };
  }

  /** Finds expired items (a Scan: the twin only) and deletes each unless it was renewed meanwhile. */
  async sweepExpired(now: Date): Promise<number> {
    const expired = { ':now': Math.floor(now.getTime() / 1000) };
    let deleted = 0;
    const pages = paginateScan(
      { client: this.client },
      {
        TableName: this.tableName,
        FilterExpression: '#ttl < :now',
        ProjectionExpression: '#pk',
        ExpressionAttributeNames: { '#ttl': TTL, '#pk': PK.name },
        ExpressionAttributeValues: expired,
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        try {
          await this.client.send(
            new DeleteCommand({
              TableName: this.tableName,
              Key: { [PK.name]: item[PK.name] },
              ConditionExpression: '#ttl < :now',
              ExpressionAttributeNames: { '#ttl': TTL },
              ExpressionAttributeValues: expired,
            }),
          );
          deleted += 1;
        } catch (error) {
          if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
        }
      }
    }
    return deleted;
  }

  private async readGuard(pk: string): Promise<GuardItem | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk }, ConsistentRead: true }),
    );
    return Item as GuardItem | undefined;
  }
}
