import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../../functions/config/service-config.ts';
import { STAFF_PATHS } from '../../../../functions/contract/service-contract.ts';
import {
  noTeamPage,
  signedInPage,
  signedOutPage,
  signInFailedPage,
  signInNeededPage,
  signingOutPage,
} from '../../../../functions/staff/pages/simple-pages.ts';
import { dom, expectOnlyText, expectSoundStructure, HOSTILE } from './page-checks.ts';

describe('the pages around signing in and out (simple-pages.ts)', () => {
  it('each has one heading and sound structure', () => {
    for (const page of [
      signInNeededPage(serviceConfig, STAFF_PATHS.inbox, false),
      signInNeededPage(serviceConfig, STAFF_PATHS.inbox, true),
      signingOutPage(serviceConfig, 'https://provider.example/logout'),
      signedOutPage(serviceConfig),
      signedInPage(serviceConfig, STAFF_PATHS.inbox),
      noTeamPage(serviceConfig),
      signInFailedPage(serviceConfig),
    ])
      expectSoundStructure(dom(page));
  });

  it('carries the page to come back to in the sign-in link, escaped, whatever it holds', () => {
    const returnTo = `${STAFF_PATHS.inbox}?q=${HOSTILE}`;
    const $ = dom(signInNeededPage(serviceConfig, returnTo, false));
    const href = $('a.govuk-button').attr('href') ?? '';
    expect(new URL(href, 'https://x.example').searchParams.get('returnTo')).toBe(returnTo);
    expectOnlyText($, 'Sign in');
  });

  it('moves on to the address it is given as an attribute value, never as markup', () => {
    const to = `${STAFF_PATHS.inbox}?x="><script>alert(1)</script>`;
    const $ = dom(signedInPage(serviceConfig, to));
    expect($('a.govuk-button').attr('href')).toBe(to);
    expectOnlyText($, 'Continue');
  });
});
