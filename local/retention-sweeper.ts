import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../functions/contract/service-contract.ts';

export interface SweeperOptions {
  client: DynamoDBClient;
  tableName: string;
  /** How often to sweep; the first sweep runs at start. */
  intervalMs?: number;
  now?: () => Date;
  /** Told how many items each sweep deleted (counts only, never keys). */
  onSwept?: (deleted: number) => void;
  onError?: (error: Error) => void;
}

const FIVE_MINUTES = 5 * 60_000;
const { timeToLiveAttribute: ttl, partitionKey } = TABLE_SHAPE;

/**
 * Plays DynamoDB's TTL for the local twin, which DynamoDB Local does not: every few minutes it
 * deletes every item (submissions and duplicate guards alike) whose expiresAt has passed. AWS
 * deletes within a few days of expiry; this is stricter, which is the safer way to be wrong.
 */
export class RetentionSweeper {
  private readonly db: DynamoDBDocumentClient;
  private readonly options: SweeperOptions;
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<unknown> | undefined;
  private running = false;

  constructor(options: SweeperOptions) {
    this.options = options;
    // Wraps the caller's client without owning it: the twin destroys that client itself.
    this.db = DynamoDBDocumentClient.from(options.client);
  }

  start(): void {
    this.running = true;
    this.tick();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.sweeping;
  }

  /** One sweep: finds expired items and deletes each unless it was renewed meanwhile. Returns the count. */
  async sweep(): Promise<number> {
    const TableName = this.options.tableName;
    const now = Math.floor((this.options.now?.() ?? new Date()).getTime() / 1000);
    const expired = { ':now': now };
    let deleted = 0;
    const pages = paginateScan(
      { client: this.db },
      {
        TableName,
        FilterExpression: '#ttl < :now',
        ProjectionExpression: '#pk',
        ExpressionAttributeNames: { '#ttl': ttl, '#pk': partitionKey.name },
        ExpressionAttributeValues: expired,
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        try {
          await this.db.send(
            new DeleteCommand({
              TableName,
              Key: { [partitionKey.name]: item[partitionKey.name] },
              ConditionExpression: '#ttl < :now',
              ExpressionAttributeNames: { '#ttl': ttl },
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

  private tick(): void {
    this.sweeping = this.sweep()
      .then((deleted) => this.options.onSwept?.(deleted))
      .catch((error: Error) => this.options.onError?.(error))
      .finally(() => {
        if (!this.running) return;
        this.timer = setTimeout(() => this.tick(), this.options.intervalMs ?? FIVE_MINUTES);
        this.timer.unref();
      });
  }
}
