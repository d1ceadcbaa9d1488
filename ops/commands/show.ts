import type { ServiceConfig } from '../../functions/config/schema.ts';
import { isApplicable } from '../../functions/forms/applicable.ts';
import { answerText } from '../../functions/forms/question-types/index.ts';
import { findForm } from '../../functions/forms/registry.ts';
import type { FormDefinition } from '../../functions/forms/types.ts';
import { contactLanguageName } from '../../functions/i18n/contact-language.ts';
import { entryText, statusLabel } from '../../functions/progress/describe.ts';
import { standingSteps, statusOf } from '../../functions/progress/history.ts';
import { additionRows } from '../../functions/returning/addition-answers.ts';
import type { SubmissionRecord } from '../../functions/submissions/record.ts';
import { systemClock } from '../../functions/time/clock.ts';
import { utcTimeText as timeText } from '../../functions/time/times.ts';
import type { OpsContext } from '../context.ts';
import { OpsError, unknownReference } from '../errors.ts';
import { teamNameOf } from './list.ts';

export const findSubmission = async (ctx: OpsContext, reference: string): Promise<SubmissionRecord> => {
  const record = await ctx.store.get(reference);
  if (!record) throw unknownReference(reference);
  return record;
};

/**
 * A submission to read or erase, including one held as suspected of coming from a bot (which
 * findSubmission, used by the commands that send email, does not return); undefined if neither.
 */
export const anySubmission = async (
  ctx: OpsContext,
  reference: string,
): Promise<SubmissionRecord | undefined> =>
  (await ctx.store.get(reference)) ?? (await ctx.store.getSuspected(reference));

/** The same, for a reference that must exist. */
export const findAnySubmission = async (ctx: OpsContext, reference: string): Promise<SubmissionRecord> =>
  (await anySubmission(ctx, reference)) ?? Promise.reject(unknownReference(reference));

export const formOf = (record: Pick<SubmissionRecord, 'formId' | 'reference'>): FormDefinition => {
  const form = findForm(record.formId);
  if (!form) {
    throw new OpsError(
      `${record.reference} is a "${record.formId}" submission, a form these tools do not know.`,
    );
  }
  return form;
};

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');

/** Sent, withheld, owed, or never owed (not asked for, or no email address marked safe); records from before the flag say "not sent". */
const confirmationText = (record: SubmissionRecord): string => {
  if (record.confirmationSentAt) return `sent ${timeText(record.confirmationSentAt)}`;
  if (record.confirmationWithheldAt)
    return `not sent ${timeText(record.confirmationWithheldAt)} (address suppressed by SES, or emailed within a day)`;
  return record.confirmationDue === false
    ? 'none due (not asked for, or no email address marked safe)'
    : 'not sent';
};

/** The history the team recorded, oldest first, notes included; corrected entries say so. */
const progressText = (form: FormDefinition, record: SubmissionRecord): string | undefined => {
  const entries = record.steps ?? [];
  if (entries.length === 0) return undefined;
  const standing = new Set(standingSteps(entries).map((e) => e.id));
  const lines = entries.map((e) => {
    const marks = [e.corrects ? 'correction' : '', standing.has(e.id) ? '' : 'corrected'].filter(Boolean);
    const who = e.byName ?? 'a member of staff';
    const first = `${entryText(form, e)}, recorded by ${who}${marks.length ? ` [${marks.join(', ')}]` : ''}`;
    return e.note ? `${first}\n${indent(e.note)}` : first;
  });
  return `${heading('Progress')}\n${lines.join('\n')}`;
};

const heading = (title: string) => `${title}\n${'-'.repeat(title.length)}`;

/** Slice 21-team: what the person added after sending, oldest first, with its answers in words. */
const additionsText = (form: FormDefinition, record: SubmissionRecord): string | undefined => {
  const additions = record.additions ?? [];
  if (additions.length === 0) return undefined;
  const lines = additions.map((a) => {
    const urgent = a.urgent.length > 0 ? ` [urgent: ${a.urgent.join(', ')}]` : '';
    const rows = additionRows(form, record, a).map(
      (r) =>
        `${r.question}${r.changed ? ' (changed)' : ''}\n${indent(r.answer)}${r.was !== undefined ? `\n${indent(`was: ${r.was}`)}` : ''}`,
    );
    return [`${a.kind}, ${timeText(a.at)}${urgent}`, ...rows.map(indent)].join('\n');
  });
  return `${heading('Added since they sent it')}\n${lines.join('\n\n')}`;
};

/**
 * The whole submission for a person to read: details, then each section with its heading and the
 * questions that applied, labelled from the form definition (option labels, not stored values).
 */
export const formatSubmission = (
  form: FormDefinition,
  config: ServiceConfig,
  record: SubmissionRecord,
  now: Date = systemClock(),
): string => {
  const version =
    record.schemaVersion === form.schemaVersion
      ? `version ${record.schemaVersion}`
      : `answered version ${record.schemaVersion}, shown with version ${form.schemaVersion}'s labels`;
  const details: [string, string][] = [
    ['Reference', record.reference],
    ['Form', `${form.title} (${form.id}, ${version})`],
    ['Received', timeText(record.createdAt)],
    ['Team', teamNameOf(config, record.team)],
    ['Urgent', record.urgent.length > 0 ? record.urgent.join(', ') : 'no'],
    ['Language', contactLanguageName(record.language)],
    ['Status', statusLabel(form, statusOf(form.progress, record.steps))],
    ['Team email', record.teamNotifiedAt ? `sent ${timeText(record.teamNotifiedAt)}` : 'NOT SENT'],
    ['Confirmation', confirmationText(record)],
    [
      'Kept until',
      `${new Date(record.expiresAt * 1000).toISOString().slice(0, 10)} ${record.expiresAt * 1000 < now.getTime() ? '(retention has ended: deletion is due)' : '(then deleted)'}`,
    ],
  ];
  const width = Math.max(...details.map(([k]) => k.length));
  const sections = form.sections
    .map((section) => {
      const asked = section.questions.filter((q) => isApplicable(q, record.answers));
      if (asked.length === 0) return undefined;
      const answers = asked.map((q) => `${q.label}\n${indent(answerText(q, record.answers[q.id]))}`);
      return `${heading(section.title)}\n${answers.join('\n\n')}`;
    })
    .filter((s) => s !== undefined);
  return [
    details.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'),
    ...sections,
    additionsText(form, record),
    progressText(form, record),
  ]
    .filter((part) => part !== undefined)
    .join('\n\n');
};
