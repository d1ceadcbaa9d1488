import { randomUUID } from 'node:crypto';
import { PutSuppressedDestinationCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  RETURN_LIMITS,
  RETURN_LINK,
  RETURN_SESSION,
  TABLE_SHAPE,
} from '../../../functions/contract/service-contract.ts';
import { makeSesClient, SesNotifier } from '../../../functions/email/ses-notifier.ts';
import { SesSuppressionList } from '../../../functions/email/ses-suppression-list.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { readInbox } from '../../../local/ses-local.ts';
import { testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { inProcessReturn, START } from './return-access.ts';

let app: Awaited<ReturnType<typeof inProcessReturn>>;
const sesEndpoint = () => inject('sesEndpoint');

beforeAll(async () => {
  const ses = makeSesClient({ AWS_REGION: LOCAL_REGION, SES_ENDPOINT: sesEndpoint() });
  app = await inProcessReturn({
    linkEmail: {
      notifier: new SesNotifier(ses, testConfig().senderEmail),
      suppression: new SesSuppressionList(ses),
    },
  });
}, 120_000);

afterAll(() => app?.destroy());

/** A nuisance report whose person marked email safe, at an address no other test uses. */
const sendWithSafeEmail = async (ways: string[] = ['email', 'phone']) => {
  const email = `alex-${randomUUID()}@example.com`;
  const sent = await app.send({ ...VALID_ANSWERS.nuisance, safeWays: ways, email });
  return { ...sent, email };
};

const mailTo = async (address: string) =>
  (await readInbox(sesEndpoint())).filter((e) => e.destination.to.includes(address));

const askForLink = (
  reference: string,
  email: string,
  address = '203.0.113.30',
  path = '/return/email-link',
) => app.post(path, { reference, email }, { 'cloudfront-viewer-address': `${address}:443` });

const useLink = (token: string, address = '203.0.113.31', path = '/return/link') =>
  app.post(path, { token }, { 'cloudfront-viewer-address': `${address}:443` });

const tokenIn = (text: string | undefined) => /\/return\/link\?token=([A-Za-z0-9_-]+)/.exec(text ?? '')?.[1];

/** What the answer page says: the same whatever matched. */
const answerOf = (body: string | undefined) =>
  /<p class="govuk-body" data-link-answer>([^<]*)</.exec(body ?? '')?.[1];

const sessionCookieOf = (cookies: string[] | undefined) =>
  cookies
    ?.find((c) => c.startsWith(`${RETURN_SESSION.cookie}=`))
    ?.split(';')[0]
    ?.split('=')[1];

describe('a one-time sign-in link by email (DynamoDB Local, the SES emulator)', () => {
  it('offers the link on the sign-in page', async () => {
    const page = await app.get('/return/');
    expect(page.body).toContain('href="/return/email-link"');
    expect(page.body).toContain('Email me a link instead');
    const form = await app.get('/return/email-link');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="email"');
  });

  it('sends a neutral link only to the safe address, which signs in once, by a POST, and is audited without the token or address', async () => {
    app.setTime(START);
    const { reference, email } = await sendWithSafeEmail();
    app.pauses.length = 0;
    const asked = await askForLink(reference.toLowerCase(), `  ${email.toUpperCase()} `);
    expect(asked.statusCode).toBe(200);
    expect(answerOf(asked.body)).toBe(
      'If the details match, we have sent a link to that email address. It works once, within 15 minutes.',
    );
    expect(app.pauses).toHaveLength(1);
    const [mail, ...more] = await mailTo(email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe(`Your link for reference ${reference}`);
    expect(mail?.from).toContain('"Reference number"');
    const words = `${mail?.subject} ${mail?.body.text} ${mail?.body.html}`;
    for (const telling of [
      'nuisance',
      'Nuisance',
      'anti-social',
      'crime',
      'Loud music',
      'Alex',
      app.config.serviceName,
    ])
      expect(words).not.toContain(telling);
    const token = tokenIn(mail?.body.text);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail?.body.text).toContain(`${app.config.siteUrl}/return/link?token=${token}`);
    // Only its keyed hash is kept.
    expect(JSON.stringify(await app.table.allItems())).not.toContain(token);

    // Opening the link (a mail scanner, say) signs nobody in and spends nothing.
    const opened = await app.get('/return/link', undefined, { token: token ?? '' });
    expect(opened.statusCode).toBe(200);
    expect(opened.cookies ?? []).toHaveLength(0);
    expect(opened.body).toContain('<form method="post" action="/return/link"');
    expect(opened.body).toContain(`name="token" value="${token}"`);

    const used = await useLink(token ?? '');
    expect(used.statusCode).toBe(303);
    expect(used.headers.location).toBe('/return/');
    const id = sessionCookieOf(used.cookies);
    const page = await app.get('/return/', id);
    expect(page.body).toContain('Where it stands');
    expect(page.body).toContain(reference);

    // Once only.
    const again = await useLink(token ?? '', '203.0.113.32');
    expect(again.statusCode).toBe(422);
    expect(sessionCookieOf(again.cookies)).toBeUndefined();
    expect(again.body).toContain('This link has been used, has expired or is not right.');

    const audit = await app.staff.auditFor(reference);
    expect(audit.map((e) => [e.action, e.detail])).toEqual(
      expect.arrayContaining([
        ['return-link-asked', 'sent to the address marked safe'],
        ['return-signed-in', 'with a one-time link by email'],
        ['return-link-refused', 'used, expired or unknown'],
      ]),
    );
    expect(audit.every((e) => e.actorName === 'the person, coming back')).toBe(true);
    const trail = JSON.stringify(audit).toLowerCase();
    expect(trail).not.toContain(email.toLowerCase());
    expect(trail).not.toContain(token?.toLowerCase());
  });

  it('answers a wrong address, an unknown reference and a case with no safe email the same, and sends nothing', async () => {
    app.setTime(START);
    const { reference, email } = await sendWithSafeEmail();
    const phoneOnly = await sendWithSafeEmail(['phone']);
    const stranger = `someone-${randomUUID()}@example.com`;
    const right = await askForLink(reference, email, '203.0.113.40');
    app.pauses.length = 0;
    const answers = [
      await askForLink(reference, stranger, '203.0.113.41'),
      await askForLink('NR-2345-6789', email, '203.0.113.42'),
      await askForLink(phoneOnly.reference, phoneOnly.email, '203.0.113.43'),
      await askForLink('not a reference', email, '203.0.113.44'),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(right.statusCode);
      expect(answerOf(answer.body)).toBe(answerOf(right.body));
    }
    // Each waits out the same answer time, less what it took: a refusal is never quicker to tell.
    expect(app.pauses).toHaveLength(answers.length);
    for (const ms of app.pauses) expect(ms).toBeLessThanOrEqual(RETURN_LINK.answerMs);
    expect(await mailTo(stranger)).toHaveLength(0);
    expect(await mailTo(phoneOnly.email)).toHaveLength(0);
    expect(await mailTo(email)).toHaveLength(1);
    const audit = await app.staff.auditFor(reference);
    expect(audit.filter((e) => e.detail === 'not sent: no address marked safe matched')).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(stranger);
  });

  it('sends nothing to a safe address on SES’s suppression list, and answers the same', async () => {
    app.setTime(START);
    const { reference, email } = await sendWithSafeEmail();
    const ses = new SESv2Client({ region: LOCAL_REGION, endpoint: sesEndpoint() });
    await ses.send(new PutSuppressedDestinationCommand({ EmailAddress: email, Reason: 'BOUNCE' }));
    ses.destroy();
    const other = await sendWithSafeEmail();
    const right = await askForLink(other.reference, other.email, '203.0.113.45');
    app.pauses.length = 0;
    const asked = await askForLink(reference, email, '203.0.113.46');
    expect(asked.statusCode).toBe(right.statusCode);
    expect(answerOf(asked.body)).toBe(answerOf(right.body));
    expect(app.pauses).toHaveLength(1);
    expect(await mailTo(email)).toHaveLength(0);
    // No token kept for a link that never went.
    expect(
      (await app.table.allItems()).filter(
        (i) => i.reference === reference && String(i.pk).startsWith(TABLE_SHAPE.returnLinkPrefix),
      ),
    ).toHaveLength(0);
    const audit = await app.staff.auditFor(reference);
    expect(audit.map((e) => e.detail)).toContain('not sent: the address is on SES’s suppression list');
    expect(JSON.stringify(audit)).not.toContain(email);
  });

  it('sends nothing blind when SES cannot say whether the address is suppressed, and answers the same', async () => {
    const ses = makeSesClient({ AWS_REGION: LOCAL_REGION, SES_ENDPOINT: sesEndpoint() });
    const unsure = await inProcessReturn({
      linkEmail: {
        notifier: new SesNotifier(ses, testConfig().senderEmail),
        suppression: {
          isSuppressed: async () => {
            throw Object.assign(new Error('throttled'), { name: 'TooManyRequestsException' });
          },
        },
      },
    });
    try {
      unsure.setTime(START);
      const email = `alex-${randomUUID()}@example.com`;
      const { reference } = await unsure.send({ ...VALID_ANSWERS.nuisance, safeWays: ['email'], email });
      const asked = await unsure.post(
        '/return/email-link',
        { reference, email },
        { 'cloudfront-viewer-address': '203.0.113.47:443' },
      );
      expect(asked.statusCode).toBe(200);
      expect(answerOf(asked.body)).toBe(
        'If the details match, we have sent a link to that email address. It works once, within 15 minutes.',
      );
      expect(await mailTo(email)).toHaveLength(0);
      expect((await unsure.staff.auditFor(reference)).map((e) => e.detail)).toContain(
        'not sent: the email could not be sent',
      );
    } finally {
      unsure.destroy();
    }
  });

  it('sends to the address a change of safe contact made current, and no longer to the old one', async () => {
    app.setTime(START);
    const { reference, code, email } = await sendWithSafeEmail();
    const newer = `new-${randomUUID()}@example.com`;
    const { id } = await app.signIn(reference, code, '203.0.113.50');
    const changed = await app.post(
      '/return/contact',
      { safeWays: 'email', email: newer, contactLanguage: 'en' },
      { cookie: `${RETURN_SESSION.cookie}=${id}` },
    );
    expect(changed.statusCode).toBe(200);
    expect((await app.table.store.get(reference))?.additions?.map((a) => a.kind)).toEqual(['contact']);
    await askForLink(reference, email, '203.0.113.51');
    await askForLink(reference, newer, '203.0.113.52');
    expect(await mailTo(email)).toHaveLength(0);
    expect(await mailTo(newer)).toHaveLength(1);
  });

  it('refuses a link after 15 minutes', async () => {
    app.setTime(START);
    const { reference, email } = await sendWithSafeEmail();
    await askForLink(reference, email, '203.0.113.60');
    const token = tokenIn((await mailTo(email))[0]?.body.text) ?? '';
    app.later(RETURN_LINK.validSeconds + 1);
    const late = await useLink(token, '203.0.113.61');
    expect(late.statusCode).toBe(422);
    expect(sessionCookieOf(late.cookies)).toBeUndefined();
    const unknown = await useLink('x'.repeat(43), '203.0.113.62');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toBe(late.body);
  });

  it('limits the links asked for one reference in an hour, whatever address asks', async () => {
    app.setTime(START);
    const { reference, email } = await sendWithSafeEmail();
    for (let i = 0; i < RETURN_LINK.perReference; i++)
      expect((await askForLink(reference, email, `198.51.100.${200 + i}`)).statusCode).toBe(200);
    const over = await askForLink(reference, email, '198.51.100.230');
    expect(over.statusCode).toBe(429);
    expect(over.body).toContain('There have been too many tries. Wait an hour, then try again.');
    expect(await mailTo(email)).toHaveLength(RETURN_LINK.perReference);
    expect((await app.staff.auditFor(reference)).map((e) => e.action)).toContain('return-locked-out');
    app.later(RETURN_LINK.waitSeconds + 1);
    expect((await askForLink(reference, email, '198.51.100.231')).statusCode).toBe(200);
    expect(await mailTo(email)).toHaveLength(RETURN_LINK.perReference + 1);
  });

  it('counts wrong links against the address as wrong codes are, all at once too, and a working link uses none of it', async () => {
    app.setTime(START);
    const address = '198.51.100.77';
    const wrong = await Promise.all(
      Array.from({ length: RETURN_LIMITS.perAddress + 3 }, () => useLink('y'.repeat(43), address)),
    );
    expect(wrong.filter((r) => r.statusCode === 422)).toHaveLength(RETURN_LIMITS.perAddress);
    expect(wrong.filter((r) => r.statusCode === 429)).toHaveLength(3);
    // Another address is not held to that count, and a link that works gives its count back.
    const { reference, email } = await sendWithSafeEmail();
    await askForLink(reference, email, '198.51.100.78');
    const token = tokenIn((await mailTo(email))[0]?.body.text) ?? '';
    expect((await useLink(token, '198.51.100.79')).statusCode).toBe(303);
    for (let i = 0; i < RETURN_LIMITS.perAddress; i++)
      expect((await useLink('z'.repeat(43), '198.51.100.79')).statusCode).toBe(422);
  });

  it('writes the email in Welsh when asked for at /cy/return/, leading back to the Welsh pages', async () => {
    app.setTime(START);
    const { reference, email } = await sendWithSafeEmail();
    const asked = await askForLink(reference, email, '203.0.113.70', '/cy/return/email-link');
    expect(asked.body).toContain('lang="cy"');
    const [mail] = await mailTo(email);
    expect(mail?.subject).toBe(`Eich dolen ar gyfer cyfeirnod ${reference}`);
    expect(mail?.body.html).toContain('lang="cy"');
    expect(mail?.body.text).toContain('/cy/return/link?token=');
    const used = await useLink(tokenIn(mail?.body.text) ?? '', '203.0.113.71', '/cy/return/link');
    expect(used.headers.location).toBe('/cy/return/');
    expect(used.cookies?.[0]).toContain('Path=/cy/return/');
  });

  it('keeps the link items in their own prefix, with a TTL', async () => {
    app.setTime(START);
    const { reference, email } = await sendWithSafeEmail();
    await askForLink(reference, email, '203.0.113.80');
    const links = (await app.table.allItems()).filter((i) =>
      String(i.pk).startsWith(TABLE_SHAPE.returnLinkPrefix),
    );
    expect(links.length).toBeGreaterThan(0);
    const mine = links.find((i) => i.reference === reference);
    expect(mine?.[TABLE_SHAPE.timeToLiveAttribute]).toBe(
      Math.floor(START.getTime() / 1000) + RETURN_LINK.validSeconds,
    );
  });
});
