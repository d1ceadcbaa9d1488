import * as z from 'zod/mini';
import { LETTER_KINDS } from '../case-review/letter-wording.ts';
import { LANGUAGES } from '../i18n/languages.ts';

/**
 * The ASB Case Review (Anti-social Behaviour, Crime and Policing Act 2014, s104 and Schedule 4):
 * what the Act fixes and what the deployer's partnership sets locally. The threshold may only be
 * made easier to meet than the Act's: three qualifying complaints or fewer, each made within a
 * month of the behaviour, the application within six months of the complaint. So no configuration
 * here can turn three complaints that qualify under the Act into "not met" (a property test holds
 * this: test/property/case-review-threshold.test.ts).
 */
export const STATUTORY_THRESHOLD = { complaints: 3, complaintWithinMonths: 1, applicationWithinMonths: 6 };

const text = () => z.string().check(z.minLength(1));
const email = z.email({ error: 'must be an email address' });

/** What a hate-motivated incident does: meets the threshold on its own, goes to the partnership, or counts as one. */
export const HATE_RULES = ['meets', 'decide', 'counts-as-one'] as const;
export type HateRule = (typeof HATE_RULES)[number];

const threshold = z.strictObject({
  complaints: z._default(
    z.int().check(
      z.minimum(1, { error: 'must be at least 1' }),
      z.maximum(STATUTORY_THRESHOLD.complaints, {
        error:
          'must be 3 or fewer: the Act sets the threshold at three qualifying complaints at most, and a local threshold may only be lower',
      }),
    ),
    STATUTORY_THRESHOLD.complaints,
  ),
  complaintWithinMonths: z._default(
    z.int().check(
      z.minimum(STATUTORY_THRESHOLD.complaintWithinMonths, {
        error: 'must be 1 or more: the Act counts a complaint made within one month of the behaviour',
      }),
      z.maximum(12),
    ),
    STATUTORY_THRESHOLD.complaintWithinMonths,
  ),
  applicationWithinMonths: z._default(
    z.int().check(
      z.minimum(STATUTORY_THRESHOLD.applicationWithinMonths, {
        error: 'must be 6 or more: the Act counts complaints made within six months before the application',
      }),
      z.maximum(24),
    ),
    STATUTORY_THRESHOLD.applicationWithinMonths,
  ),
  hate: z._default(z.enum(HATE_RULES), 'meets'),
  /** The community threshold: this many households complaining about the same behaviour meets it. */
  community: z.optional(z.strictObject({ households: z.int().check(z.minimum(2), z.maximum(100)) })),
});

const workingDays = () => z.int().check(z.minimum(1), z.maximum(120));

/**
 * Working days after the application arrives by which each later step of the review should be
 * recorded; past one, the daily overdue email lists the case. Defaults from published local
 * procedures. The acknowledgement is the form's first-contact step, so its target is
 * `forms.case-review.firstContactTarget`, as every form's is (default 2).
 */
const targets = z.strictObject({
  shared: z._default(workingDays(), 5),
  decided: z._default(workingDays(), 10),
  'review-held': z._default(workingDays(), 35),
  'outcome-sent': z._default(workingDays(), 45),
});

/** A body the partnership passes each application to (council, police, integrated care board, landlords). */
const partner = z.strictObject({
  name: text(),
  /** Told that an application has arrived, with a link: never its answers. */
  email,
});

/** Where an applicant unhappy with how the review was done can go (often the Police and Crime Commissioner). */
const appeal = z.strictObject({
  name: text(),
  url: z.optional(z.url()),
  email: z.optional(email),
  phone: z.optional(text()),
});

/** The deployer's own wording of a letter; it must keep {reference}, so every letter names its case. */
const letterWording = z.strictObject({
  subject: text().check(z.refine((s) => s.includes('{reference}'), { error: 'must include {reference}' })),
  body: text().check(z.refine((s) => s.includes('{reference}'), { error: 'must include {reference}' })),
});

export const caseReviewSettings = z.strictObject({
  threshold: z.prefault(threshold, {}),
  targets: z.prefault(targets, {}),
  partners: z._default(z.array(partner), []),
  appeal: z.optional(appeal),
  /**
   * The deployer's own reporting year for the figures, as the month it starts (1-12), beside the
   * April to March year every area publishes.
   */
  yearStartsInMonth: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
  /** The letters' wording, per kind and language, over the defaults (case-review/letter-wording.ts). */
  letters: z.optional(
    z.partialRecord(z.enum(LETTER_KINDS), z.partialRecord(z.enum(LANGUAGES), letterWording)),
  ),
});

export type CaseReviewSettings = z.infer<typeof caseReviewSettings>;
export type ThresholdRules = CaseReviewSettings['threshold'];
