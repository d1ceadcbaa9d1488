import { expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { pageAlternates } from '../../../functions/pages/page-alternates.ts';

it('gives a page’s address in each language offered, and only those', () => {
  expect(pageAlternates('/referral/', serviceConfig)).toEqual({ en: '/referral/', cy: '/cy/referral/' });
  expect(pageAlternates('/referral/', { ...serviceConfig, languages: ['en'] })).toEqual({ en: '/referral/' });
});
