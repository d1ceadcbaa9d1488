import { letterEmailOf } from '../../case-review/letter-email.ts';
import type { LetterEntry } from '../../case-review/letter-entry.ts';
import { LETTER_KINDS, LETTER_NAMES, type LetterKind } from '../../case-review/letter-wording.ts';
import { composeLetter } from '../../case-review/letters.ts';
import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { caseReview } from '../../forms/case-review.ts';
import { textAnswer } from '../../forms/common-questions.ts';
import { type HttpResult, redirect } from '../../http/responses.ts';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { standingSteps } from '../../progress/history.ts';
import type { SubmissionRecord } from '../../submissions/record.ts';
import { londonDay } from '../../time/london.ts';
import { recordAudit } from '../audit.ts';
import type { MemberContext } from '../context.ts';
import { type FieldError, notFound } from '../errors.ts';
import { auditOpening, loadCase } from '../load-case.ts';
import { letterFormPage, letterPage } from '../pages/letter-pages.ts';
import { pageResponse } from '../respond.ts';
import { postedFields } from './progress.ts';

const REASONS_MAX = 3000;

/** A Case Review application of this member's team: any other case has no letters (404). */
const loadApplication = async (ctx: MemberContext) => {
  const found = await loadCase(ctx.deps, ctx.signedIn, ctx.reference, 'letters');
  if (found.form.id !== caseReview.id) throw notFound();
  return found;
};

/** The threshold decision standing on the case, for the decision letter. */
const decisionOf = (record: SubmissionRecord): string | undefined =>
  standingSteps(record.steps)
    .filter((e) => e.step === 'decided')
    .at(-1)?.detail;

/** GET: the form, in the language they asked to be contacted in. */
export const showLetterForm = async (ctx: MemberContext): Promise<HttpResult> => {
  const { record } = await loadApplication(ctx);
  await auditOpening(ctx.deps, ctx.signedIn, 'viewed', ctx.reference);
  return pageResponse(
    200,
    letterFormPage(ctx.frame, ctx.reference, { language: record.language ?? 'en' }, []),
  );
};

/** The letter asked for, or what is wrong with the request, in words for the form. */
const checkLetter = (fields: Record<string, string>, record: SubmissionRecord) => {
  const errors: FieldError[] = [];
  const kind = LETTER_KINDS.find((k) => k === fields.kind);
  const language = LANGUAGES.find((l) => l === fields.language);
  const reasons = (fields.reasons ?? '').replace(/\r\n?/g, '\n').trim();
  if (!kind) errors.push({ field: 'kind', message: 'Select which letter' });
  if (!language) errors.push({ field: 'language', message: 'Select the language of the letter' });
  const decision = decisionOf(record);
  if (kind === 'decision' && !decision)
    errors.push({ field: 'kind', message: 'Record the threshold decision before writing to say what it is' });
  if (kind && kind !== 'acknowledgement' && reasons === '')
    errors.push({
      field: 'reasons',
      message: `Enter the reasons for the ${LETTER_NAMES[kind].toLowerCase()} letter`,
    });
  if (reasons.length > REASONS_MAX)
    errors.push({ field: 'reasons', message: `The reasons must be ${REASONS_MAX} characters or fewer` });
  return { errors, kind, language, reasons, decision };
};

/**
 * POST: the letter composed from the deployer's wording with the reasons filled in, kept on the
 * case exactly as sent, audited (its kind, language and way: never its text), then shown to print.
 */
export const sendLetter = async (ctx: MemberContext): Promise<HttpResult> => {
  const { deps, signedIn, frame, reference, req } = ctx;
  const { record } = await loadApplication(ctx);
  const fields = postedFields(req);
  const { errors, kind, language, reasons, decision } = checkLetter(fields, record);
  if (errors.length > 0 || !kind || !language)
    return pageResponse(400, letterFormPage(frame, reference, fields, errors));
  const composed = composeLetter(
    {
      kind,
      language: language as Language,
      reference,
      receivedOn: londonDay(record.createdAt),
      ...(decision ? { decision } : {}),
      ...(reasons ? { reasons } : {}),
    },
    deps.config,
  );
  const now = deps.now();
  const { member } = signedIn.session;
  // By their safe way: email when they marked it safe (the notifier sends it from the stream), else post.
  const way = letterEmailOf(record) ? 'email' : 'post';
  const letter: LetterEntry = {
    id: crypto.randomUUID(),
    kind: kind as LetterKind,
    language: language as Language,
    way,
    ...composed,
    by: member.sub,
    byName: member.name,
    sentAt: now.toISOString(),
  };
  if ((await deps.submissions.appendLetter(reference, letter)) === 'gone') throw notFound();
  await recordAudit(deps.staff, deps.config, now, member, 'letter-sent', {
    reference,
    detail: `${LETTER_NAMES[letter.kind]} letter, ${language === 'cy' ? 'in Welsh' : 'in English'}, ${way === 'email' ? 'by email' : 'for post'}`,
  });
  return redirect(STAFF_PATHS.letter(reference, letter.id));
};

/** GET: one letter sent, to print: its addressee from their answers (a postal address only if safe). */
export const showLetter = async (ctx: MemberContext): Promise<HttpResult> => {
  const { record } = await loadApplication(ctx);
  const id = ctx.req.query.get('id') ?? '';
  const letter = record.letters?.find((l) => l.id === id);
  if (!letter) throw notFound();
  await auditOpening(ctx.deps, ctx.signedIn, 'viewed', ctx.reference);
  const postal = textAnswer(record.answers, 'postalAddress');
  const address = { name: textAnswer(record.answers, 'name') ?? '', lines: postal ? postal.split('\n') : [] };
  return pageResponse(200, letterPage(ctx.frame, ctx.reference, letter, address));
};
