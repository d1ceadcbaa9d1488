import { type HttpResult, htmlResponse } from '../../http/responses.ts';
import { REFERENCE_PATTERN } from '../../submissions/reference.ts';
import type { StaffDeps } from '../deps.ts';
import { badRequest } from '../errors.ts';
import { refusePage, type SignedIn } from '../guards.ts';
import { auditPage } from '../pages/audit-page.ts';
import type { StaffRequest } from '../request.ts';

/** The audit trail by reference or by person: admins only (anyone else gets a 404, as for any page not theirs). */
export const showAudit = async (
  req: StaffRequest,
  deps: StaffDeps,
  signedIn: SignedIn,
): Promise<HttpResult> => {
  const { session } = signedIn;
  if (!session.member.admin) await refusePage(deps, signedIn, 'Asked for the audit trail (admins only)');
  const reference = req.query.get('reference')?.trim().toUpperCase() || undefined;
  const actor = req.query.get('actor') || undefined;
  if (reference && !REFERENCE_PATTERN.test(reference))
    throw badRequest('Enter a reference like RJ-7KQM-4XPD.');
  if (actor && actor.length > 200) throw badRequest('That person is not known.');
  const entries = reference
    ? await deps.staff.auditFor(reference)
    : actor
      ? await deps.staff.auditBy(actor, 200)
      : [];
  return htmlResponse(
    200,
    auditPage({
      config: deps.config,
      member: session.member,
      csrfToken: session.csrfToken,
      ...(reference ? { reference } : {}),
      ...(actor ? { actor } : {}),
      entries,
    }),
  );
};
