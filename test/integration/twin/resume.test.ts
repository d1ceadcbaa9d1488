import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findForm } from '../../../functions/forms/registry.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { makeDocumentClient } from '../../../functions/storage/dynamodb-client.ts';
import { DynamoSubmissionStore } from '../../../functions/storage/dynamodb-store.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { newReference } from '../../../functions/submissions/reference.ts';
import { startDynamoLocal } from '../../../local/dynamo-local.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { type InboxEmail, readInbox } from '../../../local/ses-local.ts';
import { startTwin, type Twin } from '../../../local/twin.ts';
import { testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

const EARLIER = 2_000;
const config = testConfig();
const referral = findForm('referral');
const answers = validateAnswers(referral ?? ({} as never), VALID_ANSWERS.referral ?? {});
if (!referral || !answers.ok) throw new Error('no referral');

let dataDir = '';
/** The last submission before the restarts: emailed then, never again. */
let lastBefore = '';
const twinOn = (dir: string) =>
  startTwin({ port: 0, dataDir: dir, quiet: true, config, tableName: 'resume', siteDir: 'site/dist' });

/**
 * Submissions already handled, as a long-used twin has them: stored, and their team email sent
 * (no confirmation due). Written through the store, many at once, to keep the test quick.
 */
const storeEarlier = async (store: DynamoSubmissionStore, count: number, at: Date) => {
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, (_, j) =>
        store.saveNew('referral', { hash: `earlier-${i + j}`, windowSeconds: 60 }, () => ({
          ...buildRecord(referral, config, answers.answers, newReference('RJ'), at),
          teamNotifiedAt: at.toISOString(),
        })),
      ),
    );
  }
};

/** When the twin was last (re)started: the emulator's store outlives it in this process. */
let restartedAt = 0;

const emailsAbout = async (twin: Twin, reference: string): Promise<InboxEmail[]> =>
  (await readInbox(twin.inboxUrl)).filter((e) => e.subject.includes(reference) && e.at >= restartedAt);

/** The team's emails only (a submission marked email safe also gets its confirmation). */
const teamEmailsAbout = async (twin: Twin, reference: string) =>
  (await emailsAbout(twin, reference)).filter((e) =>
    e.destination.to.includes('rj-team@northfield.example.org'),
  );

const waitForEmail = async (twin: Twin, reference: string, withinMs: number) => {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if ((await emailsAbout(twin, reference)).length > 0) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`No email about ${reference} within ${withinMs} ms`);
};

const postReferral = async (twin: Twin) => {
  const response = await fetch(`${twin.url}/api/forms/referral`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...VALID_ANSWERS.referral,
      safeWays: ['phone'],
      formOpenMs: '5000',
      submissionToken: crypto.randomUUID(),
    }),
  });
  return ((await response.json()) as { reference: string }).reference;
};

/** While the twin is stopped: DynamoDB Local alone on the same data, one submission written straight in. */
const writeWhileStopped = async (): Promise<string> => {
  const dynamo = await startDynamoLocal({ dataDir });
  const documents = makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: dynamo.endpoint });
  const reference = newReference('RJ');
  try {
    await new DynamoSubmissionStore(documents, 'resume').saveNew(
      'referral',
      { hash: `stopped-${reference}`, windowSeconds: 60 },
      () => buildRecord(referral, config, answers.answers, reference, new Date()),
    );
  } finally {
    documents.destroy();
    await dynamo.stop();
  }
  return reference;
};

describe('the twin restarted after long use', () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'twin-resume-'));
    const twin = await twinOn(dataDir);
    const documents = makeDocumentClient({
      AWS_REGION: LOCAL_REGION,
      DYNAMODB_ENDPOINT: twin.dynamoEndpoint,
    });
    await storeEarlier(new DynamoSubmissionStore(documents, 'resume'), EARLIER, new Date());
    // Used as people use it: a last submission is emailed, so the poller has read everything.
    lastBefore = await postReferral(twin);
    await waitForEmail(twin, lastBefore, 60_000);
    documents.destroy();
    await twin.stop();
  }, 180_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /**
   * Restarts the twin after one submission was written straight to the table while it was stopped:
   * a new submission is emailed within 5 s, the one written meanwhile exactly once, and nothing
   * from before the restart again.
   */
  const restartAndCheck = async () => {
    const whileStopped = await writeWhileStopped();
    restartedAt = Math.floor(Date.now() / 1000);
    const twin = await twinOn(dataDir);
    try {
      const reference = await postReferral(twin);
      expect(await waitForEmail(twin, reference, 5_000)).toBeLessThan(5_000);
      await waitForEmail(twin, whileStopped, 5_000);
      await new Promise((r) => setTimeout(r, 1_000));
      expect(await teamEmailsAbout(twin, whileStopped)).toHaveLength(1);
      expect(await teamEmailsAbout(twin, reference)).toHaveLength(1);
      expect(await emailsAbout(twin, lastBefore)).toEqual([]);
    } finally {
      await twin.stop();
    }
  };

  it(
    'resumes where it stopped: one sent while it was stopped goes once, a new one within 5 s',
    restartAndCheck,
    60_000,
  );

  it('without a saved position, skips what was emailed and still sends a new one within 5 s, once', async () => {
    rmSync(join(dataDir, 'stream-positions-resume.json'), { force: true });
    await restartAndCheck();
  }, 60_000);
});
