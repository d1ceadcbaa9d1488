import { type Html, trustedConstant } from '../html/html.ts';

/**
 * The service's own mark (no crown: the site is not on gov.uk): two overlapping circles, two
 * people meeting with something in common. Drawn with currentColor so it takes the header's colour.
 */
export const logoSvg = (): Html =>
  // A constant written here: nothing from a request, a record or configuration.
  trustedConstant(LOGO);

const LOGO =
  '<svg class="app-header__logo" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" ' +
  'viewBox="0 0 32 24" width="32" height="24" fill="none" stroke="currentColor" stroke-width="3">' +
  '<circle cx="11" cy="12" r="8.5"/><circle cx="21" cy="12" r="8.5"/></svg>';

/** The favicon: the same mark in white on the brand colour. */
export const faviconSvg = (brandColour: string): string =>
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  `<rect width="32" height="32" rx="6" fill="${brandColour}"/>` +
  '<g fill="none" stroke="#fff" stroke-width="2.5"><circle cx="12" cy="16" r="7"/><circle cx="20" cy="16" r="7"/></g>' +
  '</svg>\n';
