import type { HttpResult } from '../../http/responses.ts';
import type { MemberContext } from '../context.ts';
import { confirmationClaimOf, eraseAudited } from '../erasure.ts';
import { loadCase } from '../load-case.ts';
import { erasedPage, erasePage } from '../pages/erase-page.ts';
import { pageResponse } from '../respond.ts';

/**
 * An admin erases a submission, as `ops erase` does (functions/staff/erasure.ts): the audit entry
 * first, then its duplicate guard, its confirmation claim and the record. Admins only (the route
 * table's row); a reference that is not there gets the 404 every page not theirs gets (see
 * loadCase). The person types the reference.
 */
export const eraseSubmission = async (ctx: MemberContext): Promise<HttpResult> => {
  const { req, deps, signedIn, frame, reference } = ctx;
  const { session } = signedIn;
  const { record, form } = await loadCase(deps, signedIn, reference, 'erase');
  const view = { ...frame, form, record };
  if (req.method === 'GET') return pageResponse(200, erasePage({ ...view, errors: [] }));
  const typed = (req.form.get('confirm') ?? '').trim().toUpperCase();
  if (typed !== reference) {
    return pageResponse(
      400,
      erasePage({ ...view, errors: [{ field: 'confirm', message: `Type ${reference} to erase it` }] }),
    );
  }
  await eraseAudited(
    { staff: deps.staff, removal: deps.removal, config: deps.config, now: deps.now(), files: deps.files },
    session.member,
    reference,
    {
      // The record does not name its guard (it would tie the record to a hash of the browser's
      // address): found by the reference it carries, as ops erase finds it.
      guardKeys: record.guardPk ? [record.guardPk] : await deps.removal.findGuardKeys(reference),
      claimHashes: deps.hashKey ? confirmationClaimOf(form, record, deps.hashKey) : [],
      uploadIds: (record.files ?? []).map((f) => f.id),
    },
  );
  return pageResponse(200, erasedPage(frame, reference));
};
