import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoSubmissionRemoval } from '../functions/storage/dynamodb-removal.ts';
import type { SubmissionRemoval } from '../functions/storage/submission-store.ts';
import { type Clock, systemClock } from '../functions/time/clock.ts';

export interface SweeperOptions {
  client: DynamoDBClient;
  tableName: string;
  /** How often to sweep; the first sweep runs at start. */
  intervalMs?: number;
  now?: Clock;
  /** Told how many items each sweep deleted (counts only, never keys). */
  onSwept?: (deleted: number) => void;
  onError?: (error: Error) => void;
}

const FIVE_MINUTES = 5 * 60_000;

/**
 * Plays DynamoDB's TTL for the local twin, which DynamoDB Local does not: every few minutes it
 * deletes every item (submissions and duplicate guards alike) whose expiresAt has passed. AWS
 * deletes within a few days of expiry; this is stricter, which is the safer way to be wrong.
 */
export class RetentionSweeper {
  private readonly store: Pick<SubmissionRemoval, 'sweepExpired'>;
  private readonly options: SweeperOptions;
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<unknown> | undefined;
  private running = false;

  constructor(options: SweeperOptions) {
    this.options = options;
    // Wraps the caller's client without owning it: the twin destroys that client itself.
    this.store = new DynamoSubmissionRemoval(DynamoDBDocumentClient.from(options.client), options.tableName);
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

  /** One sweep: deletes every expired item unless it was renewed meanwhile. Returns the count. */
  sweep(): Promise<number> {
    return this.store.sweepExpired((this.options.now ?? systemClock)());
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
