import { randomUUID } from 'node:crypto';
import { PutSuppressedDestinationCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_SHAPE } from '../../../functions/contract/service-contract.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { PROFESSIONAL_REFERRER, VALID_ANSWERS } from '../../support/valid-answers.ts';
import { pause, referenceOf, type SpineTwin, startSpineTwin, waitFor } from './spine-twin.ts';

let twin: SpineTwin;
let ses: SESv2Client;

beforeAll(async () => {
  twin = await startSpineTwin();
  ses = new SESv2Client({ region: LOCAL_REGION, endpoint: twin.ses.endpoint });
});

afterAll(async () => {
  ses?.destroy();
  await twin?.stop();
});

const TEAM = 'rj-team@northfield.example.org';

/** A referral asked for oneself, with email marked safe, to a fresh address unless one is given. */
const referral = (answers: Record<string, unknown> = {}) => ({
  ...VALID_ANSWERS.referral,
  email: `person-${randomUUID()}@example.com`,
  whatHappened: `What happened ${randomUUID()}`,
  ...answers,
});

/** Waits until the notifier has finished with a record (team email marked), then a little more. */
const settled = async (reference: string) => {
  await waitFor(`${reference} notified`, async () => {
    const record = await twin.record(reference);
    return record?.teamNotifiedAt &&
      (record.confirmationSentAt || record.confirmationWithheldAt || !record.confirmationDue)
      ? record
      : undefined;
  });
  await pause(500);
  return { record: await twin.record(reference), emails: await twin.emailsFor(reference) };
};

const recipients = (emails: { destination: { to: string[] } }[]) => emails.flatMap((e) => e.destination.to);

describe.concurrent('a confirmation email', () => {
  it('goes, neutrally worded, when the person chose yes and marked email safe', async () => {
    const answers = referral();
    const reference = await referenceOf(await twin.postJson('referral', answers));
    const { record, emails } = await settled(reference);
    expect(recipients(emails).sort()).toEqual([answers.email, TEAM].sort());
    const confirmation = emails.find((e) => e.destination.to.includes(answers.email));
    expect(confirmation?.subject).toBe(`Your reference ${reference}`);
    expect(confirmation?.from).toContain('Reference number');
    expect(confirmation?.body.text).toContain('If you did not ask for this email');
    expect(record?.confirmationSentAt).toEqual(expect.any(String));
  });

  it('does not go when they chose no, or chose nothing', async () => {
    for (const answers of [
      referral({ wantsConfirmation: 'no' }),
      referral({ wantsConfirmation: undefined }),
    ]) {
      const reference = await referenceOf(await twin.postJson('referral', answers));
      const { record, emails } = await settled(reference);
      expect(recipients(emails)).toEqual([TEAM]);
      expect(record?.confirmationDue).toBe(false);
      expect(record?.confirmationSentAt).toBeUndefined();
    }
  });

  it('goes to an address at most once in 24 hours, however the address is written, and keeps no address for it', async () => {
    const address = `Repeat-${randomUUID()}@Example.com`;
    const first = await referenceOf(await twin.postJson('referral', referral({ email: address })));
    expect(recipients((await settled(first)).emails)).toContain(address);

    const again = await referenceOf(
      await twin.postJson('referral', referral({ email: ` ${address.toLowerCase()} ` })),
    );
    const { record, emails } = await settled(again);
    expect(recipients(emails)).toEqual([TEAM]);
    expect(record?.confirmationSentAt).toBeUndefined();
    expect(record?.confirmationWithheldAt).toEqual(expect.any(String));

    // The limit is one item per address: a keyed hash with a day's TTL, in neither index, no address.
    const limits = (await twin.items()).filter((i) =>
      String(i[TABLE_SHAPE.partitionKey.name]).startsWith(TABLE_SHAPE.confirmationLimitPrefix),
    );
    const mine = limits.filter((i) => i.reference === first);
    expect(mine).toHaveLength(1);
    const [limit] = mine;
    expect(String(limit?.pk)).toMatch(/^CONFIRM#[0-9a-f]{64}$/);
    expect(limit?.kind).toBe(TABLE_SHAPE.kinds.confirmationLimit);
    expect(limit).not.toHaveProperty(TABLE_SHAPE.byFormIndex.partitionKey.name);
    expect(limit).not.toHaveProperty(TABLE_SHAPE.byTeamIndex.partitionKey.name);
    const dayFromNow = Math.floor(Date.now() / 1000) + 86_400;
    expect(Number(limit?.expiresAt)).toBeGreaterThan(dayFromNow - 120);
    expect(Number(limit?.expiresAt)).toBeLessThanOrEqual(dayFromNow);
    expect(JSON.stringify(limits).toLowerCase()).not.toContain(address.toLowerCase().split('@')[0]);
  });

  it('goes to a mailbox at most once in 24 hours, whatever +tag or Gmail dots its address is written with', async () => {
    const name = `sam${randomUUID().slice(0, 8)}`;
    const first = `${name.slice(0, 3)}.${name.slice(3)}+first@gmail.com`;
    const sent = await referenceOf(await twin.postJson('referral', referral({ email: first })));
    expect(recipients((await settled(sent)).emails)).toContain(first);

    for (const variant of [`${name.toUpperCase()}@googlemail.com`, `${name}+again@gmail.com`]) {
      const reference = await referenceOf(await twin.postJson('referral', referral({ email: variant })));
      const { record, emails } = await settled(reference);
      expect(recipients(emails)).toEqual([TEAM]);
      expect(record?.confirmationWithheldAt).toEqual(expect.any(String));
    }

    const other = `${name}+tag@example.com`;
    const plain = await referenceOf(
      await twin.postJson('referral', referral({ email: `${name}@example.com` })),
    );
    expect(recipients((await settled(plain)).emails)).toContain(`${name}@example.com`);
    const tagged = await referenceOf(await twin.postJson('referral', referral({ email: other })));
    expect(recipients((await settled(tagged)).emails)).toEqual([TEAM]);
  });

  it('does not go to an address on SES’s suppression list', async () => {
    const address = `bounced-${randomUUID()}@example.com`;
    await ses.send(new PutSuppressedDestinationCommand({ EmailAddress: address, Reason: 'BOUNCE' }));
    const reference = await referenceOf(await twin.postJson('referral', referral({ email: address })));
    const { record, emails } = await settled(reference);
    expect(recipients(emails)).toEqual([TEAM]);
    expect(record?.confirmationWithheldAt).toEqual(expect.any(String));
  });

  it('goes to a professional’s work address only when they asked for it', async () => {
    const workEmail = `caseworker-${randomUUID()}@vs.example.org`;
    const asked = await referenceOf(
      await twin.postJson('referral', referral({ ...PROFESSIONAL_REFERRER, workEmail, safeWays: ['phone'] })),
    );
    expect(recipients((await settled(asked)).emails)).toContain(workEmail);
    const notAsked = await referenceOf(
      await twin.postJson(
        'referral',
        referral({
          ...PROFESSIONAL_REFERRER,
          workEmail: `other-${workEmail}`,
          wantsWorkConfirmation: 'no',
          safeWays: ['phone'],
        }),
      ),
    );
    expect(recipients((await settled(notAsked)).emails)).toEqual([TEAM]);
  });
});

describe.concurrent('a record stored before the choice existed (form version 2)', () => {
  it('is still read and emailed to the team, gets no confirmation nobody asked for, and is not left waiting', async () => {
    const reference = 'RJ-QQQQ-2345';
    const { wantsConfirmation: _, ...answers } = VALID_ANSWERS.referral ?? {};
    const createdAt = new Date().toISOString();
    await twin.putItem({
      pk: reference,
      kind: 'submission',
      reference,
      formId: 'referral',
      schemaVersion: 2,
      createdAt,
      team: 'restorative-justice',
      urgent: [],
      answers,
      confirmationDue: true,
      expiresAt: Math.floor(Date.now() / 1000) + 86_400,
    });
    const { record, emails } = await settled(reference);
    expect(recipients(emails)).toEqual([TEAM]);
    expect(record?.confirmationSentAt).toBeUndefined();
    expect(record?.confirmationWithheldAt).toEqual(expect.any(String));
  });
});
