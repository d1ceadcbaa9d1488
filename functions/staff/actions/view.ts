import { findForm } from '../../forms/registry.ts';
import { type HttpResult, htmlResponse } from '../../http/responses.ts';
import type { StaffSession } from '../../storage/staff-store.ts';
import { REFERENCE_PATTERN } from '../../submissions/reference.ts';
import { auditExpiry, recordAudit } from '../audit.ts';
import { canSee } from '../auth/member.ts';
import type { StaffDeps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { submissionPage } from '../pages/submission-page.ts';

/**
 * One submission, for a member of its team (or an admin): another team's reference is a 404,
 * the same as one that does not exist. The opening is recorded before anything is shown.
 */
export const viewSubmission = async (
  deps: StaffDeps,
  session: StaffSession,
  reference: string,
): Promise<HttpResult> => {
  if (!REFERENCE_PATTERN.test(reference)) throw notFound();
  const record = await deps.submissions.get(reference);
  const form = record ? findForm(record.formId) : undefined;
  const now = deps.now();
  // Past its retention it is gone, even if DynamoDB's TTL has not deleted it yet (it can take days).
  const expired = record !== undefined && record.expiresAt * 1000 <= now.getTime();
  if (!record || !form || expired || !canSee(session.member, record.team)) throw notFound();
  await recordAudit(deps.staff, deps.config, now, session.member, 'viewed', { reference });
  await deps.staff.markOpened(reference, now.toISOString(), auditExpiry(deps.config, now));
  const openings = (await deps.staff.auditFor(reference)).filter((e) => e.action === 'viewed');
  return htmlResponse(
    200,
    submissionPage({
      config: deps.config,
      member: session.member,
      csrfToken: session.csrfToken,
      form,
      record,
      openings,
    }),
  );
};
