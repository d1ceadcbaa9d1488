import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { safeWayOptions } from '../../forms/safe-ways.ts';
import { type HttpResult, redirect } from '../../http/responses.ts';
import { statusOf } from '../../progress/history.ts';
import type { StepEntry } from '../../progress/types.ts';
import { currentAnswers } from '../../returning/current-answers.ts';
import { londonClock, londonDay } from '../../time/london.ts';
import { momentText } from '../../time/times.ts';
import { checkAttempt, firstContactOffered } from '../../timeline/check-attempt.ts';
import { checkNote } from '../../timeline/check-note.ts';
import { attemptAuditWords } from '../../timeline/describe.ts';
import { ATTEMPT_FIELDS, NOTE_FIELDS } from '../../timeline/fields.ts';
import { standingOfKind } from '../../timeline/history.ts';
import type { AttemptEntry, NoteEntry, TimelineEntry } from '../../timeline/types.ts';
import { recordAudit } from '../audit.ts';
import { stepWords } from '../audit-words.ts';
import type { MemberContext } from '../context.ts';
import { type FieldError, notFound } from '../errors.ts';
import { auditOpening, type Case, loadCase } from '../load-case.ts';
import { contactPage } from '../pages/contact-page.ts';
import { notePage } from '../pages/note-page.ts';
import { pageResponse } from '../respond.ts';
import { postedFields } from './progress.ts';

const CHANGED =
  'Someone else recorded first contact while you were logging this. Check its progress, then try again.';

/** The entry a correction names: a standing entry of that kind on the record, or a 404. */
const target = <K extends TimelineEntry['kind']>(c: Case, kind: K, id: string | null | undefined) => {
  if (!id) return undefined;
  const entry = standingOfKind(c.record.timeline, kind, id);
  if (!entry) throw notFound();
  return entry;
};

/** Who is writing, and when: the parts of an entry the rules do not decide. */
const stamp = ({ signedIn }: MemberContext, now: Date) => ({
  id: crypto.randomUUID(),
  by: signedIn.session.member.sub,
  byName: signedIn.session.member.name,
  recordedAt: now.toISOString(),
});

const attemptPage = (
  { frame }: MemberContext,
  c: Case,
  fields: Record<string, string>,
  errors: FieldError[],
  corrects?: AttemptEntry,
) =>
  contactPage({
    ...frame,
    form: c.form,
    record: c.record,
    safeWays: safeWayOptions(c.form, currentAnswers(c.form, c.record)),
    offerFirstContact: firstContactOffered(c.form.progress, c.record.steps),
    ...(corrects ? { corrects } : {}),
    fields,
    errors,
  });

/** Today and now (London), or the corrected attempt's own day, time, way, outcome and note. */
const attemptDefaults = (now: Date, corrects?: AttemptEntry): Record<string, string> => {
  const at = corrects?.at ?? now.toISOString();
  const [year, month, day] = londonDay(at).split('-');
  return {
    [`${ATTEMPT_FIELDS.on}-day`]: String(Number(day)),
    [`${ATTEMPT_FIELDS.on}-month`]: String(Number(month)),
    [`${ATTEMPT_FIELDS.on}-year`]: year ?? '',
    [ATTEMPT_FIELDS.time]: londonClock(at),
    ...(corrects
      ? {
          [ATTEMPT_FIELDS.way]: corrects.way,
          [ATTEMPT_FIELDS.outcome]: corrects.outcome,
          ...(corrects.note ? { [ATTEMPT_FIELDS.note]: corrects.note } : {}),
        }
      : {}),
  };
};

/** GET: the form to log a contact attempt (or correct one). It shows the safe ways: an opening. */
export const showContactForm = async (ctx: MemberContext): Promise<HttpResult> => {
  const { req, deps, signedIn, reference } = ctx;
  const c = await loadCase(deps, signedIn, reference, 'contact');
  await auditOpening(deps, signedIn, 'viewed-steps', reference);
  const corrects = target(c, 'attempt', req.query.get('corrects'));
  return pageResponse(200, attemptPage(ctx, c, attemptDefaults(deps.now(), corrects), [], corrects));
};

/** The first contact step a spoke attempt records, with the status it brings. */
const firstContactChange = (c: Case, entry: StepEntry) => {
  const steps = c.record.steps ?? [];
  return { entry, status: statusOf(c.form.progress, [...steps, entry]), expectedSteps: steps.length };
};

/**
 * POST: checks the attempt against the rules and the record, then appends it (with first contact,
 * when ticked, in the same write). Audited in words without its note. POST, then redirect.
 */
export const logAttempt = async (ctx: MemberContext): Promise<HttpResult> => {
  const { req, deps, signedIn, reference } = ctx;
  const c = await loadCase(deps, signedIn, reference, 'contact');
  const fields = postedFields(req);
  const corrects = target(c, 'attempt', fields[ATTEMPT_FIELDS.corrects]);
  const now = deps.now();
  const result = checkAttempt(fields, {
    form: c.form,
    answers: currentAnswers(c.form, c.record),
    timeline: c.record.timeline ?? [],
    steps: c.record.steps ?? [],
    receivedAt: c.record.createdAt,
    now,
  });
  if (!result.ok) return pageResponse(400, attemptPage(ctx, c, fields, result.errors, corrects));
  const entry: AttemptEntry = { ...stamp(ctx, now), ...result.entry };
  const step: StepEntry | undefined = result.firstContact && { ...stamp(ctx, now), ...result.firstContact };
  const written = await deps.submissions.appendTimeline(reference, {
    entry,
    ...(step ? { step: firstContactChange(c, step) } : {}),
  });
  if (written === 'changed') {
    if (!step) throw notFound(); // Erased meanwhile.
    return pageResponse(409, attemptPage(ctx, c, fields, [{ field: '', message: CHANGED }], corrects));
  }
  const { member } = signedIn.session;
  await recordAudit(
    deps.staff,
    deps.config,
    now,
    member,
    corrects ? 'contact-attempt-corrected' : 'contact-attempt-logged',
    {
      reference,
      detail: `${attemptAuditWords(entry)}${corrects ? ` (corrects the attempt of ${momentText(corrects.at)})` : ''}`,
    },
  );
  if (step)
    await recordAudit(deps.staff, deps.config, now, member, 'step-recorded', {
      reference,
      detail: `${stepWords(c.form, step.step, step.on)} (from a contact attempt)`,
    });
  const done = corrects ? 'attempt-corrected' : step ? 'first-contact' : 'attempt-logged';
  return redirect(`${STAFF_PATHS.submission(reference)}?done=${done}#timeline`);
};

const notePageFor = (
  { frame }: MemberContext,
  c: Case,
  fields: Record<string, string>,
  errors: FieldError[],
  corrects?: NoteEntry,
) =>
  notePage({ ...frame, form: c.form, record: c.record, ...(corrects ? { corrects } : {}), fields, errors });

/** GET: the form to add a note (or correct one, its text filled in: an opening of the case). */
export const showNoteForm = async (ctx: MemberContext): Promise<HttpResult> => {
  const { req, deps, signedIn, reference } = ctx;
  const c = await loadCase(deps, signedIn, reference, 'notes');
  const corrects = target(c, 'note', req.query.get('corrects'));
  if (corrects) await auditOpening(deps, signedIn, 'viewed-steps', reference);
  const fields: Record<string, string> = corrects ? { [NOTE_FIELDS.text]: corrects.text } : {};
  return pageResponse(200, notePageFor(ctx, c, fields, [], corrects));
};

/** POST: a note (or its correction), appended; audited without its text. POST, then redirect. */
export const addNote = async (ctx: MemberContext): Promise<HttpResult> => {
  const { req, deps, signedIn, reference } = ctx;
  const c = await loadCase(deps, signedIn, reference, 'notes');
  const fields = postedFields(req);
  const corrects = target(c, 'note', fields[NOTE_FIELDS.corrects]);
  const result = checkNote(fields, c.record.timeline);
  if (!result.ok) return pageResponse(400, notePageFor(ctx, c, fields, result.errors, corrects));
  const now = deps.now();
  const entry: NoteEntry = { ...stamp(ctx, now), ...result.entry };
  if ((await deps.submissions.appendTimeline(reference, { entry })) === 'changed') throw notFound();
  await recordAudit(
    deps.staff,
    deps.config,
    now,
    signedIn.session.member,
    corrects ? 'note-corrected' : 'note-added',
    {
      reference,
      // Never the text: the team's words about a person stay with the record.
      ...(corrects ? { detail: `corrects the note of ${momentText(corrects.recordedAt)}` } : {}),
    },
  );
  return redirect(
    `${STAFF_PATHS.submission(reference)}?done=${corrects ? 'note-corrected' : 'note-added'}#timeline`,
  );
};
