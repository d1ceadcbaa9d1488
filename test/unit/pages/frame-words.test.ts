import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { frameWords, publicFrame } from '../../../functions/pages/frame-words.ts';

/** Every word the frame shows, flattened. */
const wordsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Object.entries(value as object).flatMap(([key, v]) => (key === 'href' ? [] : wordsOf(v)));

describe('the public pages’ frame words', () => {
  const english = frameWords(serviceConfig, 'en');
  const welsh = frameWords(serviceConfig, 'cy');

  it('are all in Welsh on a Welsh page: none falls back to the English', () => {
    const englishWords = new Set(wordsOf(english));
    const same = wordsOf(welsh).filter((w) => englishWords.has(w));
    expect(same).toEqual([]);
  });

  it('give Exit this page its own Welsh announcements, and leave English to the script', () => {
    expect(english.exitThisPage.activated).toBeUndefined();
    expect(welsh.exitThisPage.activated).toBeTruthy();
  });

  it('lead home and to the footer’s pages in the page’s language', () => {
    expect(publicFrame(serviceConfig, 'cy').homePath).toBe('/cy/');
    expect(welsh.footer.links.map((l) => l.href)).toEqual(english.footer.links.map((l) => `/cy${l.href}`));
  });
});
