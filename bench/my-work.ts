/**
 * `npm run bench`: how long My work takes with 10,000 cases in one team. The real staff handler
 * (Queries on the look-up index: my open cases and the team's unassigned ones, the page) runs
 * against DynamoDB Local; a session is made directly, as sign-in would. Some cases are assigned to
 * the member, some closed, some with follow-ups due or overdue. Prints the median and p95.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { serviceConfig } from '../functions/config/service-config.ts';
import { mineKey } from '../functions/contract/lookup-keys.ts';
import { STAFF_PATHS, STAFF_SESSION } from '../functions/contract/service-contract.ts';
import { findForm } from '../functions/forms/registry.ts';
import { validateAnswers } from '../functions/forms/validate.ts';
import { localContext, logger } from '../functions/observability/logger.ts';
import { memberFrom } from '../functions/staff/auth/member.ts';
import { startSession } from '../functions/staff/auth/sessions.ts';
import { makeDocumentClient } from '../functions/storage/dynamodb-client.ts';
import { DynamoStaffStore } from '../functions/storage/dynamodb-staff-store.ts';
import { DynamoSubmissionStore } from '../functions/storage/dynamodb-store.ts';
import { ensureStaffTable, ensureTable } from '../functions/storage/ensure-tables.ts';
import { buildRecord, type SubmissionRecord } from '../functions/submissions/record.ts';
import { newReference } from '../functions/submissions/reference.ts';
import { addDays, londonDay } from '../functions/time/london.ts';
import { startDynamoLocal } from '../local/dynamo-local.ts';
import { LOCAL_REGION, useLocalCredentials } from '../local/local-credentials.ts';
import { VALID_ANSWERS } from '../test/support/valid-answers.ts';
import { percentile, size } from './sizes.ts';
import { benchStaffHandler } from './staff-bench.ts';

const RECORDS = size('BENCH_RECORDS', 10_000, 200);
const RUNS = size('BENCH_MY_WORK_RUNS', 30, 3);
const TABLE = 'bench-my-work';
const SUB = 'bench-caseworker';

logger.setLogLevel('SILENT');
useLocalCredentials();
/**
 * Two teams' years: nine in ten of a year's cases still open (the worst case for My work),
 * and a year where cases older than two months have closed (closed cases leave the index).
 */
const scenarios: [string, (i: number, at: Date) => boolean][] = [
  ['', (i) => i % 10 === 0],
  [', older than 2 months closed', (_i, at) => at.getTime() < Date.now() - 61 * 86_400_000],
];
// Each scenario on its own DynamoDB Local: in memory, one slows to a crawl with a second 10,000.
for (const [label, isClosed] of scenarios) {
  const dynamo = await startDynamoLocal({ dataDir: null });
  const documents = makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: dynamo.endpoint });
  try {
    const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION });
    const table = `${TABLE}-${scenarios.findIndex(([l]) => l === label)}`;
    await ensureTable(client, table);
    await ensureStaffTable(client, `${table}-staff`);
    const submissions = new DynamoSubmissionStore(documents, table);
    const staff = new DynamoStaffStore(documents, `${table}-staff`);

    // 10,000 referrals to one team over a year. Every 25th is assigned to the member, every 10th
    // closed (no look-up key), every 40th has a follow-up between a week ago and a week ahead.
    const form = findForm('referral');
    const today = londonDay(new Date());
    const checked = form && validateAnswers(form, VALID_ANSWERS.referral ?? {}, today);
    if (!form || !checked?.ok) throw new Error('bad referral answers');
    const caseOf = (i: number, at: Date): SubmissionRecord => {
      const record = buildRecord(
        form,
        serviceConfig,
        checked.answers,
        newReference(form.referencePrefix),
        at,
      );
      if (isClosed(i, at)) return { ...record, status: 'closed', lookup: undefined } as SubmissionRecord;
      const mine = i % 25 === 1 ? { assignee: SUB, lookup: mineKey(SUB) } : {};
      const followUp =
        i % 40 === 3
          ? {
              followUp: {
                on: addDays(today, (i % 15) - 7),
                what: 'Ring back',
                by: SUB,
                setAt: at.toISOString(),
              },
            }
          : {};
      return { ...record, ...mine, ...followUp };
    };
    const started = performance.now();
    const yearAgo = Date.now() - 365 * 86_400_000;
    let assigned = 0;
    for (let i = 0; i < RECORDS; i += 25) {
      await Promise.all(
        Array.from({ length: Math.min(25, RECORDS - i) }, async (_, j) => {
          const at = new Date(yearAgo + ((i + j) / RECORDS) * 365 * 86_400_000);
          const record = caseOf(i + j, at);
          if (record.assignee) assigned += 1;
          // DynamoDB rejects an attribute set to undefined in the document client's marshalling: drop it.
          const clean = JSON.parse(JSON.stringify(record)) as SubmissionRecord;
          await submissions.saveNew('referral', { hash: `bench-${i + j}`, windowSeconds: 60 }, () => clean);
        }),
      );
    }
    console.log(
      `stored ${RECORDS} cases in one team${label} (${assigned} open and assigned to the member) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const handler = benchStaffHandler(documents, table, { submissions, staff });
    const member = memberFrom(
      { sub: SUB, name: 'Bench', email: 'bench@example.org', 'cognito:groups': ['restorative-justice'] },
      serviceConfig,
    );
    if (!member) throw new Error('no member');
    const session = await startSession(staff, { member, idToken: 'id-token', now: new Date() });
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: STAFF_PATHS.myWork,
      rawQueryString: '',
      cookies: [`${STAFF_SESSION.cookie}=${session}`],
      headers: {},
      requestContext: { http: { method: 'GET' }, requestId: 'bench' },
      isBase64Encoded: false,
    } as unknown as APIGatewayProxyEventV2;

    const samples: number[] = [];
    for (let run = 0; run < RUNS + 3; run++) {
      const t = performance.now();
      const result = await handler(event, localContext('bench'));
      if (result.statusCode !== 200) throw new Error(`My work: ${result.statusCode}`);
      if (run >= 3) samples.push(performance.now() - t);
    }
    const sorted = samples.sort((a, b) => a - b);
    console.log(
      `my work, one team of ${RECORDS}${label}            median ${percentile(sorted, 0.5).toFixed(1)} ms   p95 ${percentile(sorted, 0.95).toFixed(1)} ms   (n=${RUNS})`,
    );
  } finally {
    documents.destroy();
    await dynamo.stop();
  }
}
