import { type CheerioAPI, load } from 'cheerio';
import { expect } from 'vitest';
import { serviceConfig } from '../../../../functions/config/service-config.ts';
import { STAFF_PATHS } from '../../../../functions/contract/service-contract.ts';
import type { Html } from '../../../../functions/html/html.ts';
import type { StaffFrame } from '../../../../functions/staff/pages/staff-layout.ts';

/**
 * What a member of the public, or a colleague's name, could hold: markup, both quotes, an
 * attribute break-out, a right-to-left override (U+202E) and template-like braces.
 */
export const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)> "quoted" 'single' " onmouseover="alert(3) \u202Eevil {{7*7}}`;

export const frame = (overrides: Partial<StaffFrame['member']> = {}): StaffFrame => ({
  config: serviceConfig,
  member: {
    sub: 'sub-1',
    name: 'Sam Staff',
    email: 'sam@example.org',
    teams: ['restorative-justice'],
    admin: false,
    ...overrides,
  },
  csrfToken: 'csrf-token',
  links: [
    { href: STAFF_PATHS.inbox, text: 'Inbox', current: false },
    { href: STAFF_PATHS.export, text: 'Export', current: false },
  ],
});

/** The page as a DOM. */
export const dom = (page: Html): CheerioAPI => load(String(page));

/**
 * The structure every staff page keeps: one h1; no heading level skipped (a banner's or error
 * summary's h2 may come before the h1, as GOV.UK places them); every field with a label; every
 * error summary link pointing at an element that exists.
 */
export const expectSoundStructure = ($: CheerioAPI): void => {
  expect($('h1')).toHaveLength(1);
  const levels = $('main h1, main h2, main h3, main h4, main h5, main h6')
    .toArray()
    .map((h) => Number(h.tagName.slice(1)));
  let previous = 1;
  for (const level of levels) {
    expect(level, `heading levels ${levels.join(' ')}`).toBeLessThanOrEqual(previous + 1);
    previous = Math.max(level, 1);
  }
  for (const field of $('input:not([type="hidden"]), select, textarea').toArray()) {
    const id = $(field).attr('id');
    expect(id, `a ${field.tagName} named ${$(field).attr('name')} has an id`).toBeTruthy();
    expect($(`label[for="${id}"]`).length, `a label for #${id}`).toBeGreaterThan(0);
  }
  for (const link of $('.govuk-error-summary a').toArray()) {
    const href = $(link).attr('href') ?? '';
    expect(href.startsWith('#'), href).toBe(true);
    expect($(`[id="${href.slice(1)}"]`).length, `the error summary's ${href} exists`).toBe(1);
  }
};

/**
 * Hostile text appears only as text: no element or attribute came from it (no inline script, no
 * image, no event handler), and it reads back exactly as it was given, `times` times at least.
 */
export const expectOnlyText = ($: CheerioAPI, hostile = HOSTILE, times = 1): void => {
  expect($('script:not([src])')).toHaveLength(0);
  expect($('img')).toHaveLength(0);
  for (const element of $('*').toArray())
    for (const name of Object.keys($(element).attr() ?? {})) expect(name.startsWith('on'), name).toBe(false);
  const text = $.root().text();
  expect(text.split(hostile).length - 1).toBeGreaterThanOrEqual(times);
};
