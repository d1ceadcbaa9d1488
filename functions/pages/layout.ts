import type { ServiceConfig } from '../config/schema.ts';
import { ASSETS, META_CONTENT_SECURITY_POLICY } from '../contract/service-contract.ts';
import { exitThisPageWords, govukExitThisPage } from '../govuk/exit-this-page.ts';
import { govukLanguageNavigation } from '../govuk/language-navigation.ts';
import { govukSkipLink } from '../govuk/skip-link.ts';
import { attributes, type Html, html } from '../html/html.ts';
import { LANGUAGE_NAMES, type Language } from '../i18n/languages.ts';
import { logoSvg } from './logo.ts';

/**
 * The page frame's own words, given by the caller: the public pages take them from the
 * catalogue (frame-words.ts), the English-only staff workspace writes them itself, so the staff
 * function carries no catalogue (issue 19).
 */
export interface FrameWords {
  skipLink: string;
  /** Put before the title when a form has problems ("Error: "). */
  errorPrefix: string;
  /** The language navigation's name. */
  languageNavigation: string;
  exitThisPage: {
    hidden: string;
    visible: string;
    /** The Exit this page script's announcements; none for English, which the script knows. */
    activated?: string;
    timedOut?: string;
    pressTwoMoreTimes?: string;
    pressOneMoreTime?: string;
  };
  footer: {
    /** The hidden heading of the footer's links. */
    supportLinks: string;
    links: readonly { href: string; text: string }[];
    /** "… is run by …. Call … or email", before the contact address. */
    runBy: string;
  };
}

export interface PageOptions {
  config: ServiceConfig;
  words: FrameWords;
  /** The page's own title; the service name is added after it. */
  title: string;
  /** Prefixes the title with "Error: ", as GOV.UK does when a form has problems. */
  hasErrors?: boolean;
  /** Shows the Exit this page button (sensitive journeys and the pages leading to them). */
  exitThisPage?: boolean;
  /** Meta description for search results. */
  description?: string;
  /** Where the service name in the header leads. */
  homePath: string;
  /** Shown under the header: the staff workspace's navigation. */
  navigation?: Html;
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
   * navigation and the hreflang links. Nothing is shown when only one language is offered.
   */
  alternates?: Partial<Record<Language, string>>;
}

const languageOfPage = (page: PageOptions): Language => page.language ?? 'en';

const alternatesOf = (page: PageOptions): [Language, string][] =>
  Object.entries(page.alternates ?? {}) as [Language, string][];

/** hreflang links to the page's other languages (absolute, as search engines want them). */
const hreflangLinks = (page: PageOptions): Html[] => {
  const list = alternatesOf(page);
  if (list.length < 2) return [];
  const absolute = (path: string) => new URL(path, page.config.siteUrl).href;
  return list.map(
    ([lang, path]) => html`<link rel="alternate" hreflang="${lang}" href="${absolute(path)}">\n`,
  );
};

/** govuk-frontend's language navigation: the page's own language as text, the others as links. */
export const languageSwitch = (page: PageOptions): Html | '' => {
  const list = alternatesOf(page);
  if (list.length < 2) return '';
  const current = languageOfPage(page);
  return html`${govukLanguageNavigation({
    ariaLabel: page.words.languageNavigation,
    items: list.map(([lang, path]) => ({
      text: LANGUAGE_NAMES[lang],
      lang,
      ...(lang === current ? { current: true } : { href: path }),
    })),
  })}\n`;
};

export const documentTitle = (page: PageOptions): string =>
  `${page.hasErrors ? page.words.errorPrefix : ''}${page.title} – ${page.config.serviceName}`;

const head = (page: PageOptions): Html => html`<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${documentTitle(page)}</title>
${page.refreshTo ? html`<meta http-equiv="refresh" content="0; url=${page.refreshTo}">\n` : ''}
${page.description ? html`<meta name="description" content="${page.description}">\n` : ''}<meta name="theme-color" content="${page.config.brandColour}">
${hreflangLinks(page)}<link rel="icon" href="${ASSETS.favicon}" type="image/svg+xml">
<link rel="stylesheet" href="${ASSETS.stylesheet}">
${page.extraStylesheet ? html`<link rel="stylesheet" href="${page.extraStylesheet}">\n` : ''}
<script type="module" src="${ASSETS.script}"></script>
</head>`;

const header = (
  config: ServiceConfig,
  homePath: string,
  navigation: Html | undefined,
): Html => html`<header class="govuk-template__header">
<div class="govuk-generic-header app-header">
<div class="govuk-generic-header__container govuk-width-container">
<div class="govuk-generic-header__logo">
<a href="${homePath}" class="govuk-generic-header__homepage-link">${logoSvg()}<span class="app-header__service-name">${config.serviceName}</span></a>
</div>
</div>
</div>
</header>
${navigation}`;

/** GOV.UK's Exit this page component; the button is a link, so it also works without JavaScript. */
export const exitThisPage = (exitPageUrl: string, words: FrameWords['exitThisPage']): Html =>
  govukExitThisPage({
    html: exitThisPageWords(words.hidden, words.visible),
    redirectUrl: exitPageUrl,
    activatedText: words.activated,
    timedOutText: words.timedOut,
    pressTwoMoreTimesText: words.pressTwoMoreTimes,
    pressOneMoreTimeText: words.pressOneMoreTime,
  });

const footer = (
  config: ServiceConfig,
  words: FrameWords['footer'],
): Html => html`<footer class="govuk-template__footer">
<div class="govuk-footer">
<div class="govuk-width-container">
<div class="govuk-footer__meta">
<div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">${words.supportLinks}</h2>
<ul class="govuk-footer__inline-list">
${words.links.map(({ href, text }) => html`<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="${href}">${text}</a></li>\n`)}</ul>
<div class="govuk-footer__meta-custom">${words.runBy} <a class="govuk-footer__link" href="mailto:${config.contact.email}">${config.contact.email}</a></div>
</div>
<div class="govuk-footer__meta-item">© ${config.organisation}</div>
</div>
</div>
</div>
</footer>`;

/**
 * Everything from `<html>` to the opening of `<main>`: the one definition of the page frame,
 * used by the Astro layout and by the pages the handlers render.
 */
export const pageStart = (
  page: PageOptions,
): Html => html`<html${attributes({ lang: languageOfPage(page) })} class="govuk-template">
${head(page)}
<body class="govuk-template__body">
<script src="${ASSETS.jsEnabled}"></script>
${govukSkipLink({ href: '#main-content', text: page.words.skipLink })}
${header(page.config, page.homePath, page.navigation)}
<div class="govuk-width-container">
${languageSwitch(page)}${page.exitThisPage ? exitThisPage(page.config.exitPageUrl, page.words.exitThisPage) : ''}
<main class="govuk-main-wrapper" id="main-content">
`;

export const pageEnd = (page: PageOptions): Html => html`
</main>
</div>
${footer(page.config, page.words.footer)}
</body>
</html>
`;

/** A whole HTML document around the given main content. */
export const renderDocumentHtml = (page: PageOptions, mainContent: Html): Html =>
  html`<!DOCTYPE html>\n${pageStart(page)}${mainContent}${pageEnd(page)}`;

/** The document as the text a response body or the built site carries. */
export const renderDocument = (page: PageOptions, mainContent: Html): string =>
  String(renderDocumentHtml(page, mainContent));
