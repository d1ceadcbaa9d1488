import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, mix } from '../../../site/src/build/colour.ts';
import { subsetCss } from '../../../site/src/build/css-subset.ts';
import { buildStylesheet } from '../../../site/src/build/stylesheet.ts';
import { FONT_STACK, themeCss } from '../../../site/src/build/theme.ts';

const GOVUK_CSS = readFileSync('node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css', 'utf8');

describe('subsetCss', () => {
  const css =
    '@charset "UTF-8";.govuk-a{color:red}.govuk-tabs,.govuk-b{font-family:GDS Transport,arial,sans-serif}' +
    '@media (min-width:1px){.govuk-tabs__panel{x:y}.govuk-tabs-not{content:"{"}}@font-face{font-family:GDS Transport}';

  it('drops unused blocks (and their elements and modifiers) but not look-alikes', () => {
    const out = subsetCss(css, { unusedBlocks: ['tabs'], fontFamily: 'serif' });
    expect(out).toBe(
      '@charset "UTF-8";.govuk-a{color:red}.govuk-b{font-family:serif}@media (min-width:1px){.govuk-tabs-not{content:"{"}}',
    );
  });
});

describe('the site stylesheet', () => {
  const css = buildStylesheet(GOVUK_CSS, '.app{}', '#1f5c7a');

  it('uses no web fonts and no GOV.UK crest', () => {
    expect(css).not.toContain('@font-face');
    expect(css).not.toContain('GDS Transport');
    expect(css).not.toContain('govuk-crest');
    expect(css).toContain(FONT_STACK);
  });

  it('keeps the components the pages use and drops the rest', () => {
    for (const used of [
      'govuk-exit-this-page',
      'govuk-error-summary',
      'govuk-radios__conditional',
      'govuk-character-count',
      'govuk-summary-list',
      'govuk-generic-header',
    ]) {
      expect(css).toContain(used);
    }
    for (const unused of ['govuk-accordion', 'govuk-tabs', 'govuk-header__', 'govuk-cookie-banner']) {
      expect(css).not.toContain(unused);
    }
    // The staff workspace and the date question use tags, selects, pagination, service navigation and the date input.
    expect(css.length).toBeLessThan(GOVUK_CSS.length * 0.75);
  });
});

describe('the theme', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 0);
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  it('refuses a brand colour too light for white header text', () => {
    expect(() => themeCss('#ffdd00')).toThrow(/contrast/);
    expect(themeCss('#1f5c7a')).toContain('--govuk-brand-colour:#1f5c7a');
  });
});
