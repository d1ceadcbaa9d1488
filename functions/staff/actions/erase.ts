import { findForm } from '../../forms/registry.ts';
import { type HttpResult, htmlResponse } from '../../http/responses.ts';
import type { StaffSession } from '../../storage/staff-store.ts';
import { REFERENCE_PATTERN } from '../../submissions/reference.ts';
import { recordAudit } from '../audit.ts';
import type { StaffDeps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { erasedPage, erasePage } from '../pages/erase-page.ts';
import type { StaffRequest } from '../request.ts';

/**
 * An admin erases a submission, as `ops erase` does: its duplicate guard, then the record. Anyone
 * else, or a reference that is not there, gets the 404 every page not theirs gets. The person types
 * the reference; the erasure is recorded (who, which, when).
 */
export const eraseSubmission = async (
  req: StaffRequest,
  deps: StaffDeps,
  session: StaffSession,
  reference: string,
): Promise<HttpResult> => {
  if (!session.member.admin || !REFERENCE_PATTERN.test(reference)) throw notFound();
  const record = await deps.submissions.get(reference);
  const form = record ? findForm(record.formId) : undefined;
  if (!record || !form) throw notFound();
  const view = { config: deps.config, member: session.member, csrfToken: session.csrfToken, form, record };
  if (req.method === 'GET') return htmlResponse(200, erasePage(view));
  const typed = (req.form.get('confirm') ?? '').trim().toUpperCase();
  if (typed !== reference) {
    return htmlResponse(400, erasePage({ ...view, error: `Type ${reference} to erase it` }));
  }
  await deps.removal.erase(reference, record.guardPk ? [record.guardPk] : []);
  await recordAudit(deps.staff, deps.config, deps.now(), session.member, 'erased', { reference });
  return htmlResponse(200, erasedPage(deps.config, session.member, session.csrfToken, reference));
};
