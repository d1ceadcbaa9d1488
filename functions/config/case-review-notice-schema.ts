import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/languages.ts';

/**
 * The ASB Case Review notice (issue 21): what a person reads after a second report within six
 * months, in the deployer's words with their link (the council's or partnership's page on how to
 * ask for a review). Without it the service's own words (the catalogue's returning.caseReview.*)
 * and its own application form are used.
 */
const text = () => z.string().check(z.minLength(1));

/** An https:// address, or a path on this site ("/case-review/"). */
const linkTarget = z.string().check(
  z.refine((value) => (value.startsWith('/') ? !value.startsWith('//') : /^https:\/\/[^\s]+$/.test(value)), {
    error: 'must be an https:// address or a path on this site such as /case-review/',
  }),
);

const words = z.strictObject({
  heading: text(),
  text: text(),
  linkText: text(),
});

export const caseReviewNoticeSettings = z._default(
  z.strictObject({
    /** Where the notice's link leads; the service's own application form when not given. */
    link: z.optional(linkTarget),
    /** The notice in each language the service offers; the service's own words when not given. */
    words: z.optional(z.partialRecord(z.enum(LANGUAGES), words)),
  }),
  {},
);

type Settings = z.infer<typeof caseReviewNoticeSettings>;

/** Words given for some languages must be given for every one offered, so no one reads a mixture. */
export const caseReviewNoticeProblems = (
  settings: Settings,
  languages: readonly string[],
): { path: (string | number)[]; message: string }[] =>
  settings.words
    ? languages
        .filter((language) => !(language in (settings.words ?? {})))
        .map((language) => ({
          path: ['caseReviewNotice', 'words', language],
          message: `needs the notice in "${language}"`,
        }))
    : [];
