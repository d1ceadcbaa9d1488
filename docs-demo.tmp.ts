import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { serviceConfig } from './functions/config/service-config.ts';
import { findForm } from './functions/forms/registry.ts';
import { logger } from './functions/observability/logger.ts';
import { makeDocumentClient } from './functions/storage/dynamodb-client.ts';
import { DynamoSubmissionStore } from './functions/storage/dynamodb-store.ts';
import { ensureTable } from './functions/storage/ensure-tables.ts';
import { buildRecord } from './functions/submissions/record.ts';
import { startDynamoLocal } from './local/dynamo-local.ts';
import { LOCAL_REGION, useLocalCredentials } from './local/local-credentials.ts';
import { runOps } from './ops/run.ts';
import { VALID_ANSWERS } from './test/support/valid-answers.ts';

logger.setLogLevel('SILENT');
useLocalCredentials();
const dynamo = await startDynamoLocal({ dataDir: null });
const documents = makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: dynamo.endpoint });
await ensureTable(new DynamoDBClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION }), 'demo');
const store = new DynamoSubmissionStore(documents, 'demo');
let n = 0;
const put = async (formId: string, ref: string, at: string, steps: [string, string, string?][], extra: Record<string, unknown> = {}) => {
  const form = findForm(formId);
  if (!form) throw new Error(formId);
  await store.saveNew(formId, { hash: `demo-${++n}`, windowSeconds: 60 }, () => ({
    ...buildRecord(form, serviceConfig, VALID_ANSWERS[formId] ?? {}, ref, new Date(at)),
    ...(steps.length ? { steps: steps.map(([step, on, detail], i) => ({ id: `e${i}`, step, on, ...(detail ? { detail } : {}), by: 'demo', recordedAt: `${on}T12:00:00Z` })) } : {}),
    ...extra,
  }));
};
await put('referral', 'RJ-DEMO-0001', '2026-11-02T10:00:00Z', [['first-contact', '2026-11-03', 'phone'], ['assessed', '2026-11-05', 'suitable'], ['closed', '2026-11-20', 'completed']]);
await put('referral', 'RJ-DEMO-0002', '2026-11-02T10:00:00Z', [['first-contact', '2026-11-06', 'email'], ['assessed', '2026-11-09', 'not-suitable'], ['closed', '2026-11-10', 'not-suitable']]);
await put('referral', 'RJ-DEMO-0003', '2026-11-09T10:00:00Z', [['first-contact', '2026-11-11', 'phone'], ['assessed', '2026-11-16', 'suitable'], ['other-party-approached', '2026-11-18']]);
await put('referral', 'RJ-DEMO-0004', '2026-11-16T10:00:00Z', []);
await put('referral', 'RJ-DEMO-0005', '2026-11-26T10:00:00Z', []);
await put('referral', 'RJ-DEMO-0006', '2026-08-03T10:00:00Z', []);
await put('nuisance', 'NR-DEMO-0001', '2026-11-23T10:00:00Z', [['acknowledged', '2026-11-23']], { urgent: ['threats'] });
await put('nuisance', 'NR-DEMO-0002', '2026-11-25T10:00:00Z', [['acknowledged', '2026-11-25'], ['first-contact', '2026-11-26', 'phone']], { urgent: [] });
await put('feedback', 'FB-DEMO-0001', '2026-11-12T10:00:00Z', [['read', '2026-11-12'], ['closed', '2026-11-13']]);
const io = { stdout: process.stdout, stderr: process.stderr, interactive: false, liveProgress: false, ask: async () => false };
const env = { OPS_TABLE_NAME: 'demo', DYNAMODB_ENDPOINT: dynamo.endpoint, AWS_REGION: LOCAL_REGION };
console.log('$ npm run ops -- report --since 2026-11-01 --until 2026-11-30');
await runOps(['report', '--since', '2026-11-01', '--until', '2026-11-30'], io, env);
console.log('$ npm run ops -- overdue');
await runOps(['overdue'], io, env);
documents.destroy();
await dynamo.stop();
