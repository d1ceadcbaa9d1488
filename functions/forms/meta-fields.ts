/**
 * Fields the page sends beside the answers. They are never stored as answers.
 * - token: made once per page load; a retry or double click with it returns the same reference.
 * - startedAt: when the page was opened (epoch milliseconds), for the minimum fill time.
 * - honeypot: hidden from people; a bot that fills it is answered as if it succeeded.
 */
export const META_FIELDS = {
  token: 'submissionToken',
  startedAt: 'formStartedAt',
  honeypot: 'website',
} as const;
