import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/languages.ts';

/**
 * What makes the privacy notice and the accessibility statement the deployer's own: they are the
 * controller and answer for both, so none of it can be a default (docs/deploy.md, "Go-live checklist").
 */
const text = () => z.string().check(z.minLength(1));
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day like 2026-12-24' }));

/** UK GDPR Article 6: a council's is public task; a charity's or housing association's often legitimate interests. */
export const LAWFUL_BASES = ['public-task', 'legitimate-interests', 'consent'] as const;
/** Article 9 (and, following it, Article 10): DPA 2018 Schedule 1 Part 2 conditions, or explicit consent. */
export const SPECIAL_CATEGORY_BASES = ['substantial-public-interest', 'explicit-consent'] as const;
export const ACCESSIBILITY_STATUSES = ['full', 'partial', 'not'] as const;

export const privacySettings = z.strictObject({
  /** The data controller's legal name, when it is not `organisation`. */
  controller: z.optional(text()),
  /** The controller's number in the ICO's register of fee payers (e.g. Z1234567). */
  icoRegistration: z.optional(
    z.string().check(z.regex(/^[A-Z0-9]{8}$/, { error: 'must be an ICO registration number like Z1234567' })),
  ),
  dataProtectionOfficer: z.strictObject({
    email: z.email({ error: 'must be an email address' }),
    phone: z.optional(text()),
  }),
  lawfulBasis: z.enum(LAWFUL_BASES),
  specialCategoryBasis: z.enum(SPECIAL_CATEGORY_BASES),
  /** Where the data is stored; must be deploy.region (checked at synth). eu-west-2 reads "in the UK". */
  dataRegion: z._default(
    z
      .string()
      .check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { error: 'must be an AWS region such as eu-west-2' })),
    'eu-west-2',
  ),
});

export const accessibilitySettings = z.strictObject({
  status: z.enum(ACCESSIBILITY_STATUSES),
  preparedOn: day,
  reviewedOn: day,
  /** Each known problem, in every language the site is published in. */
  knownIssues: z._default(z.array(z.partialRecord(z.enum(LANGUAGES), text())), []),
});

type Accessibility = z.infer<typeof accessibilitySettings>;
type Issue = { path: (string | number)[]; message: string };

/** What the schema alone cannot say: issues in every language, a status that matches them, dates in order. */
export const accessibilityProblems = (a: Accessibility, languages: readonly string[]): Issue[] => {
  const problems: Issue[] = [];
  a.knownIssues.forEach((issue, i) => {
    for (const language of languages.filter((l) => !(l in issue))) {
      problems.push({
        path: ['accessibility', 'knownIssues', i],
        message: `needs the issue in "${language}"`,
      });
    }
  });
  if (a.status === 'full' && a.knownIssues.length > 0) {
    problems.push({
      path: ['accessibility', 'status'],
      message: 'cannot be "full" with known issues listed',
    });
  }
  if (a.status !== 'full' && a.knownIssues.length === 0) {
    problems.push({
      path: ['accessibility', 'knownIssues'],
      message: `must list what is not accessible (status "${a.status}")`,
    });
  }
  if (a.reviewedOn < a.preparedOn) {
    problems.push({ path: ['accessibility', 'reviewedOn'], message: 'is before preparedOn' });
  }
  return problems;
};
