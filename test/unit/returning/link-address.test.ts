import { describe, expect, it } from 'vitest';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { isLinkAddress, linkAddressOf } from '../../../functions/returning/link-address.ts';
import { addition } from '../../support/additions.ts';
import { ON_BEHALF_REFERRER, PROFESSIONAL_REFERRER, VALID_ANSWERS } from '../../support/valid-answers.ts';

const form = (id: string) => findForm(id) as FormDefinition;
const contact = (
  answers: Record<string, string | string[]>,
  additions = [] as ReturnType<typeof addition>[],
) => ({
  formId: 'x',
  answers,
  additions,
});

describe('the one address a one-time sign-in link may go to', () => {
  it('is the email address marked safe by the person who sent it', () => {
    const nuisance = { ...VALID_ANSWERS.nuisance, safeWays: ['email'], email: 'alex@example.com' };
    expect(linkAddressOf(form('nuisance'), contact(nuisance))).toBe('alex@example.com');
    expect(linkAddressOf(form('referral'), contact(VALID_ANSWERS.referral ?? {}))).toBe('sam@example.com');
  });

  it('is none when email is not among the safe ways, or someone else chose them', () => {
    expect(linkAddressOf(form('nuisance'), contact(VALID_ANSWERS.nuisance ?? {}))).toBeUndefined();
    const referral = VALID_ANSWERS.referral ?? {};
    expect(linkAddressOf(form('referral'), contact({ ...referral, ...ON_BEHALF_REFERRER }))).toBeUndefined();
    expect(
      linkAddressOf(form('referral'), contact({ ...referral, ...PROFESSIONAL_REFERRER })),
    ).toBeUndefined();
  });

  it('follows the changes of safe contact: the current address, or none once email is no longer safe', () => {
    const sent = { ...VALID_ANSWERS.nuisance, safeWays: ['email'], email: 'old@example.com' };
    const moved = addition('contact', '2026-11-10T10:00:00Z', {
      safeWays: ['email'],
      email: 'new@example.com',
    });
    expect(linkAddressOf(form('nuisance'), contact(sent, [moved]))).toBe('new@example.com');
    const phoneOnly = addition('contact', '2026-11-11T10:00:00Z', {
      safeWays: ['phone'],
      phone: '01632 960 002',
    });
    expect(linkAddressOf(form('nuisance'), contact(sent, [moved, phoneOnly]))).toBeUndefined();
  });

  it('is none on a form with no way back', () => {
    const feedback = { ...VALID_ANSWERS.feedback, safeWays: ['email'], email: 'f@example.com' };
    expect(linkAddressOf(form('feedback'), contact(feedback))).toBeUndefined();
  });

  it('matches a typed address in any case, with spaces around it, and nothing else', () => {
    expect(isLinkAddress(' Alex@Example.COM ', 'alex@example.com')).toBe(true);
    expect(isLinkAddress('alex+1@example.com', 'alex@example.com')).toBe(false);
    expect(isLinkAddress('alex@example.com', undefined)).toBe(false);
  });
});
