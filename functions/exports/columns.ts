import type { ServiceConfig } from '../config/schema.ts';
import { teamName } from '../config/team-name.ts';
import { isApplicable, questionsOf } from '../forms/applicable.ts';
import { questionType } from '../forms/question-types/index.ts';
import type { FormDefinition, Question } from '../forms/types.ts';
import { flagsOf } from '../forms/urgency.ts';
import { contactLanguageName } from '../i18n/contact-language.ts';
import { standingDetailLabel, statusLabel } from '../progress/describe.ts';
import { dayOf, statusOf } from '../progress/history.ts';
import { additionColumns, additionsColumn } from '../returning/addition-columns.ts';
import { currentAnswers } from '../returning/current-answers.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { countStanding } from '../timeline/history.ts';
import { csvRow } from './csv.ts';

/** A cell: one text, several chosen labels, or nothing (not asked or not answered). */
export type ExportValue = string | string[] | null;

export interface ExportColumn {
  header: string;
  value: (record: SubmissionRecord) => ExportValue;
}

const spreadsheetTime = (iso: string | undefined) => (iso ? iso.slice(0, 19).replace('T', ' ') : null);

/**
 * An answer as people read it, by its question's type: one text, or a list for several choices;
 * a date as YYYY-MM-DD (the type's exportValues), like every other date in an export.
 */
const readable = (q: Question, value: string | string[]): string | string[] => {
  const type = questionType(q);
  const values = (type.exportValues ?? type.answerValues)(q, value);
  return Array.isArray(value) ? values : (values[0] ?? '');
};

/**
 * Where each case has got to: its status, the first day each step stands recorded, and the
 * reason it closed. Notes stay in the workspace: they are the team's working words, not figures.
 */
const progressColumns = (form: FormDefinition): ExportColumn[] => {
  const { steps } = form.progress;
  const closing = steps.find((s) => s.closes && s.detail);
  return [
    { header: 'Status', value: (r) => statusLabel(form, statusOf(form.progress, r.steps)) },
    ...steps.map(
      (step): ExportColumn => ({
        header: `${step.label} (${step.repeatable ? 'first day' : 'day'})`,
        value: (r) => dayOf(r.steps, step.id, form.progress) ?? null,
      }),
    ),
    ...(closing?.detail
      ? [
          {
            header: `${closing.label}: ${closing.detail.label}`,
            value: (r: SubmissionRecord) => standingDetailLabel(form, closing.id, r.steps) ?? null,
          },
        ]
      : []),
    // How much work went in, as counts only: attempts' and notes' words stay in the workspace.
    { header: 'Contact attempts', value: (r) => String(countStanding(r.timeline, 'attempt')) },
    { header: 'Notes', value: (r) => String(countStanding(r.timeline, 'note')) },
  ];
};

/**
 * The columns of an export: details and progress first, then one column per question, named by its label (a
 * label asked twice in a form gets its section's title, so headers stay unique). Without answers
 * (a team member's workspace export, unless allowed), only the details and progress.
 */
export const exportColumns = (
  form: FormDefinition,
  config: ServiceConfig,
  { answers = true }: { answers?: boolean } = {},
): ExportColumn[] => {
  const questions = questionsOf(form.sections);
  const repeated = new Set(questions.map((q) => q.label).filter((l, i, all) => all.indexOf(l) !== i));
  const sectionOf = (q: Question) => form.sections.find((s) => s.questions.includes(q))?.title ?? '';
  return [
    { header: 'Reference', value: (r) => r.reference },
    { header: 'Received (UTC)', value: (r) => spreadsheetTime(r.createdAt) },
    { header: 'Team', value: (r) => teamName(config, r.team) },
    { header: 'Urgent', value: (r) => flagsOf(r).urgent },
    { header: 'Markers', value: (r) => flagsOf(r).markers },
    { header: 'Team email sent (UTC)', value: (r) => spreadsheetTime(r.teamNotifiedAt) },
    { header: 'Language for contact', value: (r) => contactLanguageName(r.language) },
    ...progressColumns(form),
    ...additionColumns(spreadsheetTime),
    // The answers as they stand now: a change of safe contact replaces what was first given.
    ...(answers ? questions : []).map(
      (q): ExportColumn => ({
        header: repeated.has(q.label) ? `${q.label} (${sectionOf(q)})` : q.label,
        value: (r) => {
          const now = currentAnswers(form, r);
          const answer = now[q.id];
          return answer === undefined || !isApplicable(q, now) ? null : readable(q, answer);
        },
      }),
    ),
    ...(answers ? [additionsColumn(form, spreadsheetTime)] : []),
  ];
};

/** A CSV cell for a value: several choices become one cell, separated by semicolons. */
const flat = (value: ExportValue): string | null => (Array.isArray(value) ? value.join('; ') : value);

export const csvHeader = (columns: ExportColumn[]): string => csvRow(columns.map((c) => c.header));

export const csvRecord = (columns: ExportColumn[], record: SubmissionRecord): string =>
  csvRow(columns.map((c) => flat(c.value(record))));

export const jsonRecord = (columns: ExportColumn[], record: SubmissionRecord): Record<string, ExportValue> =>
  Object.fromEntries(columns.map((c) => [c.header, c.value(record)]));
