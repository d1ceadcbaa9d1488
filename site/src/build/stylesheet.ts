import { subsetCss } from './css-subset.ts';
import { FONT_STACK, themeCss } from './theme.ts';

/**
 * govuk-frontend blocks no page of this site uses. Dropping them roughly halves the stylesheet,
 * which keeps every form page inside its 40 KB budget. Using one of these later means taking it
 * off this list.
 */
export const UNUSED_BLOCKS = [
  'accordion',
  'accordion-nav',
  'back-link',
  'breadcrumbs',
  'cookie-banner',
  'drop-zone',
  'feedback',
  'file-upload',
  'file-upload-button',
  'file-upload-wrapper',
  'header',
  'language-navigation',
  'logo',
  'logo-dot',
  'notification-banner',
  'password-input',
  'phase-banner',
  'summary-card',
  'tabs',
  'task-list',
  'footer__crown',
  'footer__copyright-logo',
  'footer__licence-logo',
  'footer__licence-description',
  'panel--interruption',
];

/** The one stylesheet: GOV.UK's styles for the components used, the theme, then the site's own. */
export const buildStylesheet = (govukCss: string, siteCss: string, brandColour: string): string =>
  [
    subsetCss(govukCss, { unusedBlocks: UNUSED_BLOCKS, fontFamily: FONT_STACK }),
    themeCss(brandColour),
    siteCss,
  ].join('\n');
