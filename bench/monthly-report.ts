/**
 * `npm run bench`: how long the monthly report takes with 10,000 submissions with steps in the
 * table, over a year. loadReport runs as the monthly function and the workspace page run it: a
 * Query per form on the by-form index against DynamoDB Local (every kept record, for the open
 * caseload), then the arithmetic. Prints the median and p95 of the whole, and of the arithmetic alone.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { serviceConfig } from '../functions/config/service-config.ts';
import { findForm } from '../functions/forms/registry.ts';
import { validateAnswers } from '../functions/forms/validate.ts';
import { logger } from '../functions/observability/logger.ts';
import type { StepEntry } from '../functions/progress/types.ts';
import { buildReport, type ReportRecord } from '../functions/reporting/build-report.ts';
import { loadReport } from '../functions/reporting/load-report.ts';
import { makeDocumentClient } from '../functions/storage/dynamodb-client.ts';
import { DynamoSubmissionStore } from '../functions/storage/dynamodb-store.ts';
import { ensureTable } from '../functions/storage/ensure-tables.ts';
import { buildRecord } from '../functions/submissions/record.ts';
import { newReference } from '../functions/submissions/reference.ts';
import { lastCalendarMonth } from '../functions/time/date-range.ts';
import { londonDay } from '../functions/time/london.ts';
import { startDynamoLocal } from '../local/dynamo-local.ts';
import { LOCAL_REGION, useLocalCredentials } from '../local/local-credentials.ts';
import { VALID_ANSWERS } from '../test/support/valid-answers.ts';
import { percentile, size } from './sizes.ts';

const RECORDS = size('BENCH_RECORDS', 10_000, 200);
const RUNS = size('BENCH_REPORT_RUNS', 10, 2);
const DAY = 86_400_000;

/** A plausible history: some untouched, some contacted, assessed, closed, in the form's own steps. */
const stepsFor = (formId: string, i: number, at: Date, now: Date): StepEntry[] => {
  const plan: Record<string, string[][]> = {
    referral: [[], ['first-contact'], ['first-contact', 'assessed'], ['first-contact', 'assessed', 'closed']],
    nuisance: [
      [],
      ['acknowledged'],
      ['acknowledged', 'first-contact'],
      ['acknowledged', 'first-contact', 'closed'],
    ],
    feedback: [[], ['read'], ['read', 'closed']],
  };
  const options = plan[formId] ?? [[]];
  const chosen = options[i % options.length] ?? [];
  const detail: Record<string, string> = {
    'first-contact': 'phone',
    assessed: 'suitable',
    closed: formId === 'referral' ? 'completed' : 'resolved',
  };
  return chosen.map((step, k) => {
    const on = new Date(Math.min(at.getTime() + (k + 1 + (i % 4)) * DAY, now.getTime()));
    return {
      id: `s${k}`,
      step,
      on: londonDay(on),
      ...(detail[step] && formId !== 'feedback' ? { detail: detail[step] } : {}),
      note: 'A short note the report never reads',
      by: 'bench',
      recordedAt: on.toISOString(),
    };
  });
};

logger.setLogLevel('SILENT');
useLocalCredentials();
const dynamo = await startDynamoLocal({ dataDir: null });
const documents = makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: dynamo.endpoint });
try {
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION });
  await ensureTable(client, 'bench-report');
  const store = new DynamoSubmissionStore(documents, 'bench-report');
  const kinds = [
    ['referral', VALID_ANSWERS.referral],
    ['referral', { ...VALID_ANSWERS.referral, ageBand: 'under-18' }],
    ['nuisance', VALID_ANSWERS.nuisance],
    ['nuisance', { ...VALID_ANSWERS.nuisance, landlord: 'council' }],
    ['feedback', VALID_ANSWERS.feedback],
  ] as const;
  const now = new Date();
  const yearAgo = now.getTime() - 365 * DAY;
  const started = performance.now();
  for (let i = 0; i < RECORDS; i += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, RECORDS - i) }, async (_, j) => {
        const [formId, answers] = kinds[(i + j) % kinds.length] ?? kinds[0];
        const form = findForm(formId);
        const result = form && validateAnswers(form, answers ?? {}, londonDay(now));
        if (!form || !result?.ok) throw new Error(`bad answers for ${formId}`);
        const at = new Date(yearAgo + ((i + j) / RECORDS) * 365 * DAY);
        await store.saveNew(formId, { hash: `bench-${i + j}`, windowSeconds: 60 }, () => ({
          ...buildRecord(form, serviceConfig, result.answers, newReference(form.referencePrefix), at),
          steps: stepsFor(formId, Math.floor((i + j) / kinds.length), at, now),
        }));
      }),
    );
  }
  console.log(
    `stored ${RECORDS} submissions with steps in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const range = lastCalendarMonth(now);
  const whole: number[] = [];
  let records: ReportRecord[] = [];
  for (let run = 0; run < RUNS + 2; run++) {
    const t = performance.now();
    const report = await loadReport(store, range, now, serviceConfig);
    if (run >= 2) whole.push(performance.now() - t);
    if (run === 0) {
      const received = report.funnels.reduce((sum, f) => sum + f.received, 0);
      console.log(
        `monthly report: ${received} received last month, ${report.funnels.length} team and form funnels`,
      );
      records = await store.allByForm<ReportRecord>(
        'referral',
        { start: new Date('2020-01-01T00:00:00Z'), end: range.end },
        {},
      );
    }
  }
  // The arithmetic alone, over the referrals as read (about 4,000 of the 10,000).
  const arithmetic: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now();
    buildReport(records, range, { config: serviceConfig, today: londonDay(now) });
    arithmetic.push(performance.now() - t);
  }
  const line = (label: string, samples: number[]) => {
    const sorted = [...samples].sort((a, b) => a - b);
    console.log(
      `monthly report, ${label.padEnd(34)} median ${percentile(sorted, 0.5).toFixed(1)} ms   p95 ${percentile(sorted, 0.95).toFixed(1)} ms   (n=${samples.length}, ${RECORDS} records)`,
    );
  };
  line('load and build (DynamoDB Local)', whole);
  line(`build only (${records.length} referrals)`, arithmetic);
} finally {
  documents.destroy();
  await dynamo.stop();
}
