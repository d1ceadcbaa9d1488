import { contrast, mix } from './colour.ts';

const WHITE = '#ffffff';
const BLACK = '#0b0c0c';
/** GOV.UK's link colour, used when the brand colour is too light for links. */
const FALLBACK_LINK = '#1a65a6';

/** System fonts only: nothing to download, nothing blocking the first paint. */
export const FONT_STACK = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif';

/**
 * The site's colours as govuk-frontend custom properties, from the configured brand colour.
 * The header puts white text on the brand colour, so a brand colour without 4.5:1 contrast
 * against white stops the build rather than publishing an unreadable header.
 */
export const themeCss = (brand: string): string => {
  const headerContrast = contrast(brand, WHITE);
  if (headerContrast < 4.5) {
    throw new Error(
      `brandColour ${brand} has a contrast of ${headerContrast.toFixed(2)}:1 with white; it needs at least 4.5:1`,
    );
  }
  const surface = mix(brand, WHITE, 0.07);
  const link = contrast(brand, surface) >= 4.5 ? brand : FALLBACK_LINK;
  return `:root{--govuk-brand-colour:${brand};--govuk-link-colour:${link};--govuk-link-hover-colour:${mix(link, BLACK, 0.6)};--govuk-template-background-colour:${surface};--govuk-surface-background-colour:${surface};--govuk-surface-border-colour:${mix(brand, WHITE, 0.45)};--app-font:${FONT_STACK}}`;
};
