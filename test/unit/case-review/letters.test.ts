import { describe, expect, it } from 'vitest';
import sample from '../../../config/service.json' with { type: 'json' };
import { composeLetter } from '../../../functions/case-review/letters.ts';
import { parseConfig } from '../../../functions/config/parse-config.ts';
import { serviceConfig } from '../../../functions/config/service-config.ts';

const facts = { reference: 'CR-ABCD-2345', receivedOn: '2026-10-25' };

describe("the applicant's letters", () => {
  it('fill in the decision, the reasons and where to go if unhappy, in English', () => {
    const letter = composeLetter(
      {
        ...facts,
        kind: 'decision',
        language: 'en',
        decision: 'not-met',
        reasons: 'Two of the complaints were made more than a month after the behaviour.',
      },
      serviceConfig,
    );
    expect(letter.subject).toBe('Your ASB Case Review application, CR-ABCD-2345: our decision');
    expect(letter.paragraphs).toEqual([
      expect.stringContaining('reference CR-ABCD-2345'),
      'Your application does not meet the threshold for a review.',
      'Two of the complaints were made more than a month after the behaviour.',
      'If you are unhappy with how your application was dealt with, you can contact the Police and Crime Commissioner (01632 960 200, https://www.pcc.northfield.example.org/asb-case-review).',
    ]);
  });

  it('are in Welsh, with the day in Welsh', () => {
    const letter = composeLetter({ ...facts, kind: 'acknowledgement', language: 'cy' }, serviceConfig);
    expect(letter.paragraphs[0]).toBe(
      'Cawsom eich cais am Adolygiad Achos YGG ar 25 Hydref 2026. Eich cyfeirnod yw CR-ABCD-2345.',
    );
  });

  it("leave out a paragraph with nothing in it, and use the deployer's wording where given", () => {
    const config = parseConfig({
      ...sample,
      caseReview: {
        ...sample.caseReview,
        appeal: undefined,
        letters: {
          closure: {
            en: {
              subject: 'Closed: {reference}',
              body: 'Case {reference} is closed.\n\n{appeal}\n\n{reasons}',
            },
          },
        },
      },
    });
    const letter = composeLetter(
      { ...facts, kind: 'closure', language: 'en', reasons: 'It has stopped.' },
      config,
    );
    expect(letter).toEqual({
      subject: 'Closed: CR-ABCD-2345',
      paragraphs: ['Case CR-ABCD-2345 is closed.', 'It has stopped.'],
    });
  });

  it("refuses the deployer's wording without {reference}", () => {
    expect(() =>
      parseConfig({
        ...sample,
        caseReview: { letters: { outcome: { cy: { subject: 'Canlyniad', body: 'Dim' } } } },
      }),
    ).toThrow(/"caseReview\.letters\.outcome\.cy\.subject" must include \{reference\}/);
  });
});
