import type { HttpResult } from '../../http/responses.ts';
import { REFERENCE_PATTERN } from '../../submissions/reference.ts';
import type { MemberContext } from '../context.ts';
import { badRequest } from '../errors.ts';
import { auditPage } from '../pages/audit-page.ts';
import { pageResponse } from '../respond.ts';

/** The audit trail by reference or by person (admins only: the route table's row). */
export const showAudit = async ({ req, deps, frame }: MemberContext): Promise<HttpResult> => {
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
  return pageResponse(
    200,
    auditPage({
      ...frame,
      ...(reference ? { reference } : {}),
      ...(actor ? { actor } : {}),
      entries,
    }),
  );
};
