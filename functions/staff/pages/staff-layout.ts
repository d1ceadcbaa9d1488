import type { ServiceConfig } from '../../config/schema.ts';
import { ASSETS, PATHS, STAFF_PATHS } from '../../contract/service-contract.ts';
import { attributes, escapeHtml, handEscaped } from '../../pages/escape-html.ts';
import { type FrameWords, renderDocument } from '../../pages/layout.ts';
import type { StaffMember } from '../../storage/staff-store.ts';

export interface StaffPage {
  config: ServiceConfig;
  title: string;
  hasErrors?: boolean;
  /** The signed-in member and their anti-forgery token; absent on pages for the signed out. */
  member?: StaffMember;
  csrfToken?: string;
  /** Which navigation item is the current page. */
  current?: 'inbox' | 'export' | 'audit' | 'report';
  /** Moves on to this address at once (see PageOptions.refreshTo). */
  refreshTo?: string;
}

/** A hidden anti-forgery field for every form that changes something. */
export const csrfField = (token: string) =>
  `<input type="hidden"${attributes({ name: 'csrf', value: token })}>`;

const navItem = (href: string, text: string, current: boolean) =>
  `<li class="govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}"><a class="govuk-service-navigation__link" href="${href}"${current ? ' aria-current="page"' : ''}>${current ? `<strong class="govuk-service-navigation__active-fallback">${text}</strong>` : text}</a></li>`;

/** GOV.UK service navigation: the workspace's pages, who is signed in, and Sign out (a form post). */
const navigation = (page: StaffPage): string => {
  const { member, csrfToken, current } = page;
  const items = member
    ? [
        navItem(STAFF_PATHS.inbox, 'Inbox', current === 'inbox'),
        navItem(STAFF_PATHS.export, 'Export', current === 'export'),
        ...(member.admin || (member.leads ?? []).length > 0
          ? [navItem(STAFF_PATHS.report, 'Report', current === 'report')]
          : []),
        ...(member.admin ? [navItem(STAFF_PATHS.audit, 'Audit trail', current === 'audit')] : []),
      ]
    : [];
  const signOut =
    member && csrfToken
      ? `<form method="post" action="${STAFF_PATHS.signOut}" class="app-sign-out">${csrfField(csrfToken)}
<span class="govuk-body-s app-sign-out__name">${escapeHtml(member.name)}</span>
<button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">Sign out</button></form>`
      : '';
  return `<section aria-label="Staff workspace" class="govuk-service-navigation">
<div class="govuk-width-container">
<div class="govuk-service-navigation__container">
<span class="govuk-service-navigation__service-name"><a href="${STAFF_PATHS.inbox}" class="govuk-service-navigation__link">Staff workspace</a></span>
${items.length > 0 ? `<nav aria-label="Workspace" class="govuk-service-navigation__wrapper"><ul class="govuk-service-navigation__list">\n${items.join('\n')}\n</ul></nav>` : ''}
${signOut}
</div>
</div>
</section>`;
};

/**
 * The frame's words, in English and written here: the workspace is English only, so the staff
 * function carries no catalogue (issue 19).
 */
const frameWords = (config: ServiceConfig): FrameWords => ({
  skipLink: 'Skip to main content',
  errorPrefix: 'Error: ',
  languageNavigation: 'Choose a language',
  exitThisPage: { hidden: 'Emergency', visible: 'Exit this page' },
  footer: {
    supportLinks: 'Support links',
    links: [
      { href: PATHS.about, text: 'What is restorative justice?' },
      { href: PATHS.onlineSafety, text: 'Staying safe online' },
      { href: PATHS.privacy, text: 'Privacy notice' },
      { href: PATHS.accessibility, text: 'Accessibility statement' },
    ],
    runBy: `${config.serviceName} is run by ${config.organisation}. Call ${config.contact.phone} (${config.contact.hours}) or email`,
  },
});

/** A whole workspace page: the site's frame, the workspace's navigation, no Exit this page. */
export const staffDocument = (page: StaffPage, main: string): string =>
  renderDocument(
    {
      config: page.config,
      words: frameWords(page.config),
      title: `${page.title} – Staff workspace`,
      hasErrors: page.hasErrors ?? false,
      homePath: STAFF_PATHS.inbox,
      navigation: handEscaped(navigation(page)),
      extraStylesheet: ASSETS.staffStylesheet,
      ...(page.refreshTo ? { refreshTo: page.refreshTo } : {}),
    },
    handEscaped(main),
  );

/** A page with a heading and a few paragraphs (problems, signed out). */
export const messagePage = (page: StaffPage, paragraphs: string[], extra = ''): string =>
  staffDocument(
    page,
    `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-l">${escapeHtml(page.title)}</h1>
${paragraphs.map((p) => `<p class="govuk-body">${escapeHtml(p)}</p>`).join('\n')}
${extra}</div></div>`,
  );
