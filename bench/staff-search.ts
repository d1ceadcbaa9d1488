/**
 * `npm run bench`: how long finding a case takes with 10,000 cases in one team. The real staff
 * handler (classify, hash per team, Query on the look-up index, BatchGet of the few found, the
 * audit entry, the page) runs against DynamoDB Local; a session is made directly, as sign-in
 * would. Prints the median and p95 of server time for a phone search and a name search.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { serviceConfig } from '../functions/config/service-config.ts';
import { STAFF_PATHS, STAFF_SESSION } from '../functions/contract/service-contract.ts';
import { findForm } from '../functions/forms/registry.ts';
import { validateAnswers } from '../functions/forms/validate.ts';
import { localContext, logger } from '../functions/observability/logger.ts';
import { findTokensOf } from '../functions/search/tokens.ts';
import { memberFrom } from '../functions/staff/auth/member.ts';
import { hashOf, startSession } from '../functions/staff/auth/sessions.ts';
import { makeDocumentClient } from '../functions/storage/dynamodb-client.ts';
import { DynamoStaffStore } from '../functions/storage/dynamodb-staff-store.ts';
import { DynamoSubmissionStore } from '../functions/storage/dynamodb-store.ts';
import { ensureStaffTable, ensureTable } from '../functions/storage/ensure-tables.ts';
import { buildRecord } from '../functions/submissions/record.ts';
import { newReference } from '../functions/submissions/reference.ts';
import { londonDay } from '../functions/time/london.ts';
import { startDynamoLocal } from '../local/dynamo-local.ts';
import { LOCAL_REGION, useLocalCredentials } from '../local/local-credentials.ts';
import { VALID_ANSWERS } from '../test/support/valid-answers.ts';
import { percentile, size } from './sizes.ts';
import { benchStaffHandler } from './staff-bench.ts';

const RECORDS = size('BENCH_RECORDS', 10_000, 200);
const RUNS = size('BENCH_SEARCH_RUNS', 30, 3);
const HASH_KEY = Buffer.alloc(32, 1);
const TEAM = 'restorative-justice';

logger.setLogLevel('SILENT');
useLocalCredentials();
const dynamo = await startDynamoLocal({ dataDir: null });
const documents = makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: dynamo.endpoint });
try {
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION });
  await ensureTable(client, 'bench-submissions');
  await ensureStaffTable(client, 'bench-staff');
  const submissions = new DynamoSubmissionStore(documents, 'bench-submissions');
  const staff = new DynamoStaffStore(documents, 'bench-staff');

  // 10,000 adult self-referrals over a year, all routed to one team, each with its own name and
  // phone number; every hundredth shares one surname, so the name search finds a hundred.
  const form = findForm('referral');
  if (!form) throw new Error('no referral form');
  const started = performance.now();
  const yearAgo = Date.now() - 365 * 86_400_000;
  // DynamoDB Local times out on a lock when many transactions cross on a busy machine: a few at a
  // time, and one tried again when it says so.
  const BATCH = 10;
  for (let i = 0; i < RECORDS; i += BATCH) {
    await Promise.all(
      Array.from({ length: Math.min(BATCH, RECORDS - i) }, async (_, j) => {
        const n = i + j;
        const answers = {
          ...VALID_ANSWERS.referral,
          name: n % 100 === 0 ? 'Sam Common' : `Person ${n}`,
          phone: `07700 ${String(900_000 + n).padStart(6, '0')}`,
        };
        const result = validateAnswers(form, answers, londonDay(new Date()));
        if (!result.ok) throw new Error('bad answers');
        const at = new Date(yearAgo + (n / RECORDS) * 365 * 86_400_000);
        // Saved as the submit path saves them: the record, its guard and its token items at once.
        for (let attempt = 1; ; attempt++) {
          try {
            await submissions.saveNew(
              form.id,
              { hash: `bench-${n}`, windowSeconds: 60 },
              () => buildRecord(form, serviceConfig, result.answers, newReference(form.referencePrefix), at),
              (record) => findTokensOf(form, record.team, record.answers, HASH_KEY),
            );
            break;
          } catch (error) {
            if ((error as Error).name !== 'InternalServerError' || attempt === 5) throw error;
          }
        }
      }),
    );
  }
  console.log(`stored ${RECORDS} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const handler = benchStaffHandler(documents, 'bench-submissions', { submissions, staff }, HASH_KEY);
  const member = memberFrom({ sub: 'bench-search', name: 'Bench', 'cognito:groups': [TEAM] }, serviceConfig);
  if (!member) throw new Error('no member');
  const session = await startSession(staff, { member, idToken: 'id-token', now: new Date() });
  const csrf = (await staff.getSession(hashOf(session)))?.csrfToken ?? '';
  // A search is POSTed from the workspace's own page (what was typed never goes in an address).
  const event = (q: string): APIGatewayProxyEventV2 =>
    ({
      version: '2.0',
      routeKey: '$default',
      rawPath: STAFF_PATHS.search,
      rawQueryString: '',
      cookies: [`${STAFF_SESSION.cookie}=${session}`],
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: new URL(serviceConfig.siteUrl).origin,
        'sec-fetch-site': 'same-origin',
      },
      body: new URLSearchParams({ csrf, q }).toString(),
      requestContext: { http: { method: 'POST' }, requestId: 'bench' },
      isBase64Encoded: false,
    }) as unknown as APIGatewayProxyEventV2;

  const middle = Math.floor(RECORDS / 2);
  const cases: [string, string, number][] = [
    ['by phone (1 found)', `+44 7700 ${900_000 + middle}`, 1],
    ['by name (1 found)', `person ${middle + 1}`, 1],
    [`by a shared name (${Math.ceil(RECORDS / 100)} found)`, 'SAM  COMMON', Math.ceil(RECORDS / 100)],
  ];
  for (const [label, q, expected] of cases) {
    const samples: number[] = [];
    for (let run = 0; run < RUNS + 3; run++) {
      const t = performance.now();
      const result = await handler(event(q), localContext('bench'));
      if (result.statusCode !== 200) throw new Error(`${label}: ${result.statusCode}`);
      if (!String(result.body).includes(`${expected === 1 ? '1 case' : `${expected} cases`} found`))
        throw new Error(`${label}: did not find ${expected}`);
      if (run >= 3) samples.push(performance.now() - t);
    }
    const sorted = samples.sort((a, b) => a - b);
    console.log(
      `search, ${label.padEnd(28)} median ${percentile(sorted, 0.5).toFixed(1)} ms   p95 ${percentile(sorted, 0.95).toFixed(1)} ms   (n=${RUNS}, ${RECORDS} cases in the team)`,
    );
  }
} finally {
  documents.destroy();
  await dynamo.stop();
}
