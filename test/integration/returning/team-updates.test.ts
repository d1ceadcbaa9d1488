import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TABLE_SHAPE } from '../../../functions/contract/service-contract.ts';
import type { Notifier } from '../../../functions/email/outgoing-email.ts';
import { makeSesClient, SesNotifier } from '../../../functions/email/ses-notifier.ts';
import { FORMS, findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { makeNotifyHandler } from '../../../functions/handlers/notify-app.ts';
import { makeResendHandler } from '../../../functions/handlers/resend-waiting-app.ts';
import type { Addition } from '../../../functions/returning/types.ts';
import type { SubmissionRecord } from '../../../functions/submissions/record.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { readInbox } from '../../../local/ses-local.ts';
import { addition } from '../../support/additions.ts';
import { freshTable, NOTHING_SUPPRESSED, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

const config = testConfig();
const sesEndpoint = () => inject('sesEndpoint');
let table: Awaited<ReturnType<typeof freshTable>>;
let ses: SesNotifier;

beforeAll(async () => {
  table = await freshTable();
  ses = new SesNotifier(
    makeSesClient({ AWS_REGION: LOCAL_REGION, SES_ENDPOINT: sesEndpoint() }),
    config.senderEmail,
  );
});
afterAll(() => table?.client.destroy());

const handlerWith = (notifier: Notifier = ses, settings = config) =>
  makeNotifyHandler({
    config: settings,
    store: table.store,
    notifier,
    now: () => new Date(),
    hashKey: TEST_HASH_KEY,
    limit: table.limit,
    suppression: NOTHING_SUPPRESSED,
  });

const rejecting: Notifier = {
  send: async () => {
    throw Object.assign(new Error('SES is down'), { name: 'ServiceUnavailable' });
  },
};

/** A referral as sent, with its team email and confirmation already gone (as the stream does). */
const sent = async (answers: Record<string, unknown> = {}) => {
  const form = findForm('referral') as FormDefinition;
  const result = await submitForm(
    form,
    { ...VALID_ANSWERS.referral, ...answers },
    { config, store: table.store, now: () => new Date(), hashKey: TEST_HASH_KEY },
  );
  if (result.kind !== 'accepted') throw new Error(`not stored: ${result.kind}`);
  await handlerWith()(insertEvent(result.reference));
  return result.reference;
};

const insertEvent = (reference: string): DynamoDBStreamEvent => ({
  Records: [
    {
      eventID: `insert-${reference}`,
      eventName: 'INSERT',
      dynamodb: {
        Keys: { pk: { S: reference } },
        NewImage: { [TABLE_SHAPE.kindAttribute]: { S: TABLE_SHAPE.kinds.submission } },
      },
    },
  ],
});

/** The MODIFY the stream gives when a case goes from `before` to `after` additions. */
const modifyEvent = (
  reference: string,
  before: number,
  after: number,
  notice = false,
): DynamoDBStreamEvent => {
  const image = (n: number, withNotice: boolean) => ({
    [TABLE_SHAPE.kindAttribute]: { S: TABLE_SHAPE.kinds.submission },
    additions: { L: Array.from({ length: n }, () => ({ M: {} })) },
    ...(withNotice ? { caseReviewNoticeAt: { S: '2026-12-01T10:00:00.000Z' } } : {}),
  });
  return {
    Records: [
      {
        eventID: `modify-${reference}-${after}`,
        eventName: 'MODIFY',
        dynamodb: {
          Keys: { pk: { S: reference } },
          OldImage: image(before, false),
          NewImage: image(after, notice),
        },
      },
    ],
  };
};

/** Appends additions to the stored record (the public pages' own write is another part's). */
const append = async (reference: string, additions: Addition[], extra: Partial<SubmissionRecord> = {}) => {
  const record = (await table.store.get(reference)) as SubmissionRecord;
  await table.documents.send(
    new PutCommand({
      TableName: table.tableName,
      Item: { ...record, additions: [...(record.additions ?? []), ...additions], ...extra },
    }),
  );
};

const emailsAbout = async (reference: string, subject: string) =>
  (await readInbox(sesEndpoint())).filter(
    (e) => e.subject.includes(reference) && e.subject.includes(subject),
  );

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 10, minutes)).toISOString();

describe('the notifier and what a person adds (issue 21)', () => {
  it('tells the team "An update to …" once, with urgent markers and kinds but no answers', async () => {
    const reference = await sent({ whatHappened: 'updates 1' });
    await append(reference, [
      addition('update', at(1), { update: 'SECRET-UPDATE-WORDS' }, { urgent: ['May be at risk'] }),
      addition('contact', at(2), { safeWays: ['letter'], postalAddress: 'SECRET-ADDRESS' }),
    ]);
    await handlerWith()(modifyEvent(reference, 0, 2));
    const [email, ...more] = await emailsAbout(reference, 'An update to');
    expect(more).toHaveLength(0);
    expect(email?.subject).toBe(`[URGENT: May be at risk] An update to ${reference}`);
    expect(email?.destination.to).toEqual([config.teams['restorative-justice']?.email]);
    const body = `${email?.body.text} ${email?.body.html}`;
    expect(body).toContain('an update');
    expect(body).toContain('a change to how to contact them safely');
    expect(body).not.toContain('SECRET');
    const record = await table.store.get(reference);
    expect(record?.additionsNotified).toBe(2);
    expect(record?.updateNotifiedAt).toEqual(expect.any(String));

    // The notifier's own marks come back as MODIFYs with no new addition: nothing more is sent.
    await handlerWith()(modifyEvent(reference, 2, 2));
    await handlerWith()(modifyEvent(reference, 0, 2));
    expect(await emailsAbout(reference, 'An update to')).toHaveLength(1);
  });

  it('tells of only the additions the team has not heard of', async () => {
    const reference = await sent({ whatHappened: 'updates 2' });
    await append(reference, [addition('update', at(1), { update: 'one' })]);
    await handlerWith()(modifyEvent(reference, 0, 1));
    await append(reference, [addition('withdrawal', at(3), { reason: 'two' })], { withdrawnAt: at(3) });
    await handlerWith()(modifyEvent(reference, 1, 2));
    const emails = await emailsAbout(reference, 'An update to');
    expect(emails).toHaveLength(2);
    expect(emails[1]?.body.text).toContain('a withdrawal: they no longer want to take part');
    expect(emails[1]?.body.text).not.toContain('an update');
  });

  it('leaves an update email SES refused for the stream to retry, and sends it then', async () => {
    const reference = await sent({ whatHappened: 'updates 3' });
    await append(reference, [addition('update', at(1), { update: 'retry me' })]);
    await expect(handlerWith(rejecting)(modifyEvent(reference, 0, 1))).rejects.toThrow();
    expect((await table.store.get(reference))?.additionsNotified).toBeUndefined();
    await handlerWith()(modifyEvent(reference, 0, 1));
    expect(await emailsAbout(reference, 'An update to')).toHaveLength(1);
    expect((await table.store.get(reference))?.additionsNotified).toBe(1);
  });

  it('notes an update email the stream gave up on, and the re-send job sends it and takes the note off', async () => {
    const reference = await sent({ whatHappened: 'updates 5' });
    await append(reference, [addition('incident', at(1), { what: 'parked' })]);
    await expect(handlerWith(rejecting)(modifyEvent(reference, 0, 1))).rejects.toThrow();
    const soon = new Date(Date.now() + 60_000);
    expect(await table.store.updatesDue(soon)).toContain(reference);
    // Not before it has waited RESEND_POLICY.afterMinutes: the stream may still be at it.
    const job = (minutes: number) =>
      makeResendHandler({
        config,
        store: table.store,
        notifier: ses,
        hashKey: TEST_HASH_KEY,
        limit: table.limit,
        suppression: NOTHING_SUPPRESSED,
        forms: FORMS,
        now: () => new Date(Date.now() + minutes * 60_000),
      })();
    await job(5);
    expect(await emailsAbout(reference, 'An update to')).toHaveLength(0);
    await job(11);
    expect(await emailsAbout(reference, 'An update to')).toHaveLength(1);
    expect(await table.store.updatesDue(soon)).not.toContain(reference);
    await job(12);
    expect(await emailsAbout(reference, 'An update to')).toHaveLength(1);
  });

  it('leaves no note once the update email has gone', async () => {
    const reference = await sent({ whatHappened: 'updates 6' });
    await append(reference, [addition('update', at(1), { update: 'straight through' })]);
    await handlerWith()(modifyEvent(reference, 0, 1));
    expect(await table.store.updatesDue(new Date(Date.now() + 60_000))).not.toContain(reference);
  });

  it('fails an addition found busy, so the stream retries it rather than dropping it', async () => {
    const reference = await sent({ whatHappened: 'updates 4' });
    await append(reference, [addition('update', at(1), { update: 'while busy' })]);
    const now = new Date();
    // Another sender (the re-send job, or the notifier on another addition) holds the record.
    expect(await table.store.claimSending(reference, now, new Date(now.getTime() + 60_000))).toBe(true);
    await expect(handlerWith()(modifyEvent(reference, 0, 1))).rejects.toThrow();
    await table.store.releaseSending(reference);
    await handlerWith()(modifyEvent(reference, 0, 1));
    expect(await emailsAbout(reference, 'An update to')).toHaveLength(1);
  });

  it('sends the person the Case Review notice once, to the address they marked safe, in their language', async () => {
    const reference = await sent({
      whatHappened: 'notice 1',
      email: 'notice1@example.com',
      contactLanguage: 'cy',
    });
    await append(reference, [addition('update', at(1), { update: 'again' })], { caseReviewNoticeAt: at(1) });
    await handlerWith()(modifyEvent(reference, 0, 1, true));
    const toPerson = (await readInbox(sesEndpoint())).filter(
      (e) => e.subject.includes(reference) && e.destination.to.includes('notice1@example.com'),
    );
    // The confirmation, then the notice, in Welsh.
    expect(toPerson).toHaveLength(2);
    expect(toPerson[1]?.body.text).toContain('Adolygiad Achos Ymddygiad Gwrthgymdeithasol');
    expect(toPerson[1]?.body.text).not.toContain('again');
    expect((await table.store.get(reference))?.caseReviewNoticeSentAt).toEqual(expect.any(String));
    await handlerWith()(modifyEvent(reference, 0, 1, true));
    const again = (await readInbox(sesEndpoint())).filter(
      (e) => e.destination.to.includes('notice1@example.com') && e.subject.includes(reference),
    );
    expect(again).toHaveLength(2);
  });

  it('links the notice to the deployer’s own page when the configuration gives one', async () => {
    const reference = await sent({ whatHappened: 'notice 3', email: 'notice3@example.com' });
    await append(reference, [addition('update', at(1), { update: 'again' })], { caseReviewNoticeAt: at(1) });
    const link = 'https://council.example.gov.uk/asb-case-review';
    await handlerWith(ses, { ...config, caseReviewNotice: { link } })(modifyEvent(reference, 0, 1, true));
    const notice = (await readInbox(sesEndpoint())).filter(
      (e) => e.subject.includes(reference) && e.destination.to.includes('notice3@example.com'),
    )[1];
    expect(notice?.body.text).toContain(link);
    expect(notice?.body.html).toContain(`href="${link}"`);
  });

  it('sends no notice once the person no longer marks email safe', async () => {
    const reference = await sent({ whatHappened: 'notice 2', email: 'notice2@example.com' });
    await append(
      reference,
      [addition('contact', at(1), { safeWays: ['letter'], postalAddress: '1 New Street' })],
      { caseReviewNoticeAt: at(1) },
    );
    await handlerWith()(modifyEvent(reference, 0, 1, true));
    const toPerson = (await readInbox(sesEndpoint())).filter(
      (e) => e.subject.includes(reference) && e.destination.to.includes('notice2@example.com'),
    );
    expect(toPerson).toHaveLength(1); // The confirmation alone.
    const record = await table.store.get(reference);
    expect(record?.caseReviewNoticeWithheldAt).toEqual(expect.any(String));
    expect(record?.caseReviewNoticeSentAt).toBeUndefined();
  });
});
