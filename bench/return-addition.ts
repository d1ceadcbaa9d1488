/**
 * `npm run bench`: how long a person signed back in waits when they add an incident to their
 * nuisance report (issue 21): the add action as the /return/ router calls it (validate by the
 * question types, read the case, work out retention and the Case Review notice, one UpdateItem with
 * list_append, the page after) against DynamoDB Local. Each run adds to a case that already has
 * several additions, so the list grows as a person's diary does. Prints the median and p95, to sit
 * beside the form POST's budget (bench/submit-latency.ts).
 *
 * The case is read with the store's `get`, cut down to what the actions may see, until the way back
 * in's own read (caseForReturn) is merged beside it.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { serviceConfig } from '../functions/config/service-config.ts';
import { findForm } from '../functions/forms/registry.ts';
import { validateAnswers } from '../functions/forms/validate.ts';
import { logger } from '../functions/observability/logger.ts';
import { RETURN_ACTIONS } from '../functions/returning/action-registry.ts';
import type { ReturningStore } from '../functions/returning/actions.ts';
import { makeDocumentClient } from '../functions/storage/dynamodb-client.ts';
import { DynamoSubmissionStore } from '../functions/storage/dynamodb-store.ts';
import { ensureTable } from '../functions/storage/ensure-tables.ts';
import { buildRecord } from '../functions/submissions/record.ts';
import { newReference } from '../functions/submissions/reference.ts';
import { londonDay } from '../functions/time/london.ts';
import { startDynamoLocal } from '../local/dynamo-local.ts';
import { LOCAL_REGION, useLocalCredentials } from '../local/local-credentials.ts';
import { VALID_ANSWERS } from '../test/support/valid-answers.ts';
import { percentile, size } from './sizes.ts';

const RUNS = size('BENCH_ADDITION_RUNS', 50, 3);
const CASES = 10;

logger.setLogLevel('SILENT');
useLocalCredentials();
const dynamo = await startDynamoLocal({ dataDir: null });
const documents = makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: dynamo.endpoint });
try {
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION });
  await ensureTable(client, 'bench-returning');
  const submissions = new DynamoSubmissionStore(documents, 'bench-returning');
  const store: ReturningStore = {
    caseForReturn: async (reference) => {
      const r = await submissions.get(reference);
      return (
        r && {
          reference: r.reference,
          formId: r.formId,
          createdAt: r.createdAt,
          team: r.team,
          closed: false,
          additions: (r.additions ?? []).map(({ kind, at }) => ({ kind, at })),
          expiresAt: r.expiresAt,
          ...(r.caseReviewNoticeAt ? { caseReviewNoticeAt: r.caseReviewNoticeAt } : {}),
        }
      );
    },
    appendAddition: (reference, change) => submissions.appendAddition(reference, change),
  };

  const form = findForm('nuisance');
  const add = RETURN_ACTIONS.add;
  if (!form || !add) throw new Error('no nuisance form or add action');
  const answers = validateAnswers(form, VALID_ANSWERS.nuisance ?? {}, londonDay(new Date()));
  if (!answers.ok) throw new Error('bad answers');
  const references: string[] = [];
  for (let i = 0; i < CASES; i++) {
    const { reference } = await submissions.saveNew(
      form.id,
      { hash: `bench-return-${i}`, windowSeconds: 60 },
      () => buildRecord(form, serviceConfig, answers.answers, newReference(form.referencePrefix), new Date()),
    );
    references.push(reference);
  }

  // Today's UTC date is never after London's, so the incident's date is never in the future.
  const today = new Date();
  const fields = {
    'happenedOn-day': String(today.getUTCDate()),
    'happenedOn-month': String(today.getUTCMonth() + 1),
    'happenedOn-year': String(today.getUTCFullYear()),
    happenedAt: 'about 11pm',
    behaviours: ['noise', 'threats'],
    description: 'Banging on the wall and shouting at the door until 2am. '.repeat(10),
    impact: 'We could not sleep again and the children were frightened.',
    peopleInvolved: 'The man from the flat above and two visitors.',
  };
  const samples: number[] = [];
  for (let run = 0; run < RUNS + 3; run++) {
    const reference = references[run % CASES] ?? '';
    const t = performance.now();
    const result = await add(
      {
        session: { reference, formId: form.id, language: 'en' },
        form,
        config: serviceConfig,
        method: 'POST',
        fields,
        now: new Date(),
      },
      store,
    );
    if (result.statusCode !== 200) throw new Error(`add: ${result.statusCode}`);
    if (run >= 3) samples.push(performance.now() - t);
  }
  const sorted = samples.sort((a, b) => a - b);
  console.log(
    `return, add an incident (action)       median ${percentile(sorted, 0.5).toFixed(1)} ms   p95 ${percentile(sorted, 0.95).toFixed(1)} ms   (n=${RUNS}, up to ${Math.ceil((RUNS + 3) / CASES)} additions a case)`,
  );
} finally {
  documents.destroy();
  await dynamo.stop();
}
