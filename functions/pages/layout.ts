import type { ServiceConfig } from '../config/schema.ts';
import { ASSETS, META_CONTENT_SECURITY_POLICY, PATHS } from '../contract/service-contract.ts';
import { escapeHtml } from './escape-html.ts';
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
}

export const documentTitle = ({ config, title, hasErrors }: PageOptions): string =>
  `${hasErrors ? 'Error: ' : ''}${title} – ${config.serviceName}`;

const head = (page: PageOptions): string => `<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${escapeHtml(documentTitle(page))}</title>
${page.refreshTo ? `<meta http-equiv="refresh" content="0; url=${escapeHtml(page.refreshTo)}">\n` : ''}
${page.description ? `<meta name="description" content="${escapeHtml(page.description)}">\n` : ''}<meta name="theme-color" content="${escapeHtml(page.config.brandColour)}">
<link rel="icon" href="${ASSETS.favicon}" type="image/svg+xml">
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

/** GOV.UK's Exit this page component; the button is a link, so it also works without JavaScript. */
export const exitThisPage = (
  exitPageUrl: string,
): string => `<div class="govuk-exit-this-page" data-module="govuk-exit-this-page">
<a href="${escapeHtml(exitPageUrl)}" role="button" draggable="false" class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" data-module="govuk-button" rel="nofollow noreferrer"><span class="govuk-visually-hidden">Emergency</span> Exit this page</a>
</div>`;

const FOOTER_LINKS: [href: string, text: string][] = [
  [PATHS.about, 'What is restorative justice?'],
  [PATHS.onlineSafety, 'Staying safe online'],
  [PATHS.privacy, 'Privacy notice'],
  [PATHS.accessibility, 'Accessibility statement'],
];

const footer = (config: ServiceConfig): string => `<footer class="govuk-template__footer">
<div class="govuk-footer">
<div class="govuk-width-container">
<div class="govuk-footer__meta">
<div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">
${FOOTER_LINKS.map(([href, text]) => `<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="${href}">${text}</a></li>`).join('\n')}
</ul>
<div class="govuk-footer__meta-custom">${escapeHtml(config.serviceName)} is run by ${escapeHtml(config.organisation)}. Call ${escapeHtml(config.contact.phone)} (${escapeHtml(config.contact.hours)}) or email <a class="govuk-footer__link" href="mailto:${escapeHtml(config.contact.email)}">${escapeHtml(config.contact.email)}</a></div>
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
export const pageStart = (page: PageOptions): string => `<html lang="en" class="govuk-template">
${head(page)}
<body class="govuk-template__body">
<script src="${ASSETS.jsEnabled}"></script>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
${header(page.config, page.homePath, page.navigation)}
<div class="govuk-width-container">
${page.exitThisPage ? exitThisPage(page.config.exitPageUrl) : ''}
<main class="govuk-main-wrapper" id="main-content">
`;

export const pageEnd = (page: PageOptions): string => `
</main>
</div>
${footer(page.config)}
</body>
</html>
`;

/** A whole HTML document around the given main content. */
export const renderDocument = (page: PageOptions, mainContent: string): string =>
  `<!DOCTYPE html>\n${pageStart(page)}${mainContent}${pageEnd(page)}`;
