import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { pause, referenceOf, type SpineTwin, startSpineTwin, waitFor } from './spine-twin.ts';

let twin: SpineTwin;

beforeAll(async () => {
  // The re-send job runs too (every half second, after 3 s rather than 5 and 10 minutes): whatever
  // the stream gives up on, the job sends, and the two together still send each email once.
  twin = await startSpineTwin(undefined, { resend: { intervalMs: 500, afterMinutes: 0.05 } });
});

afterAll(async () => {
  await twin?.ses.start();
  await twin?.stop();
});

describe('an SES outage loses no acknowledged submission and sends nothing twice', () => {
  it('stores every 201 while SES is down, then emails each exactly once when it is back', async () => {
    // Mail works before the outage.
    const warmUp = await referenceOf(
      await twin.postJson('feedback', { ...VALID_ANSWERS.feedback, wentWell: `before ${randomUUID()}` }),
    );
    await twin.waitForEmails(warmUp);

    await twin.ses.stop();
    const submissions: { formId: string; answers: Record<string, unknown>; emails: number }[] = [
      // Email marked safe: a team email and a confirmation.
      {
        formId: 'referral',
        answers: { ...VALID_ANSWERS.referral, whatHappened: `a ${randomUUID()}` },
        emails: 2,
      },
      {
        formId: 'referral',
        answers: { ...VALID_ANSWERS.referral, whatHappened: `b ${randomUUID()}`, safeWays: ['phone'] },
        emails: 1,
      },
      {
        formId: 'nuisance',
        answers: { ...VALID_ANSWERS.nuisance, description: `c ${randomUUID()}` },
        emails: 1,
      },
      {
        formId: 'nuisance',
        answers: { ...VALID_ANSWERS.nuisance, description: `d ${randomUUID()}` },
        emails: 1,
      },
      {
        formId: 'feedback',
        answers: { ...VALID_ANSWERS.feedback, wentWell: `e ${randomUUID()}` },
        emails: 1,
      },
      {
        formId: 'feedback',
        answers: { ...VALID_ANSWERS.feedback, wentWell: `f ${randomUUID()}` },
        emails: 1,
      },
    ];
    const references: string[] = [];
    for (const s of submissions) {
      references.push(await referenceOf(await twin.postJson(s.formId, s.answers)));
      await pause(150);
    }
    // Every acknowledged submission is stored, whatever SES is doing.
    for (const reference of references) expect(await twin.record(reference)).toBeDefined();

    // Give the notifier time to try (and fail) several times.
    await pause(2_500);
    for (const reference of references) {
      const record = await twin.record(reference);
      expect(record?.teamNotifiedAt).toBeUndefined();
      expect(record?.confirmationSentAt).toBeUndefined();
    }
    // (The inbox cannot be read while the emulator is down; the records say nothing went out.)
    await twin.ses.start();

    // Back up: every email arrives (the retry back-off is at most 5 s), then nothing more.
    for (const [i, reference] of references.entries()) {
      await twin.waitForEmails(reference, submissions[i]?.emails);
    }
    await pause(2_000);
    for (const [i, reference] of references.entries()) {
      const emails = await twin.emailsFor(reference);
      expect({ reference, count: emails.length }).toEqual({ reference, count: submissions[i]?.emails });
      const record = await waitFor(`${reference} marked`, async () => {
        const r = await twin.record(reference);
        return r?.teamNotifiedAt ? r : undefined;
      });
      expect(Date.parse(record.teamNotifiedAt ?? '')).toBeGreaterThan(Date.parse(record.createdAt));
      if (submissions[i]?.emails === 2) expect(record.confirmationSentAt).toEqual(expect.any(String));
      else expect(record.confirmationSentAt).toBeUndefined();
    }
    // And the warm-up was not sent again.
    expect(await twin.emailsFor(warmUp)).toHaveLength(1);
  });
});
