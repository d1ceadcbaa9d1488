import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';
import { type DeliveryPolicy, notifierTakes } from '../functions/contract/service-contract.ts';
import { referenceOf, ShardDelivery, type StreamHandler } from './batch-delivery.ts';
import { StreamBacklog } from './stream-backlog.ts';
import { SHARD_DONE, type StreamPositions } from './stream-positions.ts';

/** How the poller caught up, once every shard it found at start was read to its end. */
export interface CatchUp {
  /** Shards resumed from a saved position, and shards read from the oldest record (none saved). */
  resumedShards: number;
  fromOldestShards: number;
  /** Submissions skipped because the stream showed every email for them gone (read from the oldest only). */
  skipped: number;
  /** Submissions handed to the handler. */
  handed: number;
}

export interface PollerOptions {
  dynamo: DynamoDBClient;
  endpoint: string;
  region: string;
  tableName: string;
  handler: StreamHandler;
  /** The event source mapping's settings: the contract's NOTIFY_DELIVERY. */
  policy: DeliveryPolicy;
  /** Called when a record is given up on, as Lambda would send it to the on-failure destination. */
  onParked: (reference: string | undefined) => void;
  pollMs?: number;
  /**
   * Where it has got to in each shard, to resume there after a restart (the twin's data folder).
   * With it, a shard that has no saved position is read from the oldest record skipping what was
   * already emailed (StreamBacklog), not handed to the handler record by record.
   */
  positions?: StreamPositions;
  /** Told once, when the shards found at start have been read to their end. */
  onCaughtUp?: (catchUp: CatchUp) => void;
  /**
   * The mapping's filter, for a poller feeding another function (the erased tally's REMOVE
   * records); the notifier's by default. Only the notifier's poller catches up by StreamBacklog.
   */
  filter?: (record: DynamoDBRecord) => boolean;
  /** The streams client (made from endpoint and region if not given; tests pass one they can watch). */
  streams?: DynamoDBStreamsClient;
  /** Told when a shard's iterator was no use any more and a new one was taken (the error's name). */
  onNewIterator?: (reason: string) => void;
}

interface ShardState {
  iterator: string | undefined;
  delivery: ShardDelivery;
  /** The last sequence number read, handled once nothing is waiting. */
  readTo?: string | undefined;
  /** Read from the oldest record without a saved position: what is owed, until the shard's end. */
  backlog?: StreamBacklog | undefined;
}

/**
 * GetRecords' answers that the iterator itself is spent: past its 15 minutes, or pointing at records
 * the stream has trimmed. Asking again with it fails the same way for ever (the twin once logged
 * TrimmedDataAccessException 986 times and sent nothing), so the shard gets a new iterator.
 */
const isSpentIterator = (error: unknown): boolean =>
  error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException;

/** GetRecords' largest page: what a catch-up reads. New records come a page of 100 at a time. */
const CATCH_UP_PAGE = 1_000;
const LIVE_PAGE = 100;

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

/**
 * Plays the part of Lambda's DynamoDB event source mapping for the local twin: reads every shard of
 * the table's stream, from its saved position or else the policy's starting position, applies the
 * filter and hands batches to the handler as the mapping would (ShardDelivery), and keeps its
 * position per shard so a restart resumes after the last record handled.
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
  /** The shards found at the first look, until each is read to its end once; undefined before that look. */
  private firstPass: Set<string> | undefined;
  private readonly catchUp: CatchUp = { resumedShards: 0, fromOldestShards: 0, skipped: 0, handed: 0 };
  /** Whether the last round read anything: then the next comes at once, to catch up quickly. */
  private busy = false;

  constructor(options: PollerOptions) {
    this.options = options;
    this.streams =
      options.streams ?? new DynamoDBStreamsClient({ endpoint: options.endpoint, region: options.region });
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

  private async discoverShards(): Promise<void> {
    this.lastDiscovery = Date.now();
    const { StreamDescription } = await this.streams.send(
      new DescribeStreamCommand({ StreamArn: this.streamArn }),
    );
    // The first look decides which records are earlier ones (no shards: a new stream, nothing to tell).
    const atStart = this.firstPass === undefined;
    const found = this.firstPass ?? new Set<string>();
    this.firstPass = found;
    for (const { ShardId: shardId } of StreamDescription?.Shards ?? []) {
      if (!shardId || this.shards.has(shardId) || this.finished.has(shardId)) continue;
      if (this.saved.get(shardId) === SHARD_DONE) {
        this.finished.add(shardId);
        continue;
      }
      const { iterator, resumed } = await this.iteratorFor(shardId);
      const fromOldest = !resumed && this.options.policy.startingPosition === 'TRIM_HORIZON';
      this.shards.set(shardId, {
        iterator,
        delivery: new ShardDelivery(this.options.policy, this.options.handler, (r) =>
          this.options.onParked(referenceOf(r)),
        ),
        // Only shards that were there at start hold earlier records; a shard that opens later is new.
        backlog:
          atStart && fromOldest && this.options.positions && !this.options.filter
            ? new StreamBacklog()
            : undefined,
      });
      if (atStart) {
        found.add(shardId);
        if (resumed) this.catchUp.resumedShards += 1;
        else this.catchUp.fromOldestShards += 1;
      }
    }
  }

  /**
   * Where a shard starts: after its saved position (or, for a new iterator, the last record read),
   * or, with none or one no longer held, at the policy's start.
   */
  private async iteratorFor(
    shardId: string,
    position = this.saved.get(shardId),
  ): Promise<{ iterator: string | undefined; resumed: boolean }> {
    if (position) {
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
        // Trimmed or unknown: read from the policy's start, skipping what was notified.
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

  private async pollShard(shardId: string, shard: ShardState): Promise<void> {
    if (shard.delivery.waiting === 0 && shard.iterator) await this.readPage(shardId, shard);
    while (shard.delivery.ready() && this.running) {
      const { handled } = await shard.delivery.deliverNext();
      const sequence = handled?.dynamodb?.SequenceNumber;
      if (sequence) this.options.positions?.set(shardId, sequence);
    }
    // Everything read is handled, the records the filter left out too (not while catching up:
    // what the backlog holds is not handled yet).
    if (shard.delivery.waiting > 0 || shard.backlog) return;
    if (shard.readTo) this.options.positions?.set(shardId, shard.readTo);
    if (!shard.iterator) {
      this.shards.delete(shardId);
      this.finished.add(shardId);
      this.options.positions?.set(shardId, SHARD_DONE);
    }
  }

  private async readPage(shardId: string, shard: ShardState): Promise<void> {
    const Limit = shard.backlog ? CATCH_UP_PAGE : LIVE_PAGE;
    let page: GetRecordsCommandOutput;
    try {
      page = await this.streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit }));
    } catch (error) {
      if (!isSpentIterator(error)) throw error;
      // After the last record read (still held: it resumes there; trimmed: from the policy's start,
      // and what is waiting to be handled stays waiting). Read again at once.
      shard.iterator = (await this.iteratorFor(shardId, shard.readTo)).iterator;
      this.options.onNewIterator?.((error as Error).name);
      this.busy = true;
      return;
    }
    shard.iterator = page.NextShardIterator;
    const records = (page.Records ?? []).map((r) => toLambdaRecord(r, this.streamArn, this.options.region));
    if (records.length > 0) this.busy = true;
    shard.readTo = records.at(-1)?.dynamodb?.SequenceNumber ?? shard.readTo;
    const counted = this.firstPass?.has(shardId) ? this.catchUp : undefined;
    if (shard.backlog) {
      shard.backlog.take(records);
      if (records.length > 0 && shard.iterator) return;
      // The shard's end (for now): what is still owed goes to the handler, in stream order.
      const owed = shard.backlog.drain();
      if (counted) {
        counted.skipped += shard.backlog.read - owed.length;
        counted.handed += owed.length;
      }
      shard.backlog = undefined;
      shard.delivery.add(owed);
    } else {
      const submissions = records.filter(this.options.filter ?? notifierTakes);
      if (counted) counted.handed += submissions.length;
      shard.delivery.add(submissions);
    }
    if (records.length === 0 || !shard.iterator) this.shardCaughtUp(shardId);
  }

  /** A shard found at start has been read to its end: once all have, say how the catch-up went. */
  private shardCaughtUp(shardId: string): void {
    if (!this.firstPass?.delete(shardId) || this.firstPass.size > 0) return;
    this.options.onCaughtUp?.({ ...this.catchUp });
  }
}
