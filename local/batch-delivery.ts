import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { type DeliveryPolicy, TABLE_SHAPE } from '../functions/contract/service-contract.ts';

export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined>;

/** What became of the batch just tried. */
export interface BatchOutcome {
  /** The last record that is done with (delivered, or given up on): the shard's position may move past it. */
  handled?: DynamoDBRecord;
  /** Whether a record failed (then the next try waits until `retryAt`). */
  failed: boolean;
}

const backoffMs = (attempts: number) => Math.min(250 * 2 ** attempts, 5_000);

export const referenceOf = (r: DynamoDBRecord | undefined): string | undefined =>
  r?.dynamodb?.Keys?.[TABLE_SHAPE.partitionKey.name]?.S;

/**
 * One shard's records on their way to the handler, as Lambda's event source mapping delivers them:
 * batches of the policy's size, in order; after reported failures (ReportBatchItemFailures) again
 * from the first failed record, with back-off; a batch that fails as a whole (the function threw)
 * split in two and each half tried on its own (bisectBatchOnError), halves of halves likewise,
 * without counting as a retry; past the retry limit or the maximum record age, the first failing
 * record is given up on (parked) and the rest go on.
 */
export class ShardDelivery {
  private readonly policy: DeliveryPolicy;
  private readonly handler: StreamHandler;
  private readonly onParked: (record: DynamoDBRecord) => void;
  private pending: DynamoDBRecord[] = [];
  /** While bisecting, the sizes of the next batches (the halves still to try, in order); else empty. */
  private splits: number[] = [];
  private attempts = 0;
  private retryAt = 0;

  constructor(policy: DeliveryPolicy, handler: StreamHandler, onParked: (record: DynamoDBRecord) => void) {
    this.policy = policy;
    this.handler = handler;
    this.onParked = onParked;
  }

  add(records: readonly DynamoDBRecord[]): void {
    this.pending.push(...records);
  }

  get waiting(): number {
    return this.pending.length;
  }

  /** Whether the next batch may go now (not waiting out a back-off). */
  ready(now = Date.now()): boolean {
    return this.pending.length > 0 && now >= this.retryAt;
  }

  /** Hands the next batch to the handler and settles what follows from its answer. */
  async deliverNext(now: () => number = Date.now): Promise<BatchOutcome> {
    const batch = this.pending.slice(0, this.splits[0] ?? this.policy.batchSize);
    const failedFrom = await this.tryBatch(batch);
    if (failedFrom === undefined) {
      this.done(batch.length);
      this.attempts = 0;
      return { handled: batch.at(-1), failed: false };
    }
    if (failedFrom === 'all' && this.policy.bisectBatchOnError && batch.length > 1) {
      const half = Math.ceil(batch.length / 2);
      this.splits.splice(0, 1, half, batch.length - half);
      return { failed: true };
    }
    const first = failedFrom === 'all' ? 0 : failedFrom;
    const delivered = batch[first - 1];
    this.done(first);
    this.attempts += 1;
    if (this.givesUp(now())) {
      const parked = this.pending[0] as DynamoDBRecord;
      this.done(1);
      this.attempts = 0;
      this.onParked(parked);
      return { handled: parked, failed: true };
    }
    this.retryAt = now() + backoffMs(this.attempts);
    return { ...(delivered ? { handled: delivered } : {}), failed: true };
  }

  /** Undefined when every record went through; else the index of the first that failed, or 'all'. */
  private async tryBatch(batch: DynamoDBRecord[]): Promise<number | 'all' | undefined> {
    try {
      const response = await this.handler({ Records: batch });
      const failedIds = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      const index = batch.findIndex((r) => failedIds.has(r.dynamodb?.SequenceNumber ?? ''));
      return index >= 0 ? index : undefined;
    } catch {
      return 'all';
    }
  }

  /** Drops the first `count` records, and counts them off the half being tried, if bisecting. */
  private done(count: number): void {
    this.pending.splice(0, count);
    if (this.splits.length === 0) return;
    const left = (this.splits[0] ?? 0) - count;
    if (left > 0) this.splits[0] = left;
    else this.splits.shift();
  }

  private givesUp(nowMs: number): boolean {
    const created = Number(this.pending[0]?.dynamodb?.ApproximateCreationDateTime ?? 0);
    return (
      this.attempts > this.policy.retryAttempts || nowMs / 1000 - created > this.policy.maxRecordAgeSeconds
    );
  }
}
