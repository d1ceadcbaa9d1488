import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { type HttpResult, redirect } from '../../http/responses.ts';
import { checkFollowUp, FOLLOW_UP_FIELDS } from '../../progress/follow-up.ts';
import type { FollowUp } from '../../progress/types.ts';
import { londonDay } from '../../time/london.ts';
import { dayName } from '../../time/times.ts';
import { recordAudit } from '../audit.ts';
import type { MemberContext } from '../context.ts';
import type { FieldError } from '../errors.ts';
import { auditOpening, type Case, loadCase } from '../load-case.ts';
import { followUpPage } from '../pages/follow-up-page.ts';
import type { StaffRequest } from '../request.ts';
import { pageResponse } from '../respond.ts';

const GONE = 'This submission has been erased or is no longer in the workspace.';

/** The posted fields, one value each (the first), in an object with no prototype. */
const postedFields = (req: StaffRequest): Record<string, string> => {
  const fields: Record<string, string> = Object.create(null);
  for (const [name, value] of req.form) if (!Object.hasOwn(fields, name)) fields[name] = value;
  return fields;
};

/** The fields as the case's follow-up fills them, or empty. */
const current = (followUp: FollowUp | undefined): Record<string, string> => {
  if (!followUp) return {};
  const [year = '', month = '', day = ''] = followUp.on.split('-');
  return {
    [`${FOLLOW_UP_FIELDS.on}-day`]: String(Number(day)),
    [`${FOLLOW_UP_FIELDS.on}-month`]: String(Number(month)),
    [`${FOLLOW_UP_FIELDS.on}-year`]: year,
    [FOLLOW_UP_FIELDS.what]: followUp.what,
  };
};

const page = (ctx: MemberContext, c: Case, fields: Record<string, string>, errors: FieldError[]) =>
  followUpPage({
    ...ctx.frame,
    reference: c.record.reference,
    formTitle: c.form.title,
    hasFollowUp: Boolean(c.record.followUp),
    fields,
    errors,
  });

/** GET: the follow-up form, filled with the case's follow-up if it has one. */
export const showFollowUpForm = async (ctx: MemberContext): Promise<HttpResult> => {
  const { deps, signedIn, reference } = ctx;
  const c = await loadCase(deps, signedIn, reference, 'follow-up');
  // The form shows what the follow-up is for (the case's data): an opening, once per sign-in.
  await auditOpening(deps, signedIn, 'viewed', reference);
  return pageResponse(200, page(ctx, c, current(c.record.followUp), []));
};

/**
 * POST: sets the follow-up (a day not in the past, what for in a short line) or, with "clear",
 * removes it, in one write; audited with the day, never what it is for. POST, then redirect.
 */
export const saveFollowUp = async (ctx: MemberContext): Promise<HttpResult> => {
  const { req, deps, signedIn, reference } = ctx;
  const { member } = signedIn.session;
  const c = await loadCase(deps, signedIn, reference, 'follow-up');
  const fields = postedFields(req);
  const now = deps.now();
  const back = STAFF_PATHS.submission(reference);
  if (Object.hasOwn(fields, FOLLOW_UP_FIELDS.clear)) {
    if (!c.record.followUp) return redirect(`${back}#follow-up`);
    if ((await deps.submissions.setFollowUp(reference, undefined)) === 'gone')
      return pageResponse(409, page(ctx, c, fields, [{ field: '', message: GONE }]));
    await recordAudit(deps.staff, deps.config, now, member, 'follow-up-cleared', {
      reference,
      detail: `It was for ${dayName(c.record.followUp.on)}`,
    });
    return redirect(`${back}?done=follow-up-cleared#follow-up`);
  }
  const result = checkFollowUp(fields, londonDay(now));
  if (!result.ok) return pageResponse(400, page(ctx, c, fields, result.errors));
  const followUp: FollowUp = {
    on: result.on,
    what: result.what,
    by: member.sub,
    byName: member.name,
    setAt: now.toISOString(),
  };
  if ((await deps.submissions.setFollowUp(reference, followUp)) === 'gone')
    return pageResponse(409, page(ctx, c, fields, [{ field: '', message: GONE }]));
  await recordAudit(deps.staff, deps.config, now, member, 'follow-up-set', {
    reference,
    detail: `For ${dayName(result.on)}`,
  });
  return redirect(`${back}?done=follow-up-set#follow-up`);
};
