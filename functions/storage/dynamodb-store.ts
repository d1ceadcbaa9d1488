import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { SubmissionRecord } from '../submissions/record.ts';
import type { IdempotencyKey, SaveResult, SentField, SubmissionStore } from './submission-store.ts';

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

  private async readGuard(pk: string): Promise<GuardItem | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk }, ConsistentRead: true }),
    );
    return Item as GuardItem | undefined;
  }
}
