import { readFileSync } from 'node:fs';
import { type CheerioAPI, load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { govukSelect, type SelectParams } from '../../../functions/govuk/select.ts';

interface Fixture {
  name: string;
  options: Record<string, unknown>;
  html: string;
}

const { fixtures } = JSON.parse(
  readFileSync('node_modules/govuk-frontend/dist/govuk/components/select/fixtures.json', 'utf8'),
) as { fixtures: Fixture[] };

/** Fixtures using options the service never needs, and why. */
const SKIPPED: Record<string, string> = {
  'with falsy items':
    'null, false and "" in the items list are how Nunjucks templates leave an item out; TypeScript callers leave it out of the array, so SelectParams.items takes items only',
};

/** The macro's English default for the error prefix, which SelectParams requires to be given. */
const withWords = (options: Record<string, unknown>): SelectParams => {
  const error = options.errorMessage as { text: string; visuallyHiddenText?: string } | undefined;
  return {
    items: [],
    ...options,
    ...(error ? { errorMessage: { visuallyHiddenText: 'Error', ...error } } : {}),
  } as unknown as SelectParams;
};

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every element in order: its name, attributes (class as a set) and its text, collapsed. */
const shape = ($: CheerioAPI) =>
  $('body *')
    .toArray()
    .map((element) => {
      const { class: classList = '', ...rest } = $(element).attr() ?? {};
      return {
        name: element.tagName,
        attributes: Object.fromEntries(Object.entries(rest).sort()),
        classes: classList.split(/\s+/).filter(Boolean).sort(),
        text: collapse($(element).text()),
      };
    });

describe('govukSelect draws what govuk-frontend’s own macro draws', () => {
  it('skips only fixtures named with a reason, and every skipped name is a fixture', () => {
    const names = new Set(fixtures.map((f) => f.name));
    for (const name of Object.keys(SKIPPED)) expect(names.has(name), name).toBe(true);
  });

  it.each(fixtures.filter((f) => !Object.hasOwn(SKIPPED, f.name)).map((f) => [f.name, f] as const))(
    '%s',
    (_, fixture) => {
      const ours = load(String(govukSelect(withWords(fixture.options))));
      const theirs = load(fixture.html);
      expect(shape(ours)).toEqual(shape(theirs));
    },
  );
});
