import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { type HttpResult, redirect } from '../../http/responses.ts';
import { gatherMyWork } from '../../my-work/gather.ts';
import type { MorningEmailChoice, StaffMember } from '../../storage/staff-store.ts';
import { londonDay } from '../../time/london.ts';
import type { MemberContext } from '../context.ts';
import type { StaffDeps } from '../deps.ts';
import { badRequest } from '../errors.ts';
import { myWorkView } from '../my-work-view.ts';
import { myWorkPage } from '../pages/my-work-page.ts';
import { pageResponse } from '../respond.ts';
import { MEMBER_DAYS } from '../team-directory.ts';

/** The choice as this session has them: their address and teams now, renewed today. */
const choiceFor = (member: StaffMember, now: Date): MorningEmailChoice => ({
  sub: member.sub,
  name: member.name,
  email: member.email,
  teams: [...member.teams],
  renewedOn: londonDay(now),
});

/** A choice lapses as a team listing does, unless its owner keeps signing in (and so opens My work). */
const lapsesAt = (now: Date) => Math.floor(now.getTime() / 1000) + MEMBER_DAYS * 86_400;

/**
 * Keeps the morning email's address and teams those of the latest sign-in, once a day: a member
 * who left a team stops hearing about its work. At most one write a day per member who asked for it.
 */
const renew = async (
  deps: StaffDeps,
  choice: MorningEmailChoice | undefined,
  member: StaffMember,
  now: Date,
) => {
  if (!choice || choice.renewedOn === londonDay(now)) return choice;
  const renewed = choiceFor(member, now);
  await deps.staff.saveMorningEmail(renewed, lapsesAt(now));
  return renewed;
};

/**
 * My work, the first page after sign-in: follow-ups due and overdue, my open cases by age and my
 * teams' cases nobody has yet, from the look-up index only. It shows references, steps and ages,
 * never an answer or what a follow-up is for, so opening it is not audited (as the inbox is not).
 */
export const showMyWork = async ({ req, deps, frame }: MemberContext): Promise<HttpResult> => {
  const { member } = frame;
  const now = deps.now();
  const [work, stored] = await Promise.all([
    gatherMyWork((key, options) => deps.submissions.byLookup(key, options), member, now),
    deps.staff.morningEmail(member.sub),
  ]);
  const choice = await renew(deps, stored, member, now);
  return pageResponse(
    200,
    myWorkPage(myWorkView({ ...frame, work, choice, now, done: req.query.get('done') })),
  );
};

/** POST: asks for the morning email (to the address the provider gave) or stops it. */
export const chooseMorningEmail = async ({ req, deps, frame }: MemberContext): Promise<HttpResult> => {
  const { member } = frame;
  const wanted = req.form.get('morningEmail');
  const now = deps.now();
  if (wanted === 'on') {
    if (!member.email)
      throw badRequest('Your account has no email address, so the morning email cannot be sent to you.');
    await deps.staff.saveMorningEmail(choiceFor(member, now), lapsesAt(now));
    return redirect(`${STAFF_PATHS.myWork}?done=morning-email-on#morning-email`);
  }
  if (wanted === 'off') {
    await deps.staff.stopMorningEmail(member.sub);
    return redirect(`${STAFF_PATHS.myWork}?done=morning-email-off#morning-email`);
  }
  throw badRequest('Choose whether to get the morning email.');
};
