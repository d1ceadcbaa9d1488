import { COUNTED_LOG_MESSAGES, STAFF_PATHS, STAFF_SESSION } from '../../contract/service-contract.ts';
import { type HttpResult, redirect } from '../../http/responses.ts';
import { logger } from '../../observability/logger.ts';
import { recordAudit } from '../audit.ts';
import { clearSignInCookie, sessionCookie, signInCookie } from '../auth/cookies.ts';
import { memberFrom } from '../auth/member.ts';
import { checkSession, hashOf, startSession } from '../auth/sessions.ts';
import type { OpenContext } from '../context.ts';
import type { StaffDeps } from '../deps.ts';
import { noTeamPage, signedInPage, signedOutPage, signInFailedPage } from '../pages/simple-pages.ts';
import { pageResponse } from '../respond.ts';
import { rememberAtSignIn } from '../team-directory.ts';

/**
 * Only a workspace page may be returned to after signing in: never another site. Signing in lands
 * on My work, unless a page was asked for (the one a signed-out visit was sent from).
 */
export const safeReturnTo = (value: string | null): string =>
  value?.startsWith(STAFF_PATHS.inbox) && !value.startsWith('//') && !value.includes('\\')
    ? value
    : STAFF_PATHS.myWork;

const refused = (reason: string) => logger.warn(COUNTED_LOG_MESSAGES.signInRefused, { reason });

/** Sends the browser to the provider, unless it is signed in already (then straight back). */
export const startSignIn = async ({ req, deps }: OpenContext): Promise<HttpResult> => {
  const returnTo = safeReturnTo(req.query.get('returnTo'));
  const now = deps.now();
  if ((await checkSession(deps.staff, req.sessionCookie, now)).kind === 'active') return redirect(returnTo);
  const { url, state, pending } = await deps.openId.start(returnTo);
  await deps.staff.savePendingSignIn(
    state,
    pending,
    Math.floor(now.getTime() / 1000) + STAFF_SESSION.signInSeconds,
  );
  return { ...redirect(url), cookies: [signInCookie(state)] };
};

/**
 * Where the provider sends the browser back. The state must be the one this browser was given
 * (its sign-in cookie) and still waiting (used once); the code is exchanged with PKCE and the ID
 * token checked. Any failure is a page saying sign in again, never a 500.
 */
export const finishSignIn = async ({ req, deps }: OpenContext): Promise<HttpResult> => {
  const { config } = deps;
  const failed = (reason: string) => {
    refused(reason);
    return { ...pageResponse(400, signInFailedPage(config)), cookies: [clearSignInCookie()] };
  };
  const state = req.query.get('state') ?? '';
  if (req.query.has('error')) return failed('provider-error');
  if (!state || state !== req.signInCookie) return failed('state-mismatch');
  const pending = await deps.staff.takePendingSignIn(state);
  if (!pending) return failed('state-unknown-or-used');
  let signedIn: Awaited<ReturnType<StaffDeps['openId']['finish']>>;
  try {
    signedIn = await deps.openId.finish(req.url, state, pending);
  } catch (error) {
    return failed((error as Error).name || 'token-exchange');
  }
  const member = memberFrom(signedIn.claims, config);
  if (!member) {
    refused('no-team');
    // 401: signed in at the provider, but not allowed here (a 403 would become the site's 404 page).
    return { ...pageResponse(401, noTeamPage(config)), cookies: [clearSignInCookie()] };
  }
  const now = deps.now();
  // A sign-in replaces any session this browser had: a copy of the old cookie must stop working.
  if (req.sessionCookie) await deps.staff.deleteSession(hashOf(req.sessionCookie));
  const id = await startSession(deps.staff, { member, idToken: signedIn.idToken, now });
  await recordAudit(deps.staff, config, now, member, 'signed-in');
  await rememberAtSignIn(deps.staff, member, now);
  logger.info('signed in', { admin: member.admin, teams: member.teams.length });
  return {
    ...pageResponse(200, signedInPage(config, pending.returnTo)),
    cookies: [sessionCookie(id), clearSignInCookie()],
  };
};

/** Where the provider sends the browser after signing out there too. */
export const showSignedOut = async ({ deps }: OpenContext): Promise<HttpResult> =>
  pageResponse(200, signedOutPage(deps.config));
