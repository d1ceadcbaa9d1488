import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passesTallyFilter } from '../../../functions/contract/service-contract.ts';
import { makeTallyHandler } from '../../../functions/handlers/tally-app.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import type { OutcomeReport } from '../../../functions/reporting/build-report.ts';
import { DynamoErasedTallies } from '../../../functions/storage/dynamodb-erased-tallies.ts';
import { tallyKey } from '../../../functions/storage/erased-tallies.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { RetentionSweeper } from '../../../local/retention-sweeper.ts';
import type { StreamPoller } from '../../../local/stream-poller.ts';
import { tallyFeed } from '../../../local/tally-feed.ts';
import { runOps } from '../../../ops/run.ts';
import { freshTable, testConfig } from '../../support/stand-ins.ts';
import { freshStaffTable, memoryIo, seed } from './ops-support.ts';

/**
 * Funder figures that stand: November's report, run on 10 December, gives the same figures before
 * and after one of its referrals is erased (ops erase) and another reaches the end of its
 * retention (deleted as DynamoDB's TTL would, by the twin's sweeper), because each removal leaves
 * an anonymous tally through the table's stream. The referral form's target is 2 working days.
 */
const NOW = new Date('2026-12-10T10:00:00.000Z');
const RJ = 'restorative-justice';
let n = 0;
const step = (s: string, on: string, detail?: string): StepEntry => ({
  id: `e${++n}`,
  step: s,
  on,
  by: 'staff-sub',
  recordedAt: `${on}T12:00:00.000Z`,
  note: 'Spoke to Jo Bloggs',
  ...(detail ? { detail } : {}),
});
const record = (reference: string, createdAt: string, steps: StepEntry[], expiresAt = 2_000_000_000) => ({
  pk: reference,
  kind: 'submission',
  reference,
  formId: 'referral',
  schemaVersion: 1,
  createdAt,
  team: RJ,
  urgent: [],
  answers: { name: 'Jo Bloggs', hopes: ['ask-questions'] },
  expiresAt,
  steps,
});

const ERASED = 'RJ-ERAS-2222';
const EXPIRING = 'RJ-EXPX-6666';
const DATA = [
  record('RJ-KEEP-2223', '2026-11-02T10:00:00.000Z', [
    step('first-contact', '2026-11-03', 'phone'),
    step('assessed', '2026-11-05', 'suitable'),
    step('closed', '2026-11-20', 'completed'),
  ]),
  // The one erased: contacted after 1 working day, closed withdrew.
  record(ERASED, '2026-11-03T10:00:00.000Z', [
    step('first-contact', '2026-11-04', 'phone'),
    step('closed', '2026-11-10', 'withdrew'),
  ]),
  record('RJ-KEEP-3333', '2026-11-04T10:00:00.000Z', [
    step('first-contact', '2026-11-09', 'phone'),
    step('closed', '2026-11-12', 'not-suitable'),
  ]),
  record('RJ-KEEP-4444', '2026-11-05T10:00:00.000Z', [step('closed', '2026-11-25', 'completed')]),
  record('RJ-KEEP-5555', '2026-11-20T10:00:00.000Z', [step('first-contact', '2026-11-23', 'phone')]),
  // The one that expires: contacted and closed in December, after November's report day, so
  // November counts it as received, not contacted (target passed), not closed.
  record(EXPIRING, '2026-11-25T10:00:00.000Z', [
    step('first-contact', '2026-12-02', 'phone'),
    step('closed', '2026-12-03', 'withdrew'),
  ]),
];

let table: Awaited<ReturnType<typeof freshTable>>;
let staffTableName: string;
let feed: StreamPoller;

const ops = async (argv: string[]) => {
  const io = memoryIo({ interactive: false });
  const env = {
    OPS_TABLE_NAME: table.tableName,
    OPS_STAFF_TABLE_NAME: staffTableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    AWS_REGION: 'eu-west-2',
  };
  const code = await runOps(argv, io.io, env, { now: () => NOW, config: testConfig() });
  return { code, out: io.stdout(), err: io.stderr() };
};

const november = (format: 'json' | 'csv' | 'table') =>
  ops(['report', '--since', '2026-11-01', '--until', '2026-11-30', '--format', format]);

const reportJson = async (): Promise<OutcomeReport> => JSON.parse((await november('json')).out);

/** The figures a funder reads, with the "since erased" counts left out (they are meant to change). */
const figures = (report: OutcomeReport) => ({
  forms: report.forms.map((f) => ({
    formId: f.formId,
    total: f.total,
    byMonth: f.byMonth.map((m) => [m.month, m.count]),
    byTeam: f.byTeam.map((t) => [t.team, t.count]),
  })),
  funnels: report.funnels.map(({ erased: _erased, open: _open, ...f }) => f),
});

/** The tally item of November, straight from the table. */
const tallyItem = async () =>
  (
    await table.documents.send(
      new GetCommand({ TableName: table.tableName, Key: { pk: tallyKey('2026-11') } }),
    )
  ).Item;

/** Waits, as long as a loaded machine needs, until the tally has counted `removals` removals. */
const tallied = async (removals: number): Promise<void> => {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const received = (await tallyItem())?.[`referral#${RJ}#received`];
    if (received === removals) return;
    if (Date.now() > deadline) throw new Error(`tally holds ${received ?? 0} removals, not ${removals}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** Every record the table's stream holds, in order (as Lambda would read it). */
const streamRecords = async (): Promise<DynamoDBRecord[]> => {
  const streams = new DynamoDBStreamsClient({ endpoint: table.endpoint, region: LOCAL_REGION });
  const { Table } = await table.client.send(new DescribeTableCommand({ TableName: table.tableName }));
  const StreamArn = Table?.LatestStreamArn;
  const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn }));
  const records: DynamoDBRecord[] = [];
  for (const { ShardId } of StreamDescription?.Shards ?? []) {
    let { ShardIterator } = await streams.send(
      new GetShardIteratorCommand({ StreamArn, ShardId, ShardIteratorType: 'TRIM_HORIZON' }),
    );
    while (ShardIterator) {
      const page = await streams.send(new GetRecordsCommand({ ShardIterator }));
      records.push(...((page.Records ?? []) as DynamoDBRecord[]));
      if ((page.Records ?? []).length === 0) break;
      ShardIterator = page.NextShardIterator;
    }
  }
  streams.destroy();
  return records;
};

let before: { json: OutcomeReport; csv: string; table: string };

beforeAll(async () => {
  table = await freshTable();
  staffTableName = await freshStaffTable(table.client);
  await seed(table.documents, table.tableName, DATA);
  feed = tallyFeed({
    config: testConfig(),
    dynamo: table.client,
    documents: table.documents,
    endpoint: table.endpoint,
    tableName: table.tableName,
    log: () => {},
  });
  feed.start();
  before = {
    json: await reportJson(),
    csv: (await november('csv')).out,
    table: (await november('table')).out,
  };
});

afterAll(async () => {
  await feed.stop();
  table.client.destroy();
});

describe("a past month's figures stand after erasure and expiry", () => {
  it('counts the data set as worked out by hand before anything is removed', () => {
    const f = before.json.funnels.find((x) => x.team === RJ && x.formId === 'referral');
    expect(f).toMatchObject({ received: 6, erased: 0, closed: 4 });
    expect(Object.fromEntries(f?.closures.map((c) => [c.value, c.count]) ?? [])).toMatchObject({
      completed: 2,
      'not-suitable': 1,
      withdrew: 1,
    });
    // Contacted by 30 Nov: 0001 (1 day), 0002 (1), 0003 (3), 0005 (1); 0004 and 0006 past target.
    expect(f?.firstContact).toEqual({
      contacted: 4,
      medianDays: 1,
      withinTarget: { count: 3, n: 6, percent: 50 },
    });
    expect(before.table).not.toContain('since erased');
  });

  it('gives the same figures after ops erase, and says how many were since erased', async () => {
    const erased = await ops(['erase', ERASED, '--yes', '--by', 'Sam Okafor']);
    expect(erased.code, erased.err).toBe(0);
    await tallied(1);
    const after = await reportJson();
    expect(figures(after)).toEqual(figures(before.json));
    expect(after.forms.find((f) => f.formId === 'referral')?.erased).toBe(1);
    const table = (await november('table')).out;
    expect(table).toContain('(6 received, of which since erased: 1)');
    expect(table).toContain('Restorative justice referral: of which since erased: 1 (2026-11: 1)');
    const csv = (await november('csv')).out;
    expect(csv).toContain('Of which since erased,1,6,17,');
    expect(csv).toContain('2026-11: of which since erased,1,');
  }, 180_000);

  it('gives the same figures at the end of retention, before and after the record is deleted', async () => {
    // Its retention ends tomorrow by the machine's clock, so DynamoDB Local's own TTL leaves it
    // alone, and the sweeper is run as of a second after: it deletes as DynamoDB's TTL would.
    // Before deletion, the report counts it as kept or (if that is before the report's clock)
    // as its tally will: the figures are the same either way.
    const expiresAt = Math.floor(Date.now() / 1000) + 86_400;
    await table.documents.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: { pk: EXPIRING },
        UpdateExpression: 'SET expiresAt = :e',
        ExpressionAttributeValues: { ':e': expiresAt },
      }),
    );
    expect(figures(await reportJson())).toEqual(figures(before.json));

    const sweeper = new RetentionSweeper({
      client: table.client,
      tableName: table.tableName,
      now: () => new Date((expiresAt + 1) * 1000),
    });
    expect(await sweeper.sweep()).toBe(1);
    await tallied(2);
    const after = await reportJson();
    expect(figures(after)).toEqual(figures(before.json));
    expect(after.funnels.find((f) => f.team === RJ && f.formId === 'referral')?.erased).toBe(2);
  }, 180_000);

  it('keeps nothing of the removed records but counts: no reference, answer, note or day', async () => {
    const item = (await tallyItem()) ?? {};
    const text = JSON.stringify(item);
    for (const secret of [
      ERASED,
      EXPIRING,
      'Jo Bloggs',
      'ask-questions',
      'staff-sub',
      '2026-11-03',
      '2026-12-02',
    ])
      expect(text).not.toContain(secret);
    expect(item.expiresAt).toBeUndefined();
  });

  it('counts a redelivered removal once', async () => {
    const removals = (await streamRecords()).filter(passesTallyFilter);
    expect(removals).toHaveLength(2);
    const handler = makeTallyHandler({
      config: testConfig(),
      tallies: new DynamoErasedTallies(table.documents, table.tableName),
      now: () => new Date(),
    });
    const beforeRedelivery = await tallyItem();
    const response = await handler({ Records: removals });
    expect(response.batchItemFailures).toEqual([]);
    expect(await tallyItem()).toEqual(beforeRedelivery);
    expect(figures(await reportJson())).toEqual(figures(before.json));
  });
});
