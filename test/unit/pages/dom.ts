import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import fc from 'fast-check';
import { expect } from 'vitest';
import { LANGUAGE_NAMES } from '../../../functions/i18n/languages.ts';

/**
 * What the page tests query with: the markup parsed as a browser would (cheerio on parse5), and
 * the checks every public page must pass (issue 19 item 8).
 */
export const parse = (markup: string | { toString(): string }) => cheerio.load(String(markup));
export type Page = ReturnType<typeof parse>;

/** Text that has broken pages before: markup, quotes, bidi controls, template syntax. */
export const HOSTILE_FRAGMENTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><b id="injected">',
  "' onfocus='alert(1)' x='",
  '"',
  "'",
  '</textarea><i>',
  '<!--',
  '&amp;',
  '&lt;p&gt;',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '{{constructor}}',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the point is a literal ${x} in an answer.
  '${x}',
  '{name}',
  '{reference}',
  'javascript:alert(1)',
] as const;

const piece = fc.oneof(
  fc.constantFrom(...HOSTILE_FRAGMENTS),
  fc.string({ unit: 'grapheme-ascii', maxLength: 6 }),
  fc.constantFrom(' ', '\n', 'é', '’', 'ŵ', '😀'),
);

/** An answer with at least one hostile fragment, anything around it. */
export const hostileText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(piece, { maxLength: 3 }),
    fc.constantFrom(...HOSTILE_FRAGMENTS),
    fc.array(piece, { maxLength: 3 }),
  )
  .map(([before, fragment, after]) => [...before, fragment, ...after].join(''));

/**
 * The same answer made harmless: each character an "x", line breaks kept, so the page draws it
 * with the same elements (an email turns each line break into a <br>).
 */
export const harmless = (answer: string): string => answer.replace(/[^\n]/gu, 'x');

/**
 * Every element as its name and attributes (values too), in document order, plus the text of
 * raw-text elements (script, style, title, textarea). Attribute values and raw text equal to one of
 * `answers` (or to its trimmed form, as a date's boxes show it) read as ‹answer›, so a page drawn
 * with hostile answers has the same shape as one drawn with harmless answers if, and only if, no
 * element or attribute came from an answer.
 */
export const shapeOf = (markup: string, answers: readonly string[]): string[] => {
  const known = new Set(answers.flatMap((a) => [a, a.trim(), a.replace(/^\n/, '')]));
  const value = (v: string) => (known.has(v) ? '‹answer›' : JSON.stringify(v));
  const $ = parse(markup);
  return $('*')
    .toArray()
    .filter((node): node is Element => 'attribs' in node)
    .map((el) => {
      const attrs = Object.entries(el.attribs)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, v]) => ` ${name}=${value(v)}`)
        .join('');
      const raw = ['script', 'style', 'title', 'textarea'].includes(el.tagName)
        ? ` ${value($(el).text())}`
        : '';
      return `<${el.tagName}${attrs}>${raw}`;
    });
};

/** An element's text as a person reads it, line breaks (<br>) kept as "\n". */
export const shownText = ($: Page, el: Element): string => {
  const copy = $(el).clone();
  copy.find('br').replaceWith('\n');
  return copy.text();
};

/** Headings outside the error summary (which GOV.UK puts before the h1), in document order. */
const headingLevels = ($: Page): number[] =>
  $('h1, h2, h3, h4, h5, h6')
    .toArray()
    .filter((h) => $(h).closest('.govuk-error-summary').length === 0)
    .map((h) => Number(h.tagName.slice(1)));

/** One h1, the first heading of the page's content, and no level skipped on the way down. */
export const expectHeadingsInOrder = ($: Page): void => {
  expect($('h1')).toHaveLength(1);
  const levels = headingLevels($);
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => {
    if (i > 0)
      expect(level, `heading ${i + 1} of ${levels.join(',')}`).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1);
  });
};

/** Every input a person fills (not hidden fields) has a label naming its id, or sits in one. */
export const expectEveryFieldLabelled = ($: Page): void => {
  const fields = $('input, textarea, select')
    .toArray()
    .filter((el) => el.attribs.type !== 'hidden');
  for (const field of fields) {
    const id = field.attribs.id;
    expect(id, `a ${field.tagName} named ${field.attribs.name} has no id`).toBeTruthy();
    expect($(`label[for="${id}"]`).length, `no label for #${id}`).toBe(1);
  }
};

/** Ids are unique, and each error summary link points at one of them. */
export const expectErrorLinksResolve = ($: Page): void => {
  const ids = $('[id]')
    .toArray()
    .map((el) => el.attribs.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const a of $('.govuk-error-summary a').toArray()) {
    const href = a.attribs.href ?? '';
    expect(href.startsWith('#'), href).toBe(true);
    expect(ids).toContain(href.slice(1));
  }
};

/** The language navigation names English and Welsh, each in its own language. */
export const expectBothLanguagesNamed = ($: Page): void => {
  const nav = $('.govuk-language-navigation');
  expect(nav).toHaveLength(1);
  for (const language of ['en', 'cy'] as const) {
    expect(nav.find(`[lang="${language}"]`).text().trim()).toBe(LANGUAGE_NAMES[language]);
  }
};

/** The checks every whole public page passes. */
export const expectSoundPage = ($: Page): void => {
  expectHeadingsInOrder($);
  expectEveryFieldLabelled($);
  expectErrorLinksResolve($);
  expectBothLanguagesNamed($);
};
