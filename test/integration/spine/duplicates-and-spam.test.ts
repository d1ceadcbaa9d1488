import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_FIELDS } from '../../../functions/forms/meta-fields.ts';
import { REFERENCE_PATTERN } from '../../../functions/submissions/reference.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { FORM_TYPE, pause, referenceOf, type SpineTwin, startSpineTwin } from './spine-twin.ts';

// The twin runs with the sample's minimum fill time of 3 seconds (spineConfig).
let twin: SpineTwin;

beforeAll(async () => {
  twin = await startSpineTwin();
});

afterAll(async () => {
  await twin?.stop();
});

/** Unique answers, so the answers-hash window does not join unrelated tests together. */
// Each to its own address: an address gets one confirmation a day, and these tests count emails.
const referral = (extra: Record<string, unknown> = {}) => ({
  ...VALID_ANSWERS.referral,
  email: `sam-${randomUUID()}@example.com`,
  whatHappened: `Someone took my bike ${randomUUID()}`,
  ...extra,
});
const feedback = (extra: Record<string, unknown> = {}) => ({
  ...VALID_ANSWERS.feedback,
  wentWell: `It helped ${randomUUID()}`,
  ...extra,
});

const recordsFor = async (reference: string) =>
  (await twin.submissions()).filter((r) => r.reference === reference);
const guardsFor = async (reference: string) =>
  (await twin.items()).filter((i) => i.kind === 'guard' && i.reference === reference);

/** Waits for the expected emails, then a little longer so a second email would show. */
const exactlyEmailed = async (reference: string, count: number) => {
  await twin.waitForEmails(reference, count);
  await pause(1_200);
  expect(await twin.emailsFor(reference)).toHaveLength(count);
};

describe.concurrent('a repeated submission is stored and emailed once', () => {
  it('the same token twice, one after the other: the same reference, one record, one email', async () => {
    const token = randomUUID();
    const answers = feedback({ submissionToken: token });
    const first = await referenceOf(await twin.postJson('feedback', answers));
    const second = await referenceOf(await twin.postJson('feedback', answers));
    expect(second).toBe(first);
    expect(await recordsFor(first)).toHaveLength(1);
    expect(await guardsFor(first)).toHaveLength(1);
    expect((await recordsFor(first))[0]?.answers).not.toHaveProperty('submissionToken');
    await exactlyEmailed(first, 1);
  });

  it('the same token with changed answers (a retry after editing) still returns the first reference', async () => {
    const token = randomUUID();
    const first = await referenceOf(await twin.postJson('feedback', feedback({ submissionToken: token })));
    const second = await referenceOf(
      await twin.postJson('feedback', feedback({ submissionToken: ` ${token} ` })),
    );
    expect(second).toBe(first);
    expect(await recordsFor(first)).toHaveLength(1);
  });

  it.each([2, 8])(
    '%i concurrent submits with the same token: one reference, one record, one email',
    async (n) => {
      const answers = referral({ submissionToken: randomUUID() });
      const responses = await Promise.all(
        Array.from({ length: n }, () => twin.postJson('referral', answers)),
      );
      const references = await Promise.all(responses.map(referenceOf));
      expect(new Set(references).size).toBe(1);
      const [reference = ''] = references;
      expect(reference).toMatch(REFERENCE_PATTERN);
      expect(await recordsFor(reference)).toHaveLength(1);
      expect(await guardsFor(reference)).toHaveLength(1);
      // Team email and the confirmation (email is marked safe in the sample answers), once each.
      await exactlyEmailed(reference, 2);
    },
  );

  it('the same answers without a token, within the window, dedupe (a double click without JavaScript)', async () => {
    const answers = referral();
    const first = await referenceOf(await twin.postJson('referral', answers));
    const second = await referenceOf(await twin.postJson('referral', answers));
    expect(second).toBe(first);
    expect(await recordsFor(first)).toHaveLength(1);
    await exactlyEmailed(first, 2);
  });

  it('answers that differ only in blank space and ordering are the same answers', async () => {
    const answers = referral();
    const first = await referenceOf(await twin.postJson('referral', answers));
    const reordered = Object.fromEntries(Object.entries(answers).reverse());
    const second = await referenceOf(
      await twin.postJson('referral', { ...reordered, name: ` Sam\t`, notAQuestion: 1 }),
    );
    expect(second).toBe(first);
  });

  it('concurrent identical form posts without a token redirect to the same confirmation', async () => {
    const whatHappened = `Double click ${randomUUID()}`;
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...VALID_ANSWERS.referral, whatHappened })) {
      for (const item of Array.isArray(v) ? v : [v]) params.append(k, item);
    }
    const responses = await Promise.all(
      [0, 1, 2].map(() => twin.post('referral', params.toString(), FORM_TYPE)),
    );
    expect(responses.map((r) => r.status)).toEqual([303, 303, 303]);
    const locations = new Set(responses.map((r) => r.headers.get('location')));
    expect(locations.size).toBe(1);
    const reference = new URL([...locations][0] ?? '', twin.url).searchParams.get('reference') ?? '';
    expect(await recordsFor(reference)).toHaveLength(1);
  });

  it('the same answers without a token from another browser are another person’s submission', async () => {
    const answers = feedback();
    const first = await referenceOf(await twin.postJson('feedback', answers, { 'user-agent': 'Browser A' }));
    const again = await referenceOf(await twin.postJson('feedback', answers, { 'user-agent': 'Browser A' }));
    const other = await referenceOf(await twin.postJson('feedback', answers, { 'user-agent': 'Browser B' }));
    const elsewhere = await referenceOf(
      await twin.postJson('feedback', answers, {
        'user-agent': 'Browser A',
        'cloudfront-viewer-address': '203.0.113.9:443',
      }),
    );
    expect(again).toBe(first);
    expect(new Set([first, other, elsewhere]).size).toBe(3);
  });

  it('different tokens with the same answers are different submissions', async () => {
    const answers = feedback();
    const [a, b] = await Promise.all(
      [randomUUID(), randomUUID()].map(async (token) =>
        referenceOf(await twin.postJson('feedback', { ...answers, submissionToken: token })),
      ),
    );
    expect(a).not.toBe(b);
    expect(await recordsFor(a ?? '')).toHaveLength(1);
    expect(await recordsFor(b ?? '')).toHaveLength(1);
    await exactlyEmailed(a ?? '', 1);
    await exactlyEmailed(b ?? '', 1);
  });

  it('the same token on two different forms gives two submissions', async () => {
    const token = randomUUID();
    const a = await referenceOf(await twin.postJson('feedback', feedback({ submissionToken: token })));
    const b = await referenceOf(await twin.postJson('referral', referral({ submissionToken: token })));
    expect(a.startsWith('FB-')).toBe(true);
    expect(b.startsWith('RJ-')).toBe(true);
  });
});

describe.concurrent('a suspected bot is answered like a person, and kept apart, never thrown away', () => {
  const HONEYPOT = META_FIELDS.honeypot;
  const DAY = 86_400;

  /** Submits answers that look like a bot's; checks they are stored apart as suspected, with a short retention. */
  const expectKeptApart = async (
    formId: string,
    prefix: string,
    answers: Record<string, unknown>,
    because: string,
  ) => {
    const reference = await referenceOf(await twin.postJson(formId, answers));
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(reference.startsWith(`${prefix}-`)).toBe(true);
    // Not a submission the team sees.
    expect((await twin.submissions()).some((r) => r.reference === reference)).toBe(false);
    const stored = (await twin.items()).find((i) => i.pk === reference);
    expect(stored).toMatchObject({ kind: 'suspected', suspectedBecause: because, formId });
    const keptDays = ((stored?.expiresAt as number) - Date.now() / 1000) / DAY;
    expect(keptDays).toBeGreaterThan(29.9);
    expect(keptDays).toBeLessThanOrEqual(30);
    return reference;
  };

  it('honeypot filled, started too recently, or both: a real reference, kept as suspected, no email', async () => {
    const keptApart = [
      await expectKeptApart('referral', 'RJ', referral({ [HONEYPOT]: 'http://spam.example' }), 'honeypot'),
      await expectKeptApart('feedback', 'FB', feedback({ [HONEYPOT]: ['x'] }), 'honeypot'),
      await expectKeptApart('nuisance', 'NR', { ...VALID_ANSWERS.nuisance, formOpenMs: 1_000 }, 'too-fast'),
      await expectKeptApart('feedback', 'FB', feedback({ formOpenMs: '2500' }), 'too-fast'),
      await expectKeptApart('referral', 'RJ', referral({ [HONEYPOT]: 'x', formOpenMs: 60_000 }), 'honeypot'),
    ];
    // A person's submission after the bots: once its email is here, the bots' would have been too.
    const control = await referenceOf(await twin.postJson('feedback', feedback()));
    await twin.waitForEmails(control);
    await pause(1_000);
    const subjects = (await twin.inbox()).map((e) => e.subject);
    for (const reference of keptApart) expect(subjects.some((s) => s.includes(reference))).toBe(false);
  });

  it('still shows a person whose autofill filled the honeypot the mistakes in their answers', async () => {
    const response = await twin.postJson('feedback', { [HONEYPOT]: 'filled by autofill' });
    expect(response.status).toBe(422);
  });

  it('a suspected form post is redirected to a confirmation with its real reference', async () => {
    const params = new URLSearchParams({ ...VALID_ANSWERS.feedback, [HONEYPOT]: 'spam' });
    const response = await twin.post('feedback', params.toString(), FORM_TYPE);
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(/^\/api\/forms\/feedback\/confirmation\?reference=FB-/);
    expect((await twin.get(location)).status).toBe(200);
    const reference = new URL(location, 'http://x').searchParams.get('reference');
    expect((await twin.items()).find((i) => i.pk === reference)).toMatchObject({ kind: 'suspected' });
  });

  it.each([
    ['open long enough', 10_000],
    ['open exactly the minimum', '3000'],
    ['a negative time (ignored, not trusted)', -60_000],
    ['a time that is not a number', 'a while'],
    ['an empty honeypot, as a real page sends', undefined],
  ])('a person’s submission is stored: %s', async (_what, openFor) => {
    const reference = await referenceOf(
      await twin.postJson(
        'feedback',
        feedback(openFor === undefined ? { [HONEYPOT]: '  ' } : { formOpenMs: openFor, [HONEYPOT]: '' }),
      ),
    );
    const record = await twin.record(reference);
    expect(record?.formId).toBe('feedback');
    expect(record?.answers).not.toHaveProperty('formOpenMs');
    expect(record?.answers).not.toHaveProperty(HONEYPOT);
    await twin.waitForEmails(reference);
  });
});
