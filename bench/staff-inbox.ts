/**
 * `npm run bench`: how long the staff inbox takes with 10,000 submissions in the table. The real
 * staff handler (Query on the by-team index, the "opened" look-ups, the page) runs against DynamoDB
 * Local; a session is made directly, as sign-in would. Prints medians and p95 per kind of inbox.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { serviceConfig } from '../functions/config/service-config.ts';
import { STAFF_SESSION } from '../functions/contract/service-contract.ts';
import { findForm } from '../functions/forms/registry.ts';
import { validateAnswers } from '../functions/forms/validate.ts';
import { localContext, logger } from '../functions/observability/logger.ts';
import { memberFrom } from '../functions/staff/auth/member.ts';
import { startSession } from '../functions/staff/auth/sessions.ts';
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
const RUNS = size('BENCH_INBOX_RUNS', 30, 3);

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

  // 10,000 referrals and nuisance reports over a year, spread over the teams by the real routing.
  const kinds = [
    ['referral', VALID_ANSWERS.referral],
    ['referral', { ...VALID_ANSWERS.referral, ageBand: 'under-18' }],
    ['nuisance', VALID_ANSWERS.nuisance],
    ['nuisance', { ...VALID_ANSWERS.nuisance, landlord: 'council' }],
    ['feedback', VALID_ANSWERS.feedback],
  ] as const;
  const started = performance.now();
  const yearAgo = Date.now() - 365 * 86_400_000;
  for (let i = 0; i < RECORDS; i += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, RECORDS - i) }, async (_, j) => {
        const [formId, answers] = kinds[(i + j) % kinds.length] ?? kinds[0];
        const form = findForm(formId);
        const result = form && validateAnswers(form, answers ?? {}, londonDay(new Date()));
        if (!form || !result?.ok) throw new Error(`bad answers for ${formId}`);
        const at = new Date(yearAgo + ((i + j) / RECORDS) * 365 * 86_400_000);
        await submissions.saveNew(formId, { hash: `bench-${i + j}`, windowSeconds: 60 }, () =>
          buildRecord(form, serviceConfig, result.answers, newReference(form.referencePrefix), at),
        );
      }),
    );
  }
  console.log(`stored ${RECORDS} submissions in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const handler = benchStaffHandler(documents, 'bench-submissions', { submissions, staff });
  const sessionOf = async (groups: string[]) => {
    const member = memberFrom(
      { sub: groups.join('+'), name: 'Bench', 'cognito:groups': groups },
      serviceConfig,
    );
    if (!member) throw new Error('no member');
    return startSession(staff, { member, idToken: 'id-token', now: new Date() });
  };
  const event = (query: string, session: string): APIGatewayProxyEventV2 =>
    ({
      version: '2.0',
      routeKey: '$default',
      rawPath: '/staff/',
      rawQueryString: query,
      cookies: [`${STAFF_SESSION.cookie}=${session}`],
      headers: {},
      requestContext: { http: { method: 'GET' }, requestId: 'bench' },
      isBase64Encoded: false,
    }) as unknown as APIGatewayProxyEventV2;

  const cases: [string, string[], string][] = [
    ['one team, newest first', ['restorative-justice'], ''],
    ['one team, oldest waiting first', ['restorative-justice'], 'order=oldest'],
    ['admin (5 teams merged), newest', ['admins'], ''],
    ['admin, urgent only', ['admins'], 'urgent=yes'],
    ['admin, nuisance only', ['admins'], 'form=nuisance'],
    ['admin, not yet opened', ['admins'], 'status=new'],
  ];
  for (const [label, groups, query] of cases) {
    const session = await sessionOf(groups);
    const samples: number[] = [];
    for (let run = 0; run < RUNS + 3; run++) {
      const t = performance.now();
      const result = await handler(event(query, session), localContext('bench'));
      if (result.statusCode !== 200) throw new Error(`${label}: ${result.statusCode}`);
      if (run >= 3) samples.push(performance.now() - t);
    }
    const sorted = samples.sort((a, b) => a - b);
    console.log(
      `inbox, ${label.padEnd(32)} median ${percentile(sorted, 0.5).toFixed(1)} ms   p95 ${percentile(sorted, 0.95).toFixed(1)} ms   (n=${RUNS}, ${RECORDS} records)`,
    );
  }
} finally {
  documents.destroy();
  await dynamo.stop();
}
