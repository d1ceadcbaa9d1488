import { type Html, trustedConstant } from '../../html/html.ts';

/**
 * Markup from the public side's modules that still return strings, each escaping by its own calls:
 * the page frame (pages/layout.ts renderDocument), the error summary and the question types'
 * `render`. They move to the html tag in the other half of issue 19, item 1; until then this is
 * the one place a staff page takes their string as markup, and it goes when they return Html.
 */
export const publicMarkup = (markup: string): Html => trustedConstant(markup);
