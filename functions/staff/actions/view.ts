import type { HttpResult } from '../../http/responses.ts';
import { auditExpiry } from '../audit.ts';
import { submissionView } from '../case-view.ts';
import type { MemberContext } from '../context.ts';
import { fileRows } from '../files-view.ts';
import { followUpView } from '../follow-up-view.ts';
import { auditOpening, loadCase } from '../load-case.ts';
import { submissionPage } from '../pages/submission-page.ts';
import { pageResponse } from '../respond.ts';

/**
 * One submission, for a member of its team (or an admin): another team's reference is a 404,
 * the same as one that does not exist (see loadCase). The opening is recorded before anything is
 * shown, once per sign-in.
 */
export const viewSubmission = async (ctx: MemberContext): Promise<HttpResult> => {
  const { req, deps, signedIn, frame, reference } = ctx;
  const { record, form } = await loadCase(deps, signedIn, reference, 'view');
  if (await auditOpening(deps, signedIn, 'viewed', reference)) {
    const now = deps.now();
    await deps.staff.markOpened(reference, now.toISOString(), auditExpiry(deps.config, now));
  }
  const openings = (await deps.staff.auditFor(reference)).filter((e) => e.action === 'viewed');
  const members = await deps.staff.teamMembers(record.team);
  const done = req.query.get('done');
  return pageResponse(
    200,
    submissionPage({
      ...submissionView({ ...frame, form, record, openings, members, done }),
      followUp: followUpView(reference, record.followUp, deps.now(), done),
      files: fileRows(reference, record.files),
    }),
  );
};
