import { STAFF_PATHS } from '../../contract/service-contract.ts';
import type { HttpResult } from '../../http/responses.ts';
import { recordAudit } from '../audit.ts';
import { clearSessionCookie } from '../auth/cookies.ts';
import type { MemberContext } from '../context.ts';
import { signingOutPage } from '../pages/simple-pages.ts';
import { pageResponse } from '../respond.ts';

/**
 * Ends the session here (deleted, so the cookie is worthless), then at the provider. The way on is
 * a page rather than a redirect: a form post's redirect to another origin (Cognito's domain) is
 * blocked by the site's form-action 'self', and the one CSP stays as it is.
 */
export const signOut = async ({ deps, signedIn }: MemberContext): Promise<HttpResult> => {
  const { idHash, session } = signedIn;
  const now = deps.now();
  await deps.staff.deleteSession(idHash);
  await recordAudit(deps.staff, deps.config, now, session.member, 'signed-out');
  const back = new URL(STAFF_PATHS.signedOut, deps.config.siteUrl).href;
  const provider = await deps.openId.signOutUrl(session.idToken, back);
  return { ...pageResponse(200, signingOutPage(deps.config, provider)), cookies: [clearSessionCookie()] };
};
