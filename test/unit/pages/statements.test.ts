import { describe, expect, it } from 'vitest';
import sample from '../../../config/service.json' with { type: 'json' };
import { parseConfig } from '../../../functions/config/parse-config.ts';
import { FORMS } from '../../../functions/forms/registry.ts';
import type { Language } from '../../../functions/i18n/languages.ts';
import { localiseConfig } from '../../../functions/i18n/localise-config.ts';
import { tPage } from '../../../functions/i18n/page-text.ts';
import { checkDataRegion } from '../../../infra/data-region.ts';
import { accessibilityTerms, privacyTerms } from '../../../site/src/lib/statements.ts';

/** A housing association in Ireland's region with its own controller, DPO and audit findings. */
const HOUSING = {
  privacy: {
    controller: 'Northfield Homes Limited',
    icoRegistration: 'ZA123456',
    dataProtectionOfficer: { email: 'dpo@northfield-homes.example.org' },
    lawfulBasis: 'legitimate-interests',
    specialCategoryBasis: 'explicit-consent',
    dataRegion: 'eu-west-1',
  },
  accessibility: {
    status: 'not',
    preparedOn: '2026-09-01',
    reviewedOn: '2027-01-15',
    knownIssues: [
      { en: 'Some tables cannot be read at 400% zoom.', cy: 'Ni ellir darllen rhai tablau ar chwyddo 400%.' },
    ],
  },
};

const council = (overrides: Record<string, unknown> = HOUSING) => parseConfig({ ...sample, ...overrides });

/** The privacy notice's own sentences in a language, as Privacy.astro says them. */
const privacySentences = (language: Language, config = council()) => {
  const local = localiseConfig(config, language);
  const terms = privacyTerms(local);
  const names = {
    organisation: local.organisation,
    service: local.serviceName,
    controller: terms.controller,
  };
  return [
    tPage(language, 'privacy.who', { ...names, email: local.contact.email, phone: local.contact.phone }),
    tPage(language, terms.dpoKey, { dpoEmail: terms.dpo.email, dpoPhone: terms.dpo.phone ?? '' }),
    ...(terms.icoRegistration
      ? [tPage(language, 'privacy.icoRegistration', { ...names, number: terms.icoRegistration })]
      : []),
    ...terms.lawful.map((key) => tPage(language, key)),
    tPage(language, 'privacy.safe', { place: tPage(language, terms.place, { region: terms.region }) }),
  ].join('\n');
};

describe('the privacy notice says what the anonymous count keeps after deletion', () => {
  it('names every answer the count keeps (functions/reporting/erased-tally.ts: `tallied` steps)', () => {
    // Only the ASB Case Review's "did it make recommendations?" is kept now; another one kept
    // means another line for the notice (and this list).
    const kept = FORMS.flatMap((f) =>
      f.progress.steps.filter((s) => s.tallied).map((s) => `${f.id}/${s.id}`),
    );
    expect(kept).toEqual(['case-review/recommendations']);
    expect(tPage('en', 'privacy.counts')).toContain('whether an ASB Case Review made recommendations');
    expect(tPage('cy', 'privacy.counts')).toContain('a wnaeth Adolygiad Achos YGG argymhellion');
  });
});

describe("the privacy notice says the council's own terms", () => {
  it('in English: its controller, DPO, lawful bases and region', () => {
    const text = privacySentences('en');
    expect(text).toContain('Northfield Homes Limited is the data controller');
    expect(text).toContain('data protection officer at dpo@northfield-homes.example.org.');
    expect(text).toContain('registered with the Information Commissioner’s Office, number ZA123456');
    expect(text).toContain('Article 6(1)(f) (legitimate interests)');
    expect(text).toContain('explicit consent, under UK GDPR Article 9(2)(a)');
    expect(text).toContain('paragraph 29 of Schedule 1');
    expect(text).toContain('on servers in the Amazon Web Services region eu-west-1');
    expect(text).not.toContain('in the UK');
    expect(text).not.toContain('public task');
  });

  it('in Welsh, the same terms', () => {
    const text = privacySentences('cy');
    expect(text).toContain('Northfield Homes Limited yw’r rheolydd data');
    expect(text).toContain('swyddog diogelu data drwy dpo@northfield-homes.example.org.');
    expect(text).toContain('rhif ZA123456');
    expect(text).toContain('Erthygl 6(1)(f) GDPR y DU (buddiannau dilys)');
    expect(text).toContain('Erthygl 9(2)(a)');
    expect(text).toContain('ar weinyddion yn rhanbarth eu-west-1 Amazon Web Services');
  });

  it("says the UK, public task and the organisation's own name for a council in London", () => {
    const text = privacySentences('en', parseConfig(sample));
    expect(text).toContain('on servers in the UK.');
    expect(text).toContain('Article 6(1)(e) (public task)');
    expect(text).toContain('Northfield Council is the data controller');
    expect(text).toContain('dpo@northfield.example.org or on 01632 960 100');
    expect(privacySentences('cy', parseConfig(sample))).toContain('Cyngor Northfield yw’r rheolydd data');
  });
});

describe("the accessibility statement says the council's own status, dates and known issues", () => {
  it.each([
    [
      'en',
      'This website is not compliant',
      '1 September 2026',
      '15 January 2027',
      'Some tables cannot be read',
    ],
    [
      'cy',
      'Nid yw’r wefan hon yn cydymffurfio',
      '1 Medi 2026',
      '15 Ionawr 2027',
      'Ni ellir darllen rhai tablau',
    ],
  ] as const)('in %s', (language, compliance, prepared, reviewed, issue) => {
    const terms = accessibilityTerms(council(), language);
    expect(tPage(language, terms.compliance)).toContain(compliance);
    const dates = tPage(language, 'accessibility.prepared', {
      prepared: terms.prepared,
      reviewed: terms.reviewed,
    });
    expect(dates).toContain(prepared);
    expect(dates).toContain(reviewed);
    expect(terms.issues).toEqual([expect.stringContaining(issue)]);
  });
});

describe('the statements are validated', () => {
  const withAccessibility = (change: Record<string, unknown>) =>
    council({ ...HOUSING, accessibility: { ...HOUSING.accessibility, ...change } });

  it('needs every known issue in every language the site is in', () => {
    expect(() => withAccessibility({ knownIssues: [{ en: 'Only English' }] })).toThrow(
      '"accessibility.knownIssues.0" needs the issue in "cy"',
    );
  });

  it('needs known issues unless fully compliant, and none if it is', () => {
    expect(() => withAccessibility({ knownIssues: [] })).toThrow('must list what is not accessible');
    expect(() => withAccessibility({ status: 'full' })).toThrow('cannot be "full" with known issues');
    expect(withAccessibility({ status: 'full', knownIssues: [] }).accessibility.status).toBe('full');
  });

  it('refuses a review before the statement was prepared, and an unknown lawful basis', () => {
    expect(() => withAccessibility({ reviewedOn: '2026-08-01' })).toThrow('is before preparedOn');
    expect(() => council({ ...HOUSING, privacy: { ...HOUSING.privacy, lawfulBasis: 'vital' } })).toThrow(
      '"privacy.lawfulBasis"',
    );
  });

  it('stops synth when the notice would name another region than the stack uses', () => {
    expect(() => checkDataRegion(council(), { region: 'eu-west-2' })).toThrow(
      '"privacy.dataRegion" is eu-west-1 but deploy.region is eu-west-2',
    );
    expect(() => checkDataRegion(council(), { region: 'eu-west-1' })).not.toThrow();
  });
});
