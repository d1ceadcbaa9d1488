import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { html } from '../../../functions/html/html.ts';
import type { Language } from '../../../functions/i18n/languages.ts';
import { localiseConfig } from '../../../functions/i18n/localise-config.ts';
import { publicFrame } from '../../../functions/pages/frame-words.ts';
import { type PageOptions, renderDocument } from '../../../functions/pages/layout.ts';
import { pageAlternates } from '../../../functions/pages/page-alternates.ts';
import { expectSoundPage, HOSTILE_FRAGMENTS, harmless, parse, shapeOf } from './dom.ts';

const page = (language: Language, extra: Partial<PageOptions> = {}) =>
  renderDocument(
    {
      ...publicFrame(localiseConfig(serviceConfig, language), language),
      title: 'A page',
      alternates: pageAlternates('/privacy/', serviceConfig),
      ...extra,
    },
    html`<h1 class="govuk-heading-l">A page</h1><h2 class="govuk-heading-m">Part</h2>`,
  );

describe.each(['en', 'cy'] as const)('the page frame in %s', (language) => {
  const $ = parse(page(language));

  it('is a sound page: one h1, headings in order, the language navigation naming both languages', () => {
    expectSoundPage($);
    expect($('html').attr('lang')).toBe(language);
    expect($('.govuk-language-navigation [aria-current="true"]').attr('lang')).toBe(language);
  });

  it('skips to the main content, and links every other language absolutely for search engines', () => {
    expect($('.govuk-skip-link').attr('href')).toBe('#main-content');
    expect($('main#main-content')).toHaveLength(1);
    expect(
      $('link[rel="alternate"]')
        .map((_, l) => l.attribs.href)
        .get(),
    ).toEqual([
      new URL('/privacy/', serviceConfig.siteUrl).href,
      new URL('/cy/privacy/', serviceConfig.siteUrl).href,
    ]);
  });
});

describe('the page frame', () => {
  it('puts the error prefix before the title when the page has problems', () => {
    expect(parse(page('en', { hasErrors: true }))('title').text()).toBe(
      `Error: A page – ${serviceConfig.serviceName}`,
    );
  });

  it('shows Exit this page only when asked', () => {
    expect(parse(page('en'))('.govuk-exit-this-page')).toHaveLength(0);
    expect(parse(page('en', { exitThisPage: true }))('.govuk-exit-this-page a').attr('href')).toBe(
      serviceConfig.exitPageUrl,
    );
  });

  it('shows a hostile title and description only as text', () => {
    const text = HOSTILE_FRAGMENTS.join(' ');
    const with_ = (t: string) => page('en', { title: t, description: t });
    expect(shapeOf(with_(text), [text, `${text} – ${serviceConfig.serviceName}`])).toEqual(
      shapeOf(with_(harmless(text)), [harmless(text), `${harmless(text)} – ${serviceConfig.serviceName}`]),
    );
    expect(parse(with_(text))('meta[name="description"]').attr('content')).toBe(text);
  });
});
