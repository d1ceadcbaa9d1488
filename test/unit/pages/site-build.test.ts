import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contrast, mix } from '../../../site/src/build/colour.ts';
import { siteStylesheet, staffStylesheet } from '../../../site/src/build/stylesheet.ts';
import { FONT_STACK, themeCss } from '../../../site/src/build/theme.ts';

const GOVUK_CSS = readFileSync('node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css', 'utf8');

describe('the site stylesheet, from govuk-frontend’s Sass', () => {
  let css = '';
  let both = '';
  beforeAll(async () => {
    css = await siteStylesheet('.app{}', '#1f5c7a');
    both = `${css}\n${await staffStylesheet('#1f5c7a')}`;
  });

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
    expect(css.length).toBeLessThan(GOVUK_CSS.length * 0.7);
  });

  it('has a rule for every govuk- block the renderers, pages and scripts use', () => {
    const sources = ['functions', 'site/src']
      .flatMap((root) =>
        readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((f) => /\.(ts|astro)$/.test(f))
          .map((f) => readFileSync(join(root, f), 'utf8')),
      )
      .join('\n');
    // Classes the markup uses (not custom properties, JavaScript hooks or the template's own markers).
    const used = new Set(
      [...sources.matchAll(/class(?:Name)?[=:][^>]*?(govuk-[a-z]+(?:-[a-z]+)*)/g)].map((m) => m[1] ?? ''),
    );
    const blocks = [...used].filter((c) => !/^govuk-(js-|frontend|template$)/.test(c));
    expect(blocks.length).toBeGreaterThan(20);
    const missing = blocks.filter((block) => !new RegExp(`\\.${block}(?![a-z-])`).test(both));
    expect(missing).toEqual([]);
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
