import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeSesClient, SesNotifier } from '../../../functions/email/ses-notifier.ts';
import { caseReview } from '../../../functions/forms/case-review.ts';
import { FORMS } from '../../../functions/forms/registry.ts';
import { makeResendHandler } from '../../../functions/handlers/resend-waiting-app.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { readInbox } from '../../../local/ses-local.ts';
import { freshTable, NOTHING_SUPPRESSED, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

/**
 * Nothing acknowledged is lost: a Case Review application whose team email went but whose partner
 * bodies were not told (the stream gave up half way) is finished by the re-send job, once.
 */
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

const job = () =>
  makeResendHandler({
    config,
    store: table.store,
    notifier: ses,
    hashKey: TEST_HASH_KEY,
    limit: table.limit,
    suppression: NOTHING_SUPPRESSED,
    forms: FORMS,
    now: () => new Date(),
  });

describe('the re-send job and the partner bodies', () => {
  it('tells the partner bodies what the stream did not, and nothing more on the next run', async () => {
    const stored = await submitForm(
      caseReview,
      { ...VALID_ANSWERS['case-review'], wantsConfirmation: 'no' },
      { config, store: table.store, now: () => new Date(Date.now() - 11 * MINUTE), hashKey: TEST_HASH_KEY },
    );
    if (stored.kind !== 'accepted') throw new Error(stored.kind);
    const { reference } = stored;
    await table.store.markSent(reference, 'teamNotifiedAt', new Date());

    expect(await job()()).toMatchObject({ waiting: 1, sent: 1, failed: 0 });
    const emails = (await readInbox(sesEndpoint())).filter((e) => e.subject.includes(reference));
    expect(emails.map((e) => e.destination.to[0]).sort()).toEqual(
      config.caseReview.partners.map((p) => p.email).sort(),
    );
    expect((await table.store.get(reference))?.partnersNotifiedAt).toEqual(expect.any(String));
    expect(await job()()).toMatchObject({ waiting: 0, sent: 0 });
  });
});
