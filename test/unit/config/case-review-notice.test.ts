import { describe, expect, it } from 'vitest';
import sample from '../../../config/service.json' with { type: 'json' };
import { parseConfig } from '../../../functions/config/parse-config.ts';

/** The ASB Case Review notice's settings (issue 21): optional, and checked like the rest at synth. */
const withNotice = (caseReviewNotice: unknown) => ({ ...structuredClone(sample), caseReviewNotice });
const words = (heading: string) => ({ heading, text: 'You can ask for a review.', linkText: 'How to ask' });

describe('the Case Review notice in configuration', () => {
  it('has defaults: the service’s own words and form', () => {
    expect(parseConfig(sample).caseReviewNotice).toEqual({});
  });

  it('takes the deployer’s words in every language offered, and their link', () => {
    const config = parseConfig(
      withNotice({
        link: 'https://www.example.gov.uk/community-trigger',
        words: { en: words('Ask for a review'), cy: words('Gofyn am adolygiad') },
      }),
    );
    expect(config.caseReviewNotice.words?.cy?.heading).toBe('Gofyn am adolygiad');
    expect(parseConfig(withNotice({ link: '/asb-case-review/' })).caseReviewNotice.link).toBe(
      '/asb-case-review/',
    );
  });

  it('refuses words missing a language the service offers, so no one reads a mixture', () => {
    expect(() => parseConfig(withNotice({ words: { en: words('Ask for a review') } }))).toThrow(
      /"caseReviewNotice\.words\.cy" needs the notice in "cy"/,
    );
  });

  it.each([
    ['a plain http address', 'http://www.example.gov.uk/review'],
    ['another site written as a path', '//evil.example/review'],
    ['a script', 'javascript:alert(1)'],
  ])('refuses %s as the link', (_what, link) => {
    expect(() => parseConfig(withNotice({ link }))).toThrow(
      /"caseReviewNotice\.link" must be an https:\/\/ address/,
    );
  });

  it('refuses a key it does not know', () => {
    expect(() => parseConfig(withNotice({ url: 'https://www.example.gov.uk/' }))).toThrow(/url/);
  });
});
