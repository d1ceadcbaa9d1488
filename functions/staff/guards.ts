import { STAFF_PATHS } from '../contract/service-contract.ts';
import { fromAnotherSite } from '../http/cross-site.ts';
import type { StaffSession } from '../storage/staff-store.ts';
import { REFERENCE_PATTERN } from '../submissions/reference.ts';
import { type Access, mayUse } from './access.ts';
import { recordRefusal } from './audit.ts';
import { checkSession, csrfMatches } from './auth/sessions.ts';
import type { StaffDeps } from './deps.ts';
import { forbidden, notFound, SignInNeeded } from './errors.ts';
import type { StaffRequest } from './request.ts';

/** A live session and the hash it is stored under (what it has opened is noted there). */
export interface SignedIn {
  idHash: string;
  session: StaffSession;
}

/**
 * A state-changing request must come from the workspace's own pages: another site's is refused
 * before anything else (functions/http/cross-site.ts). When it carries a live session (the
 * cookie is SameSite=Strict, so a browser rarely sends it), the attempt is audited with that
 * account; without one there is nobody to name, and writing entries for anyone would let anyone
 * fill the trail.
 */
export const refuseCrossSite = async (req: StaffRequest, deps: StaffDeps): Promise<void> => {
  if (req.method !== 'POST') return;
  if (!fromAnotherSite({ 'sec-fetch-site': req.fetchSite, origin: req.origin }, deps.config.siteUrl)) return;
  const now = deps.now();
  const check = await checkSession(deps.staff, req.sessionCookie, now);
  if (check.kind === 'active') {
    await recordRefusal(
      deps.staff,
      deps.config,
      now,
      check.session.member,
      `A post from another website to ${req.path}`,
    );
  }
  throw forbidden('This was sent from another website, so it was not done.');
};

/** The signed-in session, or a SignInNeeded that brings the person back here afterwards. */
export const requireSession = async (req: StaffRequest, deps: StaffDeps): Promise<SignedIn> => {
  const now = deps.now();
  const check = await checkSession(deps.staff, req.sessionCookie, now);
  if (check.kind !== 'active') {
    const returnTo = req.method === 'GET' ? `${req.path}${req.url.search}` : STAFF_PATHS.inbox;
    throw new SignInNeeded(returnTo, check.kind === 'expired');
  }
  if (req.method === 'POST' && !csrfMatches(check.session, req.form.get('csrf'))) {
    await recordRefusal(
      deps.staff,
      deps.config,
      now,
      check.session.member,
      `A post to ${req.path} without this session’s anti-forgery token`,
    );
    throw forbidden('This form has expired. Go back, reload the page and try again.');
  }
  return { idHash: check.idHash, session: check.session };
};

/** A page asked for by someone it is not for (an admin's page): audited, then the 404 any page not theirs gets. */
export const refusePage = async (
  deps: StaffDeps,
  signedIn: SignedIn,
  asked: string,
  reference?: string,
): Promise<never> => {
  await recordRefusal(deps.staff, deps.config, deps.now(), signedIn.session.member, asked, reference);
  throw notFound();
};

/**
 * The guards of a route table row behind sign-in, in order: a live session (else sign in, 401),
 * the anti-forgery token on a POST (else refused and audited), then the row's access (else audited
 * in the row's words, with the reference it names, and the 404 any page not theirs gets).
 */
export const admit = async (
  req: StaffRequest,
  deps: StaffDeps,
  row: { access: Exclude<Access, 'signed-out'>; refusal?: string },
  reference: string,
): Promise<SignedIn> => {
  const signedIn = await requireSession(req, deps);
  if (!mayUse(signedIn.session.member, row.access, deps.config))
    // Only a reference shaped like one is recorded as the entry's reference: any other path text
    // (up to 40 characters of anyone's choosing) stays in the words, never in the reference column.
    await refusePage(
      deps,
      signedIn,
      row.refusal ?? `Asked for ${req.path}`,
      REFERENCE_PATTERN.test(reference) ? reference : undefined,
    );
  return signedIn;
};
