import { DynamoDBStreamsClient, TrimmedDataAccessException } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFY_DELIVERY, TABLE_SHAPE } from '../../../functions/contract/service-contract.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { StreamPoller } from '../../../local/stream-poller.ts';
import { PATIENCE_MS, PATIENT_TEST_MS } from '../../support/patience.ts';
import { freshTable, testConfig } from '../../support/stand-ins.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../../support/valid-answers.ts';

let table: Awaited<ReturnType<typeof freshTable>>;
beforeAll(async () => {
  table = await freshTable();
});
afterAll(() => table?.client.destroy());

/** Waits (as long as a busy machine needs) until `done` says so. */
const until = async (done: () => boolean) => {
  const deadline = Date.now() + PATIENCE_MS;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('Timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

/**
 * The same iterator as if taken `ms` ago. DynamoDB Local's iterator carries the time it was made
 * (the last field of its base64 part) and refuses one over 15 minutes old with ExpiredIteratorException,
 * as DynamoDB does: this is how a test gets a real one without waiting a quarter of an hour.
 */
const aged = (iterator: string, ms: number): string => {
  const [arn, version, encoded = ''] = iterator.split('|');
  const [shardId, sequence, madeAt = '0'] = Buffer.from(encoded, 'base64').toString('utf8').split('|');
  const older = String(Number(madeAt) - ms).padStart(madeAt.length, '0');
  return [arn, version, Buffer.from([shardId, sequence, older].join('|')).toString('base64')].join('|');
};

const referenceOf = (r: DynamoDBStreamEvent['Records'][number]) =>
  r.dynamodb?.Keys?.[TABLE_SHAPE.partitionKey.name]?.S ?? '';

/** Stores `count` referrals, their references starting RJ-<series>. */
const store = async (count: number, series: string, into = table): Promise<string[]> => {
  const form = findForm('referral');
  const answers = validateAnswers(form ?? ({} as never), VALID_ANSWERS.referral ?? {}, ANSWER_DAY);
  if (!form || !answers.ok) throw new Error('no referral');
  const references: string[] = [];
  for (let i = 0; i < count; i++) {
    const reference = `RJ-${series}-${String(i).padStart(2, '0')}AA`;
    await into.store.saveNew('referral', { hash: `poller-${series}-${i}`, windowSeconds: 60 }, () =>
      buildRecord(form, testConfig(), answers.answers, reference, new Date()),
    );
    references.push(reference);
  }
  return references;
};

describe('the twin’s stream poller', () => {
  it(
    'bisects a batch that fails as a whole, so only the bad record is parked (as Lambda does)',
    async () => {
      const references = await store(5, '2222');
      const poison = references[2] ?? '';
      const delivered: string[] = [];
      const parked: (string | undefined)[] = [];
      const poller = new StreamPoller({
        dynamo: table.client,
        endpoint: table.endpoint,
        region: LOCAL_REGION,
        tableName: table.tableName,
        policy: { ...NOTIFY_DELIVERY, retryAttempts: 2 },
        pollMs: 50,
        // No partial failures reported: a bad record fails its whole batch, as an unhandled error would.
        handler: async (event) => {
          if (event.Records.some((r) => referenceOf(r) === poison)) throw new Error('bad record');
          delivered.push(...event.Records.map(referenceOf));
          return undefined;
        },
        onParked: (reference) => parked.push(reference),
      });
      poller.start();
      const deadline = Date.now() + PATIENCE_MS;
      while (parked.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 300));
      await poller.stop();
      expect(parked).toEqual([poison]);
      expect(delivered.sort()).toEqual(references.filter((r) => r !== poison).sort());
    },
    PATIENT_TEST_MS,
  );

  it(
    'starts where the policy says: LATEST skips what the stream held before it started',
    async () => {
      const before = await store(3, '3333');
      const delivered: string[] = [];
      let caughtUp = false;
      const poller = new StreamPoller({
        dynamo: table.client,
        endpoint: table.endpoint,
        region: LOCAL_REGION,
        tableName: table.tableName,
        policy: { ...NOTIFY_DELIVERY, startingPosition: 'LATEST' },
        pollMs: 50,
        handler: async (event) => {
          delivered.push(...event.Records.map(referenceOf));
          return undefined;
        },
        onParked: () => {},
        onCaughtUp: () => {
          caughtUp = true;
        },
      });
      poller.start();
      // Once it has read from LATEST to the end, anything stored is after where it started.
      await until(() => caughtUp);
      const after = await store(2, '4444');
      const deadline = Date.now() + PATIENCE_MS;
      while (delivered.length < after.length && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      await poller.stop();
      expect(delivered.sort()).toEqual(after.sort());
      expect(delivered).not.toContain(before[0]);
    },
    PATIENT_TEST_MS,
  );

  it(
    'takes a new iterator when its own is spent (expired, or its records trimmed), and delivers each record once',
    async () => {
      const own = await freshTable();
      const streams = new DynamoDBStreamsClient({ endpoint: own.endpoint, region: LOCAL_REGION });
      // Spends the iterator of the next GetRecords, for good: asked with it again, the stream says
      // the same. Expired: the iterator sent as if 16 minutes old, and DynamoDB Local refuses it
      // itself. Trimmed: the SDK's TrimmedDataAccessException (DynamoDB Local trims after 24 hours).
      let spoil: 'expired' | 'trimmed' | undefined;
      const spent = new Map<string, 'expired' | 'trimmed'>();
      streams.middlewareStack.add(
        (next, context) => async (args) => {
          const input = args.input as { ShardIterator?: string };
          if (context.commandName !== 'GetRecordsCommand' || !input.ShardIterator) return next(args);
          if (spoil) spent.set(input.ShardIterator, spoil);
          spoil = undefined;
          const how = spent.get(input.ShardIterator);
          if (how === 'trimmed') throw new TrimmedDataAccessException({ message: 'trimmed', $metadata: {} });
          if (how === 'expired') input.ShardIterator = aged(input.ShardIterator, 16 * 60_000);
          return next(args);
        },
        { step: 'initialize', name: 'spendIterator' },
      );
      const delivered: string[] = [];
      const renewed: string[] = [];
      const poller = new StreamPoller({
        dynamo: own.client,
        endpoint: own.endpoint,
        region: LOCAL_REGION,
        tableName: own.tableName,
        policy: NOTIFY_DELIVERY,
        pollMs: 50,
        streams,
        handler: async (event) => {
          delivered.push(...event.Records.map(referenceOf));
          return undefined;
        },
        onParked: () => {},
        onNewIterator: (reason) => renewed.push(reason),
      });
      poller.start();
      try {
        const first = await store(2, '5555', own);
        await until(() => delivered.length === 2);

        spoil = 'expired';
        const second = await store(2, '6666', own);
        await until(() => delivered.length === 4);

        spoil = 'trimmed';
        const third = await store(1, '7777', own);
        await until(() => delivered.length === 5);

        expect(renewed).toEqual(['ExpiredIteratorException', 'TrimmedDataAccessException']);
        // A record read before the iterator was spent is not read again.
        expect(delivered.sort()).toEqual([...first, ...second, ...third].sort());
      } finally {
        await poller.stop();
        own.client.destroy();
      }
    },
    PATIENT_TEST_MS,
  );
});
