import { STAFF_PATHS } from '../contract/service-contract.ts';
import { fromAnotherSite } from '../http/cross-site.ts';
import type { StaffSession } from '../storage/staff-store.ts';
import { checkSession, csrfMatches } from './auth/sessions.ts';
import type { StaffDeps } from './deps.ts';
import { forbidden, SignInNeeded } from './errors.ts';
import type { StaffRequest } from './request.ts';

/**
 * A state-changing request must come from the workspace's own pages: another site's is refused
 * before anything else (functions/http/cross-site.ts). Every post also needs the anti-forgery token.
 */
export const refuseCrossSite = (req: StaffRequest, siteUrl: string): void => {
  if (req.method !== 'POST') return;
  if (fromAnotherSite({ 'sec-fetch-site': req.fetchSite, origin: req.origin }, siteUrl)) {
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
