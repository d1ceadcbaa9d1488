import { describe, expect, it } from 'vitest';
import { periodInWords } from '../../../functions/i18n/period.ts';

describe('a retention period in words', () => {
  it('says whole years, otherwise days, in English', () => {
    expect([365, 730, 1095, 30, 1].map((d) => periodInWords(d, 'en'))).toEqual([
      '1 year',
      '2 years',
      '3 years',
      '30 days',
      '1 day',
    ]);
  });

  it('mutates the noun after the number in Welsh', () => {
    expect([365, 730, 1095, 1825, 2190, 2555, 3650, 2, 90].map((d) => periodInWords(d, 'cy'))).toEqual([
      '1 flwyddyn',
      '2 flynedd',
      '3 blynedd',
      '5 mlynedd',
      '6 blynedd',
      '7 mlynedd',
      '10 mlynedd',
      '2 ddiwrnod',
      '90 diwrnod',
    ]);
  });
});
