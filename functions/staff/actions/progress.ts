import { decisionReasons } from '../../case-review/decision-reasons.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { caseReview } from '../../forms/case-review.ts';
import type { FormDefinition } from '../../forms/types.ts';
import { type HttpResult, redirect } from '../../http/responses.ts';
import { standingSteps, statusOf } from '../../progress/history.ts';
import { readAsPause } from '../../progress/pauses.ts';
import { checkStep } from '../../progress/record-step.ts';
import { orderProblem } from '../../progress/step-order.ts';
import { STEP_FIELDS } from '../../progress/step-questions.ts';
import type { StepEntry } from '../../progress/types.ts';
import { currentAnswers } from '../../returning/current-answers.ts';
import type { TeamMember } from '../../storage/staff-store.ts';
import type { SubmissionRecord } from '../../submissions/record.ts';
import { londonDay } from '../../time/london.ts';
import { recordAudit } from '../audit.ts';
import { stepWords } from '../audit-words.ts';
import type { MemberContext } from '../context.ts';
import type { StaffDeps } from '../deps.ts';
import { badRequest, type FieldError, notFound } from '../errors.ts';
import type { SignedIn } from '../guards.ts';
import { auditOpening, type Case as LoadedCase, loadCase } from '../load-case.ts';
import { stepPage } from '../pages/step-page.ts';
import type { StaffRequest } from '../request.ts';
import { pageResponse } from '../respond.ts';

const CHANGED =
  'Someone else changed this submission’s progress while you were recording. Check its progress, then try again.';

export interface Case extends LoadedCase {
  members: TeamMember[];
}

/** The submission by the one rule (loadCase: team, retention, erasure), with who it can go to. */
export const loadWithMembers = async (
  deps: StaffDeps,
  signedIn: SignedIn,
  reference: string,
  purpose: 'steps' | 'assign',
): Promise<Case> => {
  const { record, form } = await loadCase(deps, signedIn, reference, purpose);
  const members = await deps.staff.teamMembers(record.team);
  // Someone assigned earlier who has not signed in lately stays a valid choice, so saving keeps them.
  if (record.assignee && !members.some((m) => m.sub === record.assignee))
    members.push({ sub: record.assignee, name: 'Someone no longer listed in the team' });
  return { record, form, members };
};

/**
 * The posted fields, one value each (a field sent twice keeps its first), in an object with no
 * prototype: a field named __proto__ or constructor is only a field.
 */
export const postedFields = (req: StaffRequest): Record<string, string> => {
  const fields: Record<string, string> = Object.create(null);
  for (const [name, value] of req.form) if (!Object.hasOwn(fields, name)) fields[name] = value;
  return fields;
};

/** The steps that can be recorded next; for a correction, every step of the form. */
const offeredSteps = (form: FormDefinition, record: SubmissionRecord, correcting: boolean) =>
  correcting
    ? form.progress.steps
    : form.progress.steps.filter((s) => !orderProblem(form.progress, standingSteps(record.steps), s));

/** A day's three boxes, as people type them ("7", not "07"). */
const dayFields = (name: string, day: string | undefined): Record<string, string> => {
  if (!day) return {};
  const [y, m, d] = day.split('-');
  return {
    [`${name}-day`]: String(Number(d)),
    [`${name}-month`]: String(Number(m)),
    [`${name}-year`]: y ?? '',
  };
};

const defaults = (c: Case, now: Date, entry?: StepEntry): Record<string, string> => {
  // An old on-hold closure is corrected as the pause it now counts as (pauses.ts).
  const corrects = entry && readAsPause(c.form.progress, entry);
  const [year, month, day] = (corrects?.on ?? londonDay(now)).split('-');
  return {
    ...dayFields(STEP_FIELDS.reviewOn, corrects?.reviewOn),
    [`${STEP_FIELDS.on}-day`]: String(Number(day)),
    [`${STEP_FIELDS.on}-month`]: String(Number(month)),
    [`${STEP_FIELDS.on}-year`]: year ?? '',
    [STEP_FIELDS.assignee]: c.record.assignee ?? '',
    ...(corrects
      ? {
          [STEP_FIELDS.step]: corrects.step,
          ...(corrects.detail ? { [STEP_FIELDS.detail(corrects.step)]: corrects.detail } : {}),
          ...(corrects.note ? { [STEP_FIELDS.note]: corrects.note } : {}),
        }
      : {}),
  };
};

const page = (
  frame: MemberContext['frame'],
  c: Case,
  fields: Record<string, string>,
  errors: FieldError[],
  corrects?: StepEntry,
) =>
  stepPage({
    ...frame,
    form: c.form,
    record: c.record,
    offered: offeredSteps(c.form, c.record, Boolean(corrects)),
    members: c.members,
    ...(corrects ? { corrects } : {}),
    fields,
    errors,
  });

/** What the case's look-up key follows besides its assignee: its team, and whether it is closed. */
const lookupFacts = (form: FormDefinition, record: SubmissionRecord, status: string) => ({
  team: record.team,
  closed: form.progress.steps.some((s) => s.id === status && s.closes === true),
});

/** The entry a correction names: it must be on the record and still standing. */
const correctionTarget = (record: SubmissionRecord, id: string | null | undefined) => {
  if (!id) return undefined;
  const entry = standingSteps(record.steps).find((e) => e.id === id);
  if (!entry) throw notFound();
  return entry;
};

/** GET: the form to record the next step (or correct one), today and the current assignee chosen. */
export const showStepForm = async (ctx: MemberContext): Promise<HttpResult> => {
  const { req, deps, signedIn, frame, reference } = ctx;
  const c = await loadWithMembers(deps, signedIn, reference, 'steps');
  // The page shows the submission's details: opening it is recorded, once per sign-in.
  await auditOpening(deps, signedIn, 'viewed-steps', reference);
  const corrects = correctionTarget(c.record, req.query.get('corrects'));
  return pageResponse(200, page(frame, c, defaults(c, deps.now(), corrects), [], corrects));
};

/**
 * POST: checks the step against the rules and the record as it is now, then stores it with its
 * status and assignee in one conditional write. A page drawn before someone else's change, or a
 * second click of the same button, is told so and nothing is stored. POST, then redirect.
 */
export const recordStep = async (ctx: MemberContext): Promise<HttpResult> => {
  const { req, deps, signedIn, frame, reference } = ctx;
  const { session } = signedIn;
  const c = await loadWithMembers(deps, signedIn, reference, 'steps');
  const { record, form } = c;
  const fields = postedFields(req);
  const corrects = correctionTarget(record, fields[STEP_FIELDS.corrects]);
  const entries = record.steps ?? [];
  const now = deps.now();
  const result = checkStep(fields, {
    spec: form.progress,
    answers: currentAnswers(form, record),
    entries,
    receivedDay: londonDay(new Date(record.createdAt)),
    today: londonDay(now),
    members: c.members.map((m) => m.sub),
    ...(form.id === caseReview.id ? { reasonsNeeded: decisionReasons(record, deps.config) } : {}),
  });
  const stale = fields[STEP_FIELDS.version] !== String(entries.length);
  if (!result.ok || stale) {
    const errors = result.ok ? [{ field: '', message: CHANGED }] : result.errors;
    return pageResponse(result.ok ? 409 : 400, page(frame, c, fields, errors, corrects));
  }
  const entry: StepEntry = {
    id: crypto.randomUUID(),
    ...result.entry,
    by: session.member.sub,
    byName: session.member.name,
    recordedAt: now.toISOString(),
  };
  const status = statusOf(form.progress, [...entries, entry]);
  const written = await deps.submissions.writeProgress(reference, {
    entry,
    status,
    assignee: result.assignee,
    ...lookupFacts(form, record, status),
    expected: { steps: entries.length, assignee: record.assignee },
  });
  if (written === 'changed')
    return pageResponse(409, page(frame, c, fields, [{ field: '', message: CHANGED }], corrects));
  // Which step and day only, in words: the note is the person's data and stays with the record.
  const detail = `${stepWords(form, entry.step, entry.on)}${entry.corrects ? ' (a correction)' : ''}`;
  await recordAudit(
    deps.staff,
    deps.config,
    now,
    session.member,
    entry.corrects ? 'step-corrected' : 'step-recorded',
    {
      reference,
      detail,
    },
  );
  if (result.assignee !== record.assignee) await auditAssignment(deps, signedIn, c, result.assignee, now);
  return redirect(
    `${STAFF_PATHS.submission(reference)}?done=${entry.corrects ? 'corrected' : 'recorded'}#progress`,
  );
};

const auditAssignment = (
  deps: StaffDeps,
  { session }: SignedIn,
  c: Case,
  assignee: string | undefined,
  now: Date,
) =>
  recordAudit(deps.staff, deps.config, now, session.member, 'assigned', {
    reference: c.record.reference,
    detail: assignee
      ? `to ${c.members.find((m) => m.sub === assignee)?.name ?? 'a team member'}`
      : 'to nobody',
  });

/** POST: assigns the submission to a member of its team (or nobody), if nobody changed it meanwhile. */
export const assign = async (ctx: MemberContext): Promise<HttpResult> => {
  const { req, deps, signedIn, reference } = ctx;
  const c = await loadWithMembers(deps, signedIn, reference, 'assign');
  const assignee = req.form.get('assignee') || undefined;
  const back = STAFF_PATHS.submission(reference);
  if (assignee && !c.members.some((m) => m.sub === assignee))
    throw badRequest('Choose someone in the submission’s team.');
  if ((req.form.get('was') || undefined) !== c.record.assignee) throw badRequest(CHANGED);
  if (assignee === c.record.assignee) return redirect(`${back}#progress`);
  if ((await writeAssignment(deps, signedIn, c, assignee)) === 'changed') throw badRequest(CHANGED);
  return redirect(`${back}?done=assigned#progress`);
};

/**
 * Assigns a loaded case (its members checked by the caller) if nobody changed it since it was
 * read, and audits it: the one assignment write, for the case page and bulk assign alike.
 */
export const writeAssignment = async (
  deps: StaffDeps,
  signedIn: SignedIn,
  c: Case,
  assignee: string | undefined,
): Promise<'saved' | 'changed'> => {
  const now = deps.now();
  const status = statusOf(c.form.progress, c.record.steps);
  const written = await deps.submissions.writeProgress(c.record.reference, {
    status,
    assignee,
    ...lookupFacts(c.form, c.record, status),
    expected: { steps: c.record.steps?.length ?? 0, assignee: c.record.assignee },
  });
  if (written === 'saved') await auditAssignment(deps, signedIn, c, assignee, now);
  return written;
};
