import type { Html, Interpolation } from '../html/html.ts';

/** govuk-frontend's pair: words (escaped) or markup the `html` tag built; markup wins. */
export interface Content {
  text?: string;
  html?: Html;
}

export const contentOf = (c: Content | undefined): Interpolation => c?.html ?? c?.text;

/** Whether there is anything to show, as the macros' `if params.html or params.text`. */
export const hasContent = (c: Content | undefined): boolean =>
  c !== undefined && (c.html !== undefined ? String(c.html) !== '' : (c.text ?? '') !== '');
