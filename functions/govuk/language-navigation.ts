import { attributes, classes, type Html, html } from '../html/html.ts';
import { type GovukAttributes, govukAttributes } from './attributes.ts';
import { type Content, contentOf } from './content.ts';

export interface LanguageNavigationItem extends Content {
  /** The page in this language; none for the current one. */
  href?: string;
  current?: boolean;
  lang?: string;
  hrefLang?: string;
  dir?: string;
  languageDescriptionText?: string;
  classes?: string;
  attributes?: GovukAttributes;
}

export interface LanguageNavigationParams {
  items: readonly LanguageNavigationItem[];
  /** The navigation's name ("Language", "Iaith"): required, in the page's language. */
  ariaLabel: string;
  classes?: string;
  attributes?: GovukAttributes;
}

const item = (entry: LanguageNavigationItem): Html => {
  const language = attributes({ lang: entry.lang, dir: entry.dir });
  if (entry.current || !entry.href) {
    return html`<li class="govuk-language-navigation__list-item"><span class="${classes('govuk-language-navigation__text', entry.classes)}" aria-current="true"${language}${govukAttributes(entry.attributes)}>${contentOf(entry)}</span></li>`;
  }
  const description = entry.languageDescriptionText
    ? html`<span class="govuk-visually-hidden"> ${entry.languageDescriptionText}</span>`
    : '';
  return html`<li class="govuk-language-navigation__list-item"><a class="${classes('govuk-language-navigation__link', entry.classes)}" href="${entry.href}" rel="alternate"${language}${attributes({ hreflang: entry.hrefLang || entry.lang })}${govukAttributes(entry.attributes)}>${contentOf(entry)}${description}</a></li>`;
};

/** govuk-frontend 6.6's language navigation: the current language as text, the others as links. */
export const govukLanguageNavigation = (params: LanguageNavigationParams): Html =>
  html`<nav class="${classes('govuk-language-navigation', params.classes)}"${govukAttributes(params.attributes)} aria-label="${params.ariaLabel}">
<ul class="govuk-language-navigation__list">
${params.items.map(item)}
</ul>
</nav>`;
