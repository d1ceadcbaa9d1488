import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Notifier } from '../../../functions/email/outgoing-email.ts';
import { makeSesClient, SesNotifier } from '../../../functions/email/ses-notifier.ts';
import { FORMS, findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { makeResendHandler } from '../../../functions/handlers/resend-waiting-app.ts';
import { notifySubmission } from '../../../functions/notify/notify-submission.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { readInbox } from '../../../local/ses-local.ts';
import { freshTable, NOTHING_SUPPRESSED, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

const config = testConfig();
const MINUTE = 60_000;
let table: Awaited<ReturnType<typeof freshTable>>;
let ses: SesNotifier;
const sesEndpoint = () => inject('sesEndpoint');

beforeAll(async () => {
  table = await freshTable();
  ses = new SesNotifier(
    makeSesClient({ AWS_REGION: LOCAL_REGION, SES_ENDPOINT: sesEndpoint() }),
    config.senderEmail,
  );
});
afterAll(() => table?.client.destroy());

/** Stores a submission as the submit function does; nothing sends it (no stream here). */
const store = async (formId: 'referral' | 'feedback', answers: Record<string, unknown>, at: Date) => {
  const result = await submitForm(findForm(formId) as FormDefinition, answers, {
    config,
    store: table.store,
    now: () => at,
    hashKey: TEST_HASH_KEY,
  });
  if (result.kind !== 'accepted') throw new Error(`not stored: ${result.kind}`);
  return result.reference;
};

/** What the notifier and the job need for confirmations: the key, the per-address limit, SES's list. */
const gate = () => ({ hashKey: TEST_HASH_KEY, limit: table.limit, suppression: NOTHING_SUPPRESSED });

const emailsFor = async (reference: string) =>
  (await readInbox(sesEndpoint())).filter((email) => email.subject.includes(reference));

const jobAt = (now: Date, notifier: Notifier = ses) =>
  makeResendHandler({ config, store: table.store, notifier, ...gate(), forms: FORMS, now: () => now });

/** A notifier that takes a while, as SES does on a bad day: it widens any race. */
const slow = (ms: number): Notifier => ({
  send: async (email) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await ses.send(email);
  },
});

describe('the re-send job sends what the stream did not, once', () => {
  it('sends a waiting team email and due confirmation once, and nothing on the next run', async () => {
    const created = new Date(Date.now() - 11 * MINUTE);
    const referral = await store('referral', { ...VALID_ANSWERS.referral, whatHappened: 'job 1' }, created);
    const feedback = await store('feedback', { ...VALID_ANSWERS.feedback, wentWell: 'job 1' }, created);

    const first = await jobAt(new Date())();
    expect(first).toMatchObject({ waiting: 2, sent: 2, failed: 0, left: 0, oldestWaitingSeconds: 0 });
    // The referral marked email safe: team email and confirmation. Feedback: the team's only.
    expect(await emailsFor(referral)).toHaveLength(2);
    expect(await emailsFor(feedback)).toHaveLength(1);
    const record = await table.store.get(referral);
    expect(record?.teamNotifiedAt).toEqual(expect.any(String));
    expect(record?.confirmationSentAt).toEqual(expect.any(String));

    const second = await jobAt(new Date())();
    expect(second).toMatchObject({ waiting: 0, sent: 0 });
    expect(await emailsFor(referral)).toHaveLength(2);
    expect(await emailsFor(feedback)).toHaveLength(1);
  });

  it('leaves a submission younger than the wait to the stream', async () => {
    const reference = await store('feedback', { ...VALID_ANSWERS.feedback, wentWell: 'young' }, new Date());
    const run = await jobAt(new Date())();
    expect(run.waiting).toBe(0);
    expect(await emailsFor(reference)).toHaveLength(0);
    // Ten minutes on, it is the job's.
    await jobAt(new Date(Date.now() + 11 * MINUTE))();
    expect(await emailsFor(reference)).toHaveLength(1);
  });

  it('never sends twice when the stream and the job send the same records at the same moment', async () => {
    const created = new Date(Date.now() - 11 * MINUTE);
    const references: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      references.push(await store('feedback', { ...VALID_ANSWERS.feedback, wentWell: `race ${i}` }, created));
    }
    const deps = { config, store: table.store, notifier: slow(300), ...gate(), now: () => new Date() };
    const outcomes = await Promise.all([
      jobAt(new Date(), slow(300))(),
      ...references.map((reference) => notifySubmission(reference, deps)),
    ]);
    for (const reference of references) expect(await emailsFor(reference)).toHaveLength(1);
    // Each record was sent by one of the two; the other saw it busy or done.
    const [run, ...streamOutcomes] = outcomes as [{ sent: number }, ...string[]];
    expect(run.sent + streamOutcomes.filter((o) => o === 'sent').length).toBe(references.length);
  });

  it('reports how long a record has waited while SES refuses it, then sends it on a later run', async () => {
    const created = new Date(Date.now() - 70 * MINUTE);
    const reference = await store('feedback', { ...VALID_ANSWERS.feedback, wentWell: 'outage' }, created);
    const down: Notifier = {
      send: async () => {
        throw Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable' });
      },
    };
    const failed = await jobAt(new Date(), down)();
    expect(failed).toMatchObject({ waiting: 1, sent: 0, failed: 1 });
    // Over an hour: what the alarm reads.
    expect(failed.oldestWaitingSeconds).toBeGreaterThan(60 * 60);
    expect(await emailsFor(reference)).toHaveLength(0);

    // The failed try gave its claim back: the very next run sends it.
    const recovered = await jobAt(new Date())();
    expect(recovered).toMatchObject({ sent: 1, failed: 0, oldestWaitingSeconds: 0 });
    expect(await emailsFor(reference)).toHaveLength(1);
  });
});
