import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { formatCaseReviewNotice } from '../../../functions/email/format-case-review-notice.ts';
import { formatUpdateEmail } from '../../../functions/email/format-update-email.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { confirmationAddressHash } from '../../../functions/notify/confirmation-gate.ts';
import { confirmationClaimOf } from '../../../functions/staff/erasure.ts';
import { addition, recordOf } from '../../support/additions.ts';
import { withAnswersInEmail } from '../../support/stand-ins.ts';

const referral = findForm('referral') as FormDefinition;
const record = recordOf('referral', 'RJ-7KQM-4XPD');
const update = addition(
  'update',
  '2026-11-05T09:00:00Z',
  { update: 'SECRET words' },
  { urgent: ['May be at risk'] },
);
const contact = addition('contact', '2026-11-06T09:00:00Z', {
  safeWays: ['email'],
  email: 'new@example.com',
  wantsConfirmation: 'yes',
});

describe('the team’s update email (format-update-email.ts)', () => {
  it('never carries answers, even where the deployer puts answers in team emails', () => {
    const email = formatUpdateEmail(referral, withAnswersInEmail(serviceConfig), record, [update, contact]);
    expect(email.subject).toBe('[URGENT: May be at risk] An update to RJ-7KQM-4XPD');
    for (const part of [email.text, email.html]) {
      expect(part).not.toContain('SECRET');
      expect(part).not.toContain('new@example.com');
      expect(part).not.toContain(record.answers.whatHappened as string);
    }
    expect(email.text).toContain('a change to how to contact them safely');
  });

  it('says which language to use, as the first email does', () => {
    const email = formatUpdateEmail(referral, serviceConfig, { ...record, language: 'cy' }, [update]);
    expect(email.subject).toContain('[Welsh] An update to');
  });
});

describe('the Case Review notice (format-case-review-notice.ts)', () => {
  it('is as neutral as the confirmation: its subject and sender name only the reference', () => {
    const email = formatCaseReviewNotice(
      serviceConfig,
      record,
      'en',
      'sam@example.com',
      'https://example.org/cr/',
    );
    expect(email.subject).toBe('Your reference RJ-7KQM-4XPD');
    expect(email.fromName).toBe('Reference number');
    expect(email.text).toContain('ASB Case Review');
    expect(email.html).toContain('<a href="https://example.org/cr/">');
    expect(email.html).toContain('lang="en"');
  });

  it('is in Welsh for someone who wants Welsh', () => {
    const email = formatCaseReviewNotice(
      serviceConfig,
      record,
      'cy',
      'sam@example.com',
      'https://example.org/cr/',
    );
    expect(email.text).toContain('Adolygiad Achos Ymddygiad Gwrthgymdeithasol');
    expect(email.html).toContain('lang="cy"');
  });
});

describe('erasure’s confirmation claims (staff/erasure.ts)', () => {
  it('removes the claim of the address a change of contact gave, as well as the first one', () => {
    const key = Buffer.from('k'.repeat(32));
    const claims = confirmationClaimOf(referral, { ...record, additions: [contact] }, key);
    expect(claims).toEqual([
      confirmationAddressHash(key, 'sam@example.com'),
      confirmationAddressHash(key, 'new@example.com'),
    ]);
  });
});
