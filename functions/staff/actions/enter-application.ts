import { CHANNELS, enterApplication } from '../../case-review/enter-application.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { caseReview } from '../../forms/case-review.ts';
import { formFields } from '../../http/form-fields.ts';
import { type HttpResult, redirect } from '../../http/responses.ts';
import { recordAudit } from '../audit.ts';
import type { MemberContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { enterApplicationPage } from '../pages/enter-application-page.ts';
import { pageResponse } from '../respond.ts';

/** Only the team that receives Case Review applications (and admins) enters them. */
const mayEnter = ({ signedIn, deps }: MemberContext): boolean => {
  const team = deps.config.forms[caseReview.id]?.team;
  const { member } = signedIn.session;
  return member.admin || (team !== undefined && member.teams.includes(team));
};

/** GET: the empty form, with the channel first. */
export const showEnterApplication = async (ctx: MemberContext): Promise<HttpResult> => {
  if (!mayEnter(ctx)) throw notFound();
  return pageResponse(200, enterApplicationPage(ctx.frame, {}, []));
};

/**
 * POST: the application checked as the public form checks it, stored for the person, audited with
 * its channel (never its answers), then its case page. Problems come back with what was typed.
 */
export const saveEnteredApplication = async (ctx: MemberContext): Promise<HttpResult> => {
  if (!mayEnter(ctx)) throw notFound();
  const { req, deps, signedIn, frame } = ctx;
  const { member } = signedIn.session;
  const fields = formFields(req.form.toString());
  const outcome = await enterApplication(fields, member, {
    config: deps.config,
    store: deps.submissions,
    now: deps.now,
    hashKey: deps.hashKey,
  });
  if (outcome.kind === 'invalid')
    return pageResponse(400, enterApplicationPage(frame, fields, outcome.errors));
  if (!outcome.duplicate) {
    const channel = CHANNELS.find((c) => c.value === outcome.channel)?.label ?? outcome.channel;
    await recordAudit(deps.staff, deps.config, deps.now(), member, 'application-entered', {
      reference: outcome.reference,
      detail: channel,
    });
  }
  return redirect(STAFF_PATHS.submission(outcome.reference));
};
