/**
 * Fields the page sends beside the answers. They are never stored as answers.
 * - token: made once per page load; a retry or double click with it returns the same reference.
 * - openFor: how long the form had been open when it was sent (milliseconds, measured by the
 *   browser's own monotonic clock, so a device clock set wrong cannot make a person look like a
 *   bot), for the minimum fill time.
 * - honeypot: hidden from people; what fills it is kept apart as suspected (a browser's autofill
 *   may, so nothing is thrown away). Its name is one no autofill heuristic matches: not
 *   "website", "url", "company" or anything like a real field.
 * - language: the language the form was shown in ("en", "cy"), so problems and the confirmation
 *   come back in it; anything else is English.
 */
export const META_FIELDS = {
  token: 'submissionToken',
  openFor: 'formOpenMs',
  honeypot: 'leave_blank_x7',
  language: 'formLanguage',
  /**
   * Slice 23: on an ASB Case Review application opened from /return/, the case it was pre-filled
   * from, signed (case-review/case-link.ts); recorded on the application only when the signature holds.
   */
  caseLink: 'fromCase',
} as const;
