import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { type DeliveryPolicy, NOTIFY_DELIVERY } from '../../../functions/contract/service-contract.ts';
import { ShardDelivery } from '../../../local/batch-delivery.ts';

const record = (n: number): DynamoDBRecord => ({
  eventName: 'INSERT',
  dynamodb: {
    SequenceNumber: String(n),
    Keys: { pk: { S: `R${n}` } },
    ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
  },
});
const numberOf = (r: DynamoDBRecord) => Number(r.dynamodb?.SequenceNumber);

/**
 * Delivers records 1..count with a handler that throws for any batch holding a bad record (an
 * error, not a reported partial failure), with time moved past each back-off. Returns the batches
 * the handler was given, what it got through, and what was parked.
 */
const deliver = async (count: number, bad: number[], policy: DeliveryPolicy) => {
  const tried: number[][] = [];
  const delivered: number[] = [];
  const parked: number[] = [];
  let clock = 0;
  const delivery = new ShardDelivery(
    policy,
    async ({ Records }) => {
      const batch = Records.map(numberOf);
      tried.push(batch);
      if (batch.some((n) => bad.includes(n))) throw new Error('bad record');
      delivered.push(...batch);
      return undefined;
    },
    (r) => parked.push(numberOf(r)),
  );
  delivery.add(Array.from({ length: count }, (_, i) => record(i + 1)));
  while (delivery.waiting > 0) {
    clock += 10_000;
    await delivery.deliverNext(() => Date.now() + clock);
  }
  return { tried, delivered, parked };
};

describe('delivering a shard’s records as the event source mapping does', () => {
  const policy = { ...NOTIFY_DELIVERY, batchSize: 10, retryAttempts: 1 };

  it('splits a batch that fails as a whole in two, and each half again, until the bad record is alone', async () => {
    const { tried, delivered, parked } = await deliver(12, [7], policy);
    expect(tried).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      [1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10],
      [6, 7, 8],
      [6, 7],
      [6],
      [7],
      [7], // Alone, it is retried (splitting did not count), then parked.
      [8],
      [9, 10],
      [11, 12], // Then full batches again.
    ]);
    expect(parked).toEqual([7]);
    expect(delivered).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]);
  });

  it('without bisecting, parks the good records of the failing batch with the bad one', async () => {
    const { parked, delivered } = await deliver(12, [7], { ...policy, bisectBatchOnError: false });
    expect(parked).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(delivered).toEqual([8, 9, 10, 11, 12]);
  });

  it('retries from the first record a handler reports failed, and parks it after the retry limit', async () => {
    const parked: number[] = [];
    const tried: number[][] = [];
    let clock = 0;
    const delivery = new ShardDelivery(
      { ...policy, retryAttempts: 2 },
      async ({ Records }) => {
        tried.push(Records.map(numberOf));
        const failed = Records.filter((r) => numberOf(r) === 3);
        return {
          batchItemFailures: failed.map((r) => ({ itemIdentifier: r.dynamodb?.SequenceNumber ?? '' })),
        };
      },
      (r) => parked.push(numberOf(r)),
    );
    delivery.add([1, 2, 3, 4, 5].map(record));
    while (delivery.waiting > 0) {
      clock += 10_000;
      await delivery.deliverNext(() => Date.now() + clock);
    }
    expect(tried).toEqual([
      [1, 2, 3, 4, 5],
      [3, 4, 5],
      [3, 4, 5],
      [4, 5],
    ]);
    expect(parked).toEqual([3]);
  });
});
