import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { type HttpResult, redirect } from '../../http/responses.ts';
import type { StaffSession } from '../../storage/staff-store.ts';
import { recordAudit } from '../audit.ts';
import { clearSessionCookie } from '../auth/cookies.ts';
import type { StaffDeps } from '../deps.ts';

/** Ends the session here (deleted, so the cookie is worthless) and at the provider. */
export const signOut = async (
  deps: StaffDeps,
  idHash: string,
  session: StaffSession,
): Promise<HttpResult> => {
  const now = deps.now();
  await deps.staff.deleteSession(idHash);
  await recordAudit(deps.staff, deps.config, now, session.member, 'signed-out');
  const back = new URL(STAFF_PATHS.signedOut, deps.config.siteUrl).href;
  return {
    ...redirect(await deps.openId.signOutUrl(session.idToken, back)),
    cookies: [clearSessionCookie()],
  };
};
