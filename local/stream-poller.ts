import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import {
  type DeliveryPolicy,
  passesNotifyFilter,
  TABLE_SHAPE,
} from '../functions/contract/service-contract.ts';
import { SHARD_DONE, type StreamPositions } from './stream-positions.ts';

/** The event source mapping's settings the poller plays: the contract's NOTIFY_DELIVERY. */
export type { DeliveryPolicy };

export interface PollerOptions {
  dynamo: DynamoDBClient;
  endpoint: string;
  region: string;
  tableName: string;
  handler: (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined>;
  policy: DeliveryPolicy;
  /** Called when a record is given up on, as Lambda would send it to the on-failure destination. */
  onParked: (reference: string | undefined) => void;
  pollMs?: number;
  /** Where it has got to in each shard, to resume there after a restart (the twin's data folder). */
  positions?: StreamPositions;
  /**
   * Which of these submissions need no email any more. With it, a shard read from its start (no
   * saved position) skips those, a hundred at a time, instead of handing each to the handler.
   */
  doneAmong?: (references: string[]) => Promise<Set<string>>;
  /** Told, once a shard read from its start reaches its end, how many earlier records it skipped. */
  onCaughtUp?: (skipped: number, delivered: number) => void;
}

interface ShardState {
  iterator: string | undefined;
  pending: DynamoDBRecord[];
  attempts: number;
  retryAt: number;
  /** How many records the next batch may hold: halved while bisecting a failing batch. */
  batchLimit: number;
  /** The last sequence number of the page read, handled once `pending` is empty. */
  pageEnd?: string | undefined;
  /** Read from its start without a saved position: skipping what was already notified. */
  catchingUp: boolean;
  skipped: number;
  delivered: number;
}

/** The event source mapping's filter: new submissions only. */
const passesFilter = (r: DynamoDBRecord) => passesNotifyFilter(r);

const referenceOf = (r: DynamoDBRecord): string => r.dynamodb?.Keys?.[TABLE_SHAPE.partitionKey.name]?.S ?? '';

/** An SDK stream record in the shape Lambda hands to a function. */
const toLambdaRecord = (r: StreamRecord, arn: string, region: string): DynamoDBRecord =>
  ({
    eventID: r.eventID,
    eventName: r.eventName,
    eventVersion: r.eventVersion,
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    eventSourceARN: arn,
    dynamodb: {
      ...r.dynamodb,
      ApproximateCreationDateTime: Math.floor(
        (r.dynamodb?.ApproximateCreationDateTime?.getTime() ?? Date.now()) / 1000,
      ),
    },
  }) as DynamoDBRecord;

const backoffMs = (attempts: number) => Math.min(250 * 2 ** attempts, 5_000);

/**
 * Plays the part of Lambda's DynamoDB event source mapping for the local twin: reads every shard
 * of the table's stream from the start, filters, hands batches to the handler, and on reported
 * failures retries from the first failed record (as Lambda does with ReportBatchItemFailures),
 * with back-off, until the retry limit or maximum record age, when the record is parked.
 */
export class StreamPoller {
  private readonly streams: DynamoDBStreamsClient;
  private readonly shards = new Map<string, ShardState>();
  /** Shards read to their end (closed): never read again. */
  private readonly finished = new Set<string>();
  private readonly options: PollerOptions;
  private streamArn = '';
  private running = false;
  private loop: Promise<void> | undefined;
  private lastDiscovery = 0;
  private saved: ReadonlyMap<string, string> = new Map();
  /** Whether the last round read anything: then the next comes at once, to catch up quickly. */
  private busy = false;

  constructor(options: PollerOptions) {
    this.options = options;
    this.streams = new DynamoDBStreamsClient({ endpoint: options.endpoint, region: options.region });
  }

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    this.streams.destroy();
  }

  private async run(): Promise<void> {
    const { Table } = await this.options.dynamo.send(
      new DescribeTableCommand({ TableName: this.options.tableName }),
    );
    this.streamArn = Table?.LatestStreamArn ?? '';
    if (!this.streamArn) throw new Error(`Table ${this.options.tableName} has no stream`);
    this.saved = this.options.positions?.load(this.streamArn) ?? new Map();
    while (this.running) {
      this.busy = false;
      try {
        if (Date.now() - this.lastDiscovery > 1_000) await this.discoverShards();
        for (const [shardId, shard] of this.shards) await this.pollShard(shardId, shard);
        this.options.positions?.save();
      } catch (error) {
        // DynamoDB Local briefly unavailable: try again on the next tick.
        if (this.running) console.error(`stream poller: ${(error as Error).name}`);
      }
      if (!this.busy) await new Promise((r) => setTimeout(r, this.options.pollMs ?? 200));
    }
  }

  /** Where a shard starts: after its saved position, or (none, or no longer held) at the policy's start. */
  private async iteratorFor(shardId: string): Promise<{ iterator: string | undefined; resumed: boolean }> {
    const position = this.saved.get(shardId);
    if (position && position !== SHARD_DONE) {
      try {
        const { ShardIterator } = await this.streams.send(
          new GetShardIteratorCommand({
            StreamArn: this.streamArn,
            ShardId: shardId,
            ShardIteratorType: 'AFTER_SEQUENCE_NUMBER',
            SequenceNumber: position,
          }),
        );
        return { iterator: ShardIterator, resumed: true };
      } catch {
        // Trimmed or unknown: read what the stream still holds, skipping what was notified.
      }
    }
    const { ShardIterator } = await this.streams.send(
      new GetShardIteratorCommand({
        StreamArn: this.streamArn,
        ShardId: shardId,
        ShardIteratorType: this.options.policy.startingPosition,
      }),
    );
    return { iterator: ShardIterator, resumed: false };
  }

  private async discoverShards(): Promise<void> {
    this.lastDiscovery = Date.now();
    const { StreamDescription } = await this.streams.send(
      new DescribeStreamCommand({ StreamArn: this.streamArn }),
    );
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId;
      if (!shardId || this.shards.has(shardId) || this.finished.has(shardId)) continue;
      if (this.saved.get(shardId) === SHARD_DONE) {
        this.finished.add(shardId);
        continue;
      }
      const { iterator, resumed } = await this.iteratorFor(shardId);
      this.shards.set(shardId, {
        iterator,
        pending: [],
        attempts: 0,
        retryAt: 0,
        batchLimit: this.options.policy.batchSize,
        catchingUp: !resumed && this.options.doneAmong !== undefined,
        skipped: 0,
        delivered: 0,
      });
    }
  }

  private async pollShard(shardId: string, shard: ShardState): Promise<void> {
    if (shard.pending.length === 0 && shard.iterator) {
      const { Records, NextShardIterator } = await this.streams.send(
        // Catching up reads the most a call may return (1,000); otherwise a page a batch or so at a time.
        new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: shard.catchingUp ? 1_000 : 100 }),
      );
      shard.iterator = NextShardIterator;
      const records = Records ?? [];
      if (records.length > 0) this.busy = true;
      shard.pageEnd = records.at(-1)?.dynamodb?.SequenceNumber ?? shard.pageEnd;
      shard.pending = await this.toDeliver(
        shard,
        records.map((r) => toLambdaRecord(r, this.streamArn, this.options.region)).filter(passesFilter),
      );
      if (records.length === 0) this.caughtUp(shard);
    }
    while (shard.pending.length > 0 && Date.now() >= shard.retryAt && this.running) {
      await this.deliverBatch(shard);
    }
    if (shard.pending.length === 0 && shard.pageEnd) this.options.positions?.set(shardId, shard.pageEnd);
    if (!shard.iterator && shard.pending.length === 0) {
      this.shards.delete(shardId);
      this.finished.add(shardId);
      this.options.positions?.set(shardId, SHARD_DONE);
    }
  }

  /** While catching up, the records whose submissions still need an email; otherwise all of them. */
  private async toDeliver(shard: ShardState, records: DynamoDBRecord[]): Promise<DynamoDBRecord[]> {
    if (!shard.catchingUp || !this.options.doneAmong || records.length === 0) return records;
    const done = await this.options.doneAmong(records.map(referenceOf));
    const waiting = records.filter((r) => !done.has(referenceOf(r)));
    shard.skipped += records.length - waiting.length;
    shard.delivered += waiting.length;
    return waiting;
  }

  private caughtUp(shard: ShardState): void {
    if (!shard.catchingUp) return;
    shard.catchingUp = false;
    this.options.onCaughtUp?.(shard.skipped, shard.delivered);
  }

  private async deliverBatch(shard: ShardState): Promise<void> {
    const { policy } = this.options;
    const batch = shard.pending.slice(0, shard.batchLimit);
    let failedFrom = batch.length;
    let wholeBatchFailed = false;
    try {
      const response = await this.options.handler({ Records: batch });
      const failedIds = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      const index = batch.findIndex((r) => failedIds.has(r.dynamodb?.SequenceNumber ?? ''));
      if (index >= 0) failedFrom = index;
    } catch {
      failedFrom = 0; // The whole batch failed.
      wholeBatchFailed = true;
    }
    if (failedFrom === batch.length) {
      shard.pending = shard.pending.slice(batch.length);
      shard.attempts = 0;
      // A half that got through: the rest of the split batch goes on its own, then full batches again.
      if (shard.batchLimit < policy.batchSize && shard.pending.length === 0)
        shard.batchLimit = policy.batchSize;
      return;
    }
    // Lambda's BisectBatchOnFunctionError: a batch that failed as a whole is split in two and each
    // half retried on its own, so one bad record cannot hold up (or be parked with) good ones.
    // Splitting does not count as a retry.
    if (wholeBatchFailed && policy.bisectBatchOnError && batch.length > 1) {
      shard.batchLimit = Math.ceil(batch.length / 2);
      return;
    }
    shard.pending = shard.pending.slice(failedFrom);
    shard.attempts += 1;
    const first = shard.pending[0];
    const ageSeconds = Date.now() / 1000 - Number(first?.dynamodb?.ApproximateCreationDateTime ?? 0);
    if (shard.attempts > policy.retryAttempts || ageSeconds > policy.maxRecordAgeSeconds) {
      this.options.onParked(first?.dynamodb?.Keys?.[TABLE_SHAPE.partitionKey.name]?.S);
      shard.pending = shard.pending.slice(1);
      shard.attempts = 0;
      return;
    }
    shard.retryAt = Date.now() + backoffMs(shard.attempts);
  }
}
