import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { pause, referenceOf, type SpineTwin, startSpineTwin, waitFor } from '../spine/spine-twin.ts';

/**
 * A Case Review application sent through the forms API on the twin: the notifier, on the stream,
 * tells every partner body in config (each its own email: the reference and a link), then marks it,
 * and no partner email carries an answer.
 */
let twin: SpineTwin;

beforeAll(async () => {
  twin = await startSpineTwin();
});

afterAll(async () => {
  await twin?.stop();
});

describe('partner bodies', () => {
  it('each get a notification with a link, never the answers', async () => {
    const what = `Music until 3am ${randomUUID()}`;
    const answers = { ...VALID_ANSWERS['case-review'], complaint1What: what, wantsConfirmation: 'no' };
    const reference = await referenceOf(await twin.postJson('case-review', answers));
    const record = await waitFor(`${reference} partners notified`, async () => {
      const found = await twin.record(reference);
      return found?.partnersNotifiedAt ? found : undefined;
    });
    expect(record.teamNotifiedAt).toEqual(expect.any(String));
    await pause(300);
    const emails = await twin.emailsFor(reference);
    const partners = serviceConfig.caseReview.partners.map((p) => p.email);
    const toPartners = emails.filter((e) => partners.some((p) => e.destination.to.includes(p)));
    expect(toPartners.map((e) => e.destination.to).sort()).toEqual(partners.map((p) => [p]).sort());
    for (const email of toPartners) {
      expect(email.subject).toBe(`ASB Case Review application ${reference}`);
      expect(email.body.text).toContain(`/staff/submissions/${reference}`);
      for (const answer of [
        what,
        'Robin',
        'robin@example.com',
        'The flat above',
        'Threats through the letterbox',
      ])
        expect(`${email.body.text}${email.body.html}`).not.toContain(answer);
    }
  });
});
