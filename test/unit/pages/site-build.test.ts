import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { contrast, mix } from '../../../site/src/build/colour.ts';
import { siteStylesheet, staffStylesheet } from '../../../site/src/build/stylesheet.ts';
import { FONT_STACK, themeColours } from '../../../site/src/build/theme.ts';

/** govuk-frontend's whole prebuilt stylesheet: what it would cost to take everything. */
const GOVUK_CSS = readFileSync('node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css', 'utf8');
const APP_CSS = readFileSync('site/src/styles/app.css', 'utf8');
const BRAND = '#1f5c7a';

const sourceFiles = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro)$/.test(f))
    .map((f) => join(root, f));

/**
 * The govuk- classes a source file uses: class names, data-module names and the like, not custom
 * properties (`--govuk-…`) or Sass variables (`$govuk-…`). `govuk-${kind}` is drawn as both radios
 * and checkboxes; a name followed by `-${` (such as `govuk-input--width-${n}`) is kept as a prefix,
 * ending in `-`.
 */
const classesIn = (path: string): string[] => {
  const text = readFileSync(path, 'utf8');
  return ['radios', 'checkboxes'].flatMap((kind) =>
    [
      ...text
        .replaceAll(/govuk-\$\{[\w.]*kind\}/g, `govuk-${kind}`)
        .matchAll(/(?<![\w$-])govuk-(?:!-)?[a-z0-9]+(?:(?:--?|__)[a-z0-9]+)*(-\$\{)?/g),
    ].map((m) => (m[1] ? m[0].slice(0, -2) : m[0])),
  );
};

/** Whether a stylesheet has a rule with the class (or, for a prefix ending in -, a class starting so). */
const styles = (css: string, name: string): boolean => {
  const escaped = name.replace('!', '\\!').replace(/[\\$.*+?^()[\]{}|]/g, '\\$&');
  return new RegExp(`\\.${escaped}${name.endsWith('-') ? '' : '(?![\\w-])'}`).test(css);
};

describe('the site stylesheet, from govuk-frontend’s Sass', () => {
  let css = '';
  let staff = '';
  beforeAll(async () => {
    css = await siteStylesheet(APP_CSS, BRAND);
    staff = await staffStylesheet(BRAND);
  });

  it('uses no web fonts, no GOV.UK crest and no images', () => {
    for (const sheet of [css, staff]) {
      expect(sheet).not.toContain('@font-face');
      expect(sheet).not.toContain('GDS Transport');
      expect(sheet).not.toContain('govuk-crest');
      expect(sheet).not.toContain('url(');
    }
  });

  it('sets every font in the system stack (or sans-serif in print)', () => {
    for (const sheet of [css, staff]) {
      const fonts = new Set(
        [...sheet.matchAll(/font-family:([^;}]+)/g)].map((m) => m[1]?.replaceAll('"', '')),
      );
      expect(fonts).toEqual(new Set([FONT_STACK.replaceAll('"', ''), 'sans-serif']));
    }
  });

  it('takes its colours from the brand colour, custom properties once, in site.css', () => {
    const colours = themeColours(BRAND);
    for (const [name, value] of Object.entries(colours)) {
      expect(css).toMatch(new RegExp(`--govuk-${name}-colour:\\s*${value}[;}]`));
    }
    // The fallbacks in var() are the service's colours too, not GOV.UK blue.
    expect(css).toContain(`var(--govuk-brand-colour, ${BRAND})`);
    expect(`${css}${staff}`).not.toContain('#1d70b8');
    expect(staff).not.toMatch(/:root\{[^}]*-colour:/);
    expect(staff).toContain(`var(--govuk-link-colour, ${colours.link})`);
  });

  it('refuses a brand colour too light for white header text', async () => {
    await expect(siteStylesheet(APP_CSS, '#ffdd00')).rejects.toThrow(/contrast/);
  });

  it('keeps the components the pages use and drops the rest', () => {
    for (const used of [
      'govuk-exit-this-page',
      'govuk-error-summary',
      'govuk-radios__conditional',
      'govuk-checkboxes__conditional',
      'govuk-character-count',
      'govuk-summary-list',
      'govuk-warning-text',
      'govuk-generic-header',
      'govuk-!-margin-bottom-9',
    ]) {
      expect(styles(css, used), used).toBe(true);
    }
    for (const unused of [
      'govuk-accordion',
      'govuk-tabs',
      'govuk-header',
      'govuk-cookie-banner',
      'govuk-section-break',
      'govuk-grid-column-one-half',
      'govuk-!-padding-top-1',
      'govuk-!-font-size-19',
      // The workspace's own, in staff.css.
      'govuk-pagination',
      'govuk-tag',
    ]) {
      expect(styles(css, unused), unused).toBe(false);
    }
    expect(css.length).toBeLessThan(GOVUK_CSS.length * 0.55);
    expect(gzipSync(css).length).toBeLessThan(9 * 1024);
  });

  it('has a rule for every govuk- class the renderers, pages and scripts use', () => {
    // Public pages load site.css; the staff workspace's pages also load staff.css.
    const used = (files: string[]) => new Set(files.flatMap(classesIn));
    const all = [...sourceFiles('functions'), ...sourceFiles('site/src')];
    // govukSelect and the notification banner are drawn by workspace pages only, so their styles are in staff.css.
    const staffOnly = ['select.ts', 'notification-banner.ts'].map((f) => join('functions', 'govuk', f));
    const isStaff = (f: string) => f.startsWith(join('functions', 'staff')) || staffOnly.includes(f);
    const publicClasses = used(all.filter((f) => !isStaff(f)));
    const staffClasses = used(all.filter(isStaff));
    expect(publicClasses.size).toBeGreaterThan(60);
    expect(staffClasses.size).toBeGreaterThan(30);
    // Only classes govuk-frontend styles at all: JavaScript hooks and bare blocks have no rule.
    const missing = (classes: Set<string>, sheet: string) =>
      [...classes].filter((c) => styles(GOVUK_CSS, c) && !styles(sheet, c));
    expect(missing(publicClasses, css)).toEqual([]);
    expect(missing(staffClasses, `${css}\n${staff}`)).toEqual([]);
    // A modifier govuk-frontend does not have (a v4 name, a typo) silently does nothing: none used.
    const unknownModifiers = [...publicClasses, ...staffClasses].filter(
      (c) => /--[a-z0-9]+$/.test(c) && !styles(GOVUK_CSS, c),
    );
    expect(unknownModifiers).toEqual([]);
  });
});

describe('the theme', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 0);
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  it('refuses a brand colour too light for white header text, or not #rrggbb', () => {
    expect(() => themeColours('#ffdd00')).toThrow(/contrast/);
    expect(() => themeColours('red); @error "x"')).toThrow(/#rrggbb/);
    expect(themeColours(BRAND)).toMatchObject({ brand: BRAND, link: BRAND });
  });

  it('tints the page from the brand colour and keeps links readable on it', () => {
    const colours = themeColours(BRAND);
    expect(colours['template-background']).toBe(mix(BRAND, '#ffffff', 0.07));
    expect(colours['surface-background']).toBe(colours['template-background']);
    expect(contrast(colours.link, colours['surface-background'])).toBeGreaterThanOrEqual(4.5);
    // Dark enough for the white header, too light for links on the tint: GOV.UK's link blue.
    const grey = themeColours('#767676');
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(grey.link).toBe('#1a65a6');
    expect(contrast(grey.link, grey['surface-background'])).toBeGreaterThanOrEqual(4.5);
  });
});
