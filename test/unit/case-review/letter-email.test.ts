import { describe, expect, it } from 'vitest';
import { formatLetterEmail, letterEmailOf } from '../../../functions/case-review/letter-email.ts';
import type { LetterEntry } from '../../../functions/case-review/letter-entry.ts';
import { sendLettersMissing } from '../../../functions/case-review/send-letters.ts';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import type { OutgoingEmail } from '../../../functions/email/outgoing-email.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { t } from '../../../functions/i18n/ui.ts';
import type { SubmissionRecord } from '../../../functions/submissions/record.ts';

const caseReview = findForm('case-review') as FormDefinition;
const letter = (id: string, way: 'email' | 'post', language: 'en' | 'cy' = 'en'): LetterEntry => ({
  id,
  kind: 'acknowledgement',
  language,
  way,
  subject: `Your ASB Case Review application, CR-AAAA-BBBB (${id})`,
  paragraphs: ['We have your application.', 'Dear <Robin> & family'],
  by: 'staff-sub',
  sentAt: '2026-12-10T10:00:00.000Z',
});
const record = (answers: Record<string, string | string[]>, extra: Partial<SubmissionRecord> = {}) =>
  ({
    reference: 'CR-AAAA-BBBB',
    formId: 'case-review',
    answers: { name: 'Robin', ...answers },
    ...extra,
  }) as SubmissionRecord;
const safeEmail = { safeWays: ['email', 'letter'], email: 'robin@example.com' };

describe('a letter by the applicant’s safe way', () => {
  it('goes by email only to an address marked safe', () => {
    expect(letterEmailOf(record(safeEmail))).toBe('robin@example.com');
    expect(letterEmailOf(record({ safeWays: ['letter'], email: 'robin@example.com' }))).toBeUndefined();
    expect(letterEmailOf(record({ safeWays: ['email'] }))).toBeUndefined();
  });

  it('is the letter as kept, escaped in HTML, from the neutral sender', () => {
    const email = formatLetterEmail(serviceConfig, letter('a', 'email'), 'robin@example.com');
    expect(email).toMatchObject({
      to: ['robin@example.com'],
      subject: 'Your ASB Case Review application, CR-AAAA-BBBB (a)',
      text: 'We have your application.\n\nDear <Robin> & family',
    });
    expect(email.html).toContain('Dear &lt;Robin&gt; &amp; family');
    expect(email.fromName).toBe(t('en', 'email.senderName'));
    expect(formatLetterEmail(serviceConfig, letter('b', 'email', 'cy'), 'robin@example.com').fromName).toBe(
      t('cy', 'email.senderName'),
    );
  });
});

describe('the notifier’s letters (sendLettersMissing)', () => {
  const run = async (r: SubmissionRecord, form = caseReview) => {
    const sent: OutgoingEmail[] = [];
    const marks: number[] = [];
    const went = await sendLettersMissing(form, r, {
      config: serviceConfig,
      notifier: { send: async (e) => void sent.push(e) },
      store: { markLettersEmailed: async (_ref, n) => void marks.push(n) },
    });
    return { went, sent, marks };
  };

  it('emails those kept for email since the last it dealt with, and marks them all dealt with', async () => {
    const r = record(safeEmail, {
      letters: [letter('a', 'email'), letter('b', 'post'), letter('c', 'email'), letter('d', 'email')],
      lettersEmailed: 1,
    });
    const { went, sent, marks } = await run(r);
    expect(went).toBe(true);
    expect(sent.map((e) => e.subject.slice(-3))).toEqual(['(c)', '(d)']);
    expect(marks).toEqual([4]);
  });

  it('sends nothing once every letter is dealt with, nor for another form', async () => {
    const r = record(safeEmail, { letters: [letter('a', 'email')], lettersEmailed: 1 });
    expect(await run(r)).toEqual({ went: false, sent: [], marks: [] });
    const other = record(safeEmail, { formId: 'nuisance', letters: [letter('a', 'email')] });
    expect(await run(other, findForm('nuisance') as FormDefinition)).toEqual({
      went: false,
      sent: [],
      marks: [],
    });
  });

  it('sends nothing to an address no longer safe, and does not come back to it', async () => {
    const r = record(
      { safeWays: ['letter'], email: 'robin@example.com' },
      { letters: [letter('a', 'email')] },
    );
    expect(await run(r)).toEqual({ went: false, sent: [], marks: [1] });
  });
});
