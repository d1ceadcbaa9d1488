import type { ServiceConfig } from '../../config/schema.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { html } from '../../html/html.ts';
import { messagePage } from './staff-layout.ts';

const signInLink = (returnTo: string) =>
  `${STAFF_PATHS.signIn}?${new URLSearchParams({ returnTo }).toString()}`;

const button = (href: string, text: string) => html`<a class="govuk-button" href="${href}">${text}</a>`;

/**
 * Shown where there is no session. The session cookie is SameSite=Strict, so a link followed from
 * an email arrives without it: this page moves on at once (a same-site step, which carries the
 * cookie if there is one) to sign-in, which comes straight back if the person is signed in.
 */
export const signInNeededPage = (config: ServiceConfig, returnTo: string, ended: boolean) =>
  messagePage(
    {
      config,
      title: ended ? 'Your session has ended' : 'Sign in to the staff workspace',
      refreshTo: signInLink(returnTo),
    },
    ended
      ? [
          'You were signed out because you had not used the workspace for 30 minutes, or you signed in more than 10 hours ago.',
        ]
      : ['You need to sign in to see this page.'],
    button(signInLink(returnTo), 'Sign in'),
  );

/** Signed out here; moving on to sign out at the provider too. */
export const signingOutPage = (config: ServiceConfig, providerUrl: string) =>
  messagePage(
    { config, title: 'Signing you out', refreshTo: providerUrl },
    ['You have signed out of the workspace. Now signing you out of your organisation’s sign-in too.'],
    button(providerUrl, 'Continue'),
  );

export const signedOutPage = (config: ServiceConfig) =>
  messagePage(
    { config, title: 'You have signed out' },
    ['You have signed out of the staff workspace.', 'If you use a shared computer, close the browser.'],
    button(STAFF_PATHS.signIn, 'Sign in again'),
  );

/** After the provider sends the browser back: a same-site step onwards, so the new cookie is sent. */
export const signedInPage = (config: ServiceConfig, returnTo: string) =>
  messagePage({ config, title: 'You are signed in', refreshTo: returnTo }, [], button(returnTo, 'Continue'));

export const noTeamPage = (config: ServiceConfig) =>
  messagePage({ config, title: 'Your account has no team' }, [
    'You signed in, but your account is not in any team that uses this workspace, so there is nothing for you to see.',
    `Ask your administrator to add you to your team, then sign in again. If you think this is a mistake, contact ${config.contact.email}.`,
  ]);

export const signInFailedPage = (config: ServiceConfig) =>
  messagePage(
    { config, title: 'Sign-in did not work' },
    ['The sign-in was not finished, took too long, or was started in another browser or tab.'],
    button(STAFF_PATHS.signIn, 'Sign in again'),
  );
