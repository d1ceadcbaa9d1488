import type { ServiceConfig } from '../config/schema.ts';
import { ASSETS, META_CONTENT_SECURITY_POLICY, PATHS } from '../contract/service-contract.ts';
import { LANGUAGE_NAMES, type Language, localisedPath } from '../i18n/languages.ts';
import { t } from '../i18n/ui.ts';
import { attributes, escapeHtml } from './escape-html.ts';
import { logoSvg } from './logo.ts';

export interface PageOptions {
  config: ServiceConfig;
  /** The page's own title; the service name is added after it. */
  title: string;
  /** Prefixes the title with "Error: ", as GOV.UK does when a form has problems. */
  hasErrors?: boolean;
  /** Shows the Exit this page button (sensitive journeys and the pages leading to them). */
  exitThisPage?: boolean;
  /** Meta description for search results. */
  description?: string;
  /** Where the service name in the header leads (the staff workspace's own start). */
  homePath?: string;
  /** Shown under the header: the staff workspace's navigation. */
  navigation?: string;
  /**
   * Moves the browser on to this same-site address at once, without script. The workspace uses it
   * so the next request starts on this site and carries its SameSite=Strict session cookie.
   */
  refreshTo?: string;
  /** A stylesheet loaded after the site's (the staff workspace's own components). */
  extraStylesheet?: string;
  /** The page's language; English when not given (the staff workspace is English only). */
  language?: Language;
  /**
   * This same page in each language the deployment offers (paths or addresses), for the language
   * switch and the hreflang links. Nothing is shown when only one language is offered.
   */
  alternates?: Partial<Record<Language, string>>;
}

const languageOfPage = (page: PageOptions): Language => page.language ?? 'en';

const alternatesOf = (page: PageOptions): [Language, string][] =>
  Object.entries(page.alternates ?? {}) as [Language, string][];

/** hreflang links to the page's other languages (absolute, as search engines want them). */
const hreflangLinks = (page: PageOptions): string => {
  const list = alternatesOf(page);
  if (list.length < 2) return '';
  const absolute = (path: string) => new URL(path, page.config.siteUrl).href;
  return list
    .map(([lang, path]) => `<link rel="alternate" hreflang="${lang}" href="${escapeHtml(absolute(path))}">\n`)
    .join('');
};

/** GOV.UK's "English | Cymraeg": the page's own language as plain text, the others as links. */
export const languageSwitch = (page: PageOptions): string => {
  const list = alternatesOf(page);
  if (list.length < 2) return '';
  const current = languageOfPage(page);
  const items = list.map(([lang, path]) =>
    lang === current
      ? `<li class="app-language-switch__item"><span aria-current="true">${LANGUAGE_NAMES[lang]}</span></li>`
      : `<li class="app-language-switch__item"><a class="govuk-link" href="${escapeHtml(path)}" hreflang="${lang}" lang="${lang}" rel="alternate">${LANGUAGE_NAMES[lang]}</a></li>`,
  );
  return `<nav class="app-language-switch" aria-label="${escapeHtml(t(current, 'page.languageSwitch'))}"><ul class="app-language-switch__list">${items.join('')}</ul></nav>\n`;
};

export const documentTitle = (page: PageOptions): string =>
  `${page.hasErrors ? t(languageOfPage(page), 'page.errorPrefix') : ''}${page.title} – ${page.config.serviceName}`;

const head = (page: PageOptions): string => `<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${escapeHtml(documentTitle(page))}</title>
${page.refreshTo ? `<meta http-equiv="refresh" content="0; url=${escapeHtml(page.refreshTo)}">\n` : ''}
${page.description ? `<meta name="description" content="${escapeHtml(page.description)}">\n` : ''}<meta name="theme-color" content="${escapeHtml(page.config.brandColour)}">
${hreflangLinks(page)}<link rel="icon" href="${ASSETS.favicon}" type="image/svg+xml">
<link rel="stylesheet" href="${ASSETS.stylesheet}">
${page.extraStylesheet ? `<link rel="stylesheet" href="${escapeHtml(page.extraStylesheet)}">\n` : ''}
<script type="module" src="${ASSETS.script}"></script>
</head>`;

const header = (
  config: ServiceConfig,
  homePath: string = PATHS.home,
  navigation = '',
): string => `<header class="govuk-template__header">
<div class="govuk-generic-header app-header">
<div class="govuk-generic-header__container govuk-width-container">
<div class="govuk-generic-header__logo">
<a href="${escapeHtml(homePath)}" class="govuk-generic-header__homepage-link">${logoSvg()}<span class="app-header__service-name">${escapeHtml(config.serviceName)}</span></a>
</div>
</div>
</div>
</header>
${navigation}`;

/** What GOV.UK's Exit this page script reads out, in the page's language (it knows English itself). */
const exitScriptWords = (language: Language): string =>
  language === 'en'
    ? ''
    : attributes({
        'data-i18n.activated': t(language, 'exit.activated'),
        'data-i18n.timed-out': t(language, 'exit.timedOut'),
        'data-i18n.press-two-more-times': t(language, 'exit.pressTwoMoreTimes'),
        'data-i18n.press-one-more-time': t(language, 'exit.pressOneMoreTime'),
      });

/** GOV.UK's Exit this page component; the button is a link, so it also works without JavaScript. */
export const exitThisPage = (
  exitPageUrl: string,
  language: Language = 'en',
): string => `<div class="govuk-exit-this-page" data-module="govuk-exit-this-page"${exitScriptWords(language)}>
<a href="${escapeHtml(exitPageUrl)}" role="button" draggable="false" class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" data-module="govuk-button" rel="nofollow noreferrer"><span class="govuk-visually-hidden">${escapeHtml(t(language, 'page.exitHidden'))}</span> ${escapeHtml(t(language, 'page.exitThisPage'))}</a>
</div>`;

const FOOTER_LINKS = [
  [PATHS.about, 'page.footer.about'],
  [PATHS.onlineSafety, 'page.footer.onlineSafety'],
  [PATHS.privacy, 'page.footer.privacy'],
  [PATHS.accessibility, 'page.footer.accessibility'],
] as const;

const footer = (config: ServiceConfig, language: Language): string => `<footer class="govuk-template__footer">
<div class="govuk-footer">
<div class="govuk-width-container">
<div class="govuk-footer__meta">
<div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">${escapeHtml(t(language, 'page.supportLinks'))}</h2>
<ul class="govuk-footer__inline-list">
${FOOTER_LINKS.map(([href, key]) => `<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="${localisedPath(href, language)}">${escapeHtml(t(language, key))}</a></li>`).join('\n')}
</ul>
<div class="govuk-footer__meta-custom">${escapeHtml(t(language, 'page.footer.runBy', { service: config.serviceName, organisation: config.organisation, phone: config.contact.phone, hours: config.contact.hours }))} <a class="govuk-footer__link" href="mailto:${escapeHtml(config.contact.email)}">${escapeHtml(config.contact.email)}</a></div>
</div>
<div class="govuk-footer__meta-item">© ${escapeHtml(config.organisation)}</div>
</div>
</div>
</div>
</footer>`;

/**
 * Everything from `<html>` to the opening of `<main>`: the one definition of the page frame,
 * used by the Astro layout and by the pages the submit handler renders.
 */
export const pageStart = (
  page: PageOptions,
): string => `<html lang="${languageOfPage(page)}" class="govuk-template">
${head(page)}
<body class="govuk-template__body">
<script src="${ASSETS.jsEnabled}"></script>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">${escapeHtml(t(languageOfPage(page), 'page.skipLink'))}</a>
${header(page.config, page.homePath ?? localisedPath(PATHS.home, languageOfPage(page)), page.navigation)}
<div class="govuk-width-container">
${languageSwitch(page)}${page.exitThisPage ? exitThisPage(page.config.exitPageUrl, languageOfPage(page)) : ''}
<main class="govuk-main-wrapper" id="main-content">
`;

export const pageEnd = (page: PageOptions): string => `
</main>
</div>
${footer(page.config, languageOfPage(page))}
</body>
</html>
`;

/** A whole HTML document around the given main content. */
export const renderDocument = (page: PageOptions, mainContent: string): string =>
  `<!DOCTYPE html>\n${pageStart(page)}${mainContent}${pageEnd(page)}`;
