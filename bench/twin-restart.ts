/**
 * `npm run bench`: from restarting the local twin to the first new submission's team email, with
 * 5,000 earlier submissions in the stream, when the twin resumes from its saved position and when
 * it has none (first start after an upgrade) and skips what was already emailed. Issue 13 measured
 * 57.8 s before either existed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findForm } from '../functions/forms/registry.ts';
import { validateAnswers } from '../functions/forms/validate.ts';
import { logger } from '../functions/observability/logger.ts';
import { makeDocumentClient } from '../functions/storage/dynamodb-client.ts';
import { DynamoSubmissionStore } from '../functions/storage/dynamodb-store.ts';
import { buildRecord } from '../functions/submissions/record.ts';
import { newReference } from '../functions/submissions/reference.ts';
import { LOCAL_REGION } from '../local/local-credentials.ts';
import { readInbox } from '../local/ses-local.ts';
import { startTwin, type Twin } from '../local/twin.ts';
import { VALID_ANSWERS } from '../test/support/valid-answers.ts';

const EARLIER = Number(process.env.BENCH_EARLIER ?? 5_000);
const RUNS = 3;

logger.setLogLevel('SILENT');
const config = (await import('../functions/config/service-config.ts')).serviceConfig;
const referral = findForm('referral');
const answers = validateAnswers(referral ?? ({} as never), VALID_ANSWERS.referral ?? {});
if (!referral || !answers.ok) throw new Error('no referral');
const dataDir = mkdtempSync(join(tmpdir(), 'bench-restart-'));
const twinOn = () =>
  startTwin({ port: 0, dataDir, quiet: true, tableName: 'bench-restart', siteDir: 'site/dist' });

const sendAndWait = async (twin: Twin): Promise<void> => {
  const response = await fetch(`${twin.url}/api/forms/referral`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...VALID_ANSWERS.referral,
      formOpenMs: '5000',
      submissionToken: crypto.randomUUID(),
    }),
  });
  const { reference } = (await response.json()) as { reference: string };
  while (!(await readInbox(twin.inboxUrl)).some((e) => e.subject.includes(reference))) {
    await new Promise((r) => setTimeout(r, 20));
  }
};

try {
  const first = await twinOn();
  const documents = makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: first.dynamoEndpoint });
  const store = new DynamoSubmissionStore(documents, 'bench-restart');
  const at = new Date();
  for (let i = 0; i < EARLIER; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, EARLIER - i) }, (_, j) =>
        store.saveNew('referral', { hash: `bench-${i + j}`, windowSeconds: 60 }, () => ({
          ...buildRecord(referral, config, answers.answers, newReference('RJ'), at),
          teamNotifiedAt: at.toISOString(),
        })),
      ),
    );
  }
  await sendAndWait(first);
  documents.destroy();
  await first.stop();

  for (const [label, forget] of [
    ['resuming from its saved position', false],
    ['with no saved position (skipping)', true],
  ] as const) {
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      if (forget) rmSync(join(dataDir, 'stream-positions-bench-restart.json'), { force: true });
      const started = performance.now();
      const twin = await twinOn();
      await sendAndWait(twin);
      samples.push(performance.now() - started);
      await twin.stop();
    }
    const median = [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;
    console.log(
      `twin restart → first new team email, ${label.padEnd(34)} median ${(median / 1000).toFixed(2)} s   (n=${RUNS}, ${EARLIER} earlier submissions; before: 57.8 s)`,
    );
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
