/**
 * `npm run bench`: how long one submission takes on the local twin, from POST to reply (stored
 * durably first), and from POST to the team's email in the SES emulator. Then the submit handler
 * itself, called in this process against the same DynamoDB Local, with every DynamoDB call timed:
 * the handler's own time apart from DynamoDB Local's. It writes to a table of its own that no
 * stream poller reads, so the figure is one submission's alone: on the twin's table, the notify
 * handler's writes for the previous submission share DynamoDB Local with the next POST.
 * Prints medians and p95.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { serviceConfig } from '../functions/config/service-config.ts';
import { makeSubmitHandler } from '../functions/handlers/submit-app.ts';
import { localContext } from '../functions/observability/logger.ts';
import { makeDocumentClient } from '../functions/storage/dynamodb-client.ts';
import { DynamoSubmissionStore } from '../functions/storage/dynamodb-store.ts';
import { ensureTable } from '../functions/storage/ensure-tables.ts';
import { systemClock } from '../functions/time/clock.ts';
import { readInbox } from '../local/ses-local.ts';
import { startTwin } from '../local/twin.ts';
import { VALID_ANSWERS } from '../test/support/valid-answers.ts';
import { percentile, size } from './sizes.ts';
import { referralEvent } from './submit-event.ts';

const RUNS = size('BENCH_RUNS', 200, 10);
const WARM_UP = size('BENCH_WARM_UP', 20, 2);
const DELIVERIES = size('BENCH_DELIVERIES', 20, 2);

const summary = (label: string, samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(38)} median ${percentile(sorted, 0.5).toFixed(1)} ms   p95 ${percentile(sorted, 0.95).toFixed(1)} ms   (n=${samples.length})`,
  );
};

const twin = await startTwin({ port: 0, dataDir: null, tableName: 'bench', quiet: true });
const post = async () => {
  const body = JSON.stringify({ ...VALID_ANSWERS.referral, submissionToken: randomUUID() });
  const started = performance.now();
  const response = await fetch(`${twin.url}/api/forms/referral`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const { reference } = (await response.json()) as { reference: string };
  if (response.status !== 201) throw new Error(`status ${response.status}`);
  return { reference, started, replied: performance.now() };
};

/**
 * The submit handler as the twin makes it, on a document client whose every call is timed (from
 * the command to its answer, retries included): per request, the handler's whole time, the part
 * spent waiting for DynamoDB Local, and how many calls it made.
 */
const timedHandler = async () => {
  const tableName = 'bench-handler';
  const client = new DynamoDBClient({ endpoint: twin.dynamoEndpoint, region: twin.region });
  await ensureTable(client, tableName);
  client.destroy();
  const documents = makeDocumentClient({ AWS_REGION: twin.region, DYNAMODB_ENDPOINT: twin.dynamoEndpoint });
  const spent = { ms: 0, calls: 0 };
  documents.middlewareStack.add(
    (next) => async (args) => {
      const started = performance.now();
      try {
        return await next(args);
      } finally {
        spent.ms += performance.now() - started;
        spent.calls += 1;
      }
    },
    { step: 'initialize', name: 'benchDynamoTiming' },
  );
  const handler = makeSubmitHandler({
    config: { ...serviceConfig, siteUrl: twin.url },
    store: new DynamoSubmissionStore(documents, tableName),
    now: systemClock,
    hashKey: randomBytes(32),
  });
  const invoke = async () => {
    spent.ms = 0;
    spent.calls = 0;
    const started = performance.now();
    const result = (await handler(referralEvent() as never, localContext('submit'))) as {
      statusCode: number;
    };
    const total = performance.now() - started;
    if (result.statusCode !== 201) throw new Error(`status ${result.statusCode}`);
    return { total, dynamo: spent.ms, calls: spent.calls };
  };
  return { invoke, close: () => documents.destroy() };
};

try {
  for (let i = 0; i < WARM_UP; i++) await post();
  const replies: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { started, replied } = await post();
    replies.push(replied - started);
  }
  // Email delivery: one submission at a time, waiting for its email to arrive.
  const deliveries: number[] = [];
  for (let i = 0; i < DELIVERIES; i++) {
    const { reference, started } = await post();
    while (!(await readInbox(twin.inboxUrl)).some((e) => e.subject.includes(reference))) {
      await new Promise((r) => setTimeout(r, 20));
    }
    deliveries.push(performance.now() - started);
  }
  summary('POST → 201 (stored)', replies);
  summary('POST → team email in the inbox', deliveries);

  const timed = await timedHandler();
  try {
    for (let i = 0; i < WARM_UP; i++) await timed.invoke();
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timed.invoke());
    summary(
      'submit handler, own table (total)',
      runs.map((r) => r.total),
    );
    summary(
      '  of which DynamoDB Local calls',
      runs.map((r) => r.dynamo),
    );
    summary(
      '  the handler without DynamoDB',
      runs.map((r) => r.total - r.dynamo),
    );
    console.log(`DynamoDB calls per submission: ${[...new Set(runs.map((r) => r.calls))].join(', ')}`);
  } finally {
    timed.close();
  }
} finally {
  await twin.stop();
}
