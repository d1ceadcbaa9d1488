import { contrast, mix } from './colour.ts';

const WHITE = '#ffffff';
const BLACK = '#0b0c0c';
/** GOV.UK's link colour, used when the brand colour is too light for links. */
const FALLBACK_LINK = '#1a65a6';

/** System fonts only: nothing to download, nothing blocking the first paint. */
export const FONT_STACK = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif';

/** The govuk-frontend functional colours the brand colour sets (the rest stay GOV.UK's). */
export type ThemeColours = Record<
  'brand' | 'link' | 'link-hover' | 'template-background' | 'surface-background' | 'surface-border',
  string
>;

/**
 * The site's colours from the configured brand colour, as govuk-frontend functional colours.
 * The header puts white text on the brand colour, so a brand colour without 4.5:1 contrast
 * against white stops the build rather than publishing an unreadable header. Links take the brand
 * colour when it has 4.5:1 on the tinted page background, GOV.UK's link blue otherwise.
 */
export const themeColours = (brand: string): ThemeColours => {
  if (!/^#[0-9a-f]{6}$/i.test(brand)) throw new Error(`brandColour ${brand} is not a #rrggbb colour`);
  const headerContrast = contrast(brand, WHITE);
  if (headerContrast < 4.5) {
    throw new Error(
      `brandColour ${brand} has a contrast of ${headerContrast.toFixed(2)}:1 with white; it needs at least 4.5:1`,
    );
  }
  const surface = mix(brand, WHITE, 0.07);
  const link = contrast(brand, surface) >= 4.5 ? brand : FALLBACK_LINK;
  return {
    brand,
    link,
    'link-hover': mix(link, BLACK, 0.6),
    'template-background': surface,
    'surface-background': surface,
    'surface-border': mix(brand, WHITE, 0.45),
  };
};

/**
 * The configuration of site/src/styles/_govuk-settings.scss for a brand colour: the font and the
 * functional colours, as Sass. `customProperties: false` is for a stylesheet loaded after site.css,
 * which already sets them.
 */
export const themeSettings = (brand: string, { customProperties = true } = {}): string => {
  const colours = Object.entries(themeColours(brand))
    .map(([name, value]) => `"${name}": ${value}`)
    .join(', ');
  return `$font-family: (${FONT_STACK}), $functional-colours: (${colours}), $output-custom-properties: ${customProperties}`;
};
