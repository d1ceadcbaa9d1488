import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type Clock, systemClock } from '../time/clock.ts';

/** What every DynamoDB adapter holds: a document client (made once by its caller) and its table. */
export abstract class TableAdapter {
  protected readonly client: DynamoDBDocumentClient;
  protected readonly tableName: string;
  /** Whether an item's expiry has passed is read on the same clock that wrote it (a twin may run on a set one). */
  protected readonly clock: Clock;

  constructor(client: DynamoDBDocumentClient, tableName: string, clock: Clock = systemClock) {
    this.client = client;
    this.tableName = tableName;
    this.clock = clock;
  }
}
