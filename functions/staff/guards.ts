import { STAFF_PATHS } from '../contract/service-contract.ts';
import type { StaffSession } from '../storage/staff-store.ts';
import { checkSession, csrfMatches } from './auth/sessions.ts';
import type { StaffDeps } from './deps.ts';
import { forbidden, SignInNeeded } from './errors.ts';
import type { StaffRequest } from './request.ts';

/**
 * A state-changing request must come from the workspace's own pages: a browser says where a
 * request came from (Sec-Fetch-Site, Origin), and another site's is refused before anything else.
 * A client that sends neither still needs the session's anti-forgery token.
 */
export const refuseCrossSite = (req: StaffRequest, siteUrl: string): void => {
  if (req.method !== 'POST') return;
  const site = req.fetchSite;
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw forbidden('This was sent from another website, so it was not done.');
  }
  if (req.origin !== undefined && req.origin !== new URL(siteUrl).origin) {
    throw forbidden('This was sent from another website, so it was not done.');
  }
};

/** The signed-in session, or a SignInNeeded that brings the person back here afterwards. */
export const requireSession = async (
  req: StaffRequest,
  deps: StaffDeps,
): Promise<{ idHash: string; session: StaffSession }> => {
  const check = await checkSession(deps.staff, req.sessionCookie, deps.now());
  if (check.kind !== 'active') {
    const returnTo = req.method === 'GET' ? `${req.path}${req.url.search}` : STAFF_PATHS.inbox;
    throw new SignInNeeded(returnTo, check.kind === 'expired');
  }
  if (req.method === 'POST' && !csrfMatches(check.session, req.form.get('csrf'))) {
    throw forbidden('This form has expired. Go back, reload the page and try again.');
  }
  return check;
};
