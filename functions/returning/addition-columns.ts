/**
 * What a case's additions add to an export (issue 21), one row per case still, so a case is
 * counted once however many additions it has: counts and times for everyone; with answers, one
 * cell holding every addition in order, a line each, with its answers in words.
 */
import type { FormDefinition } from '../forms/types.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { additionRows } from './addition-answers.ts';
import { latestContactChange } from './current-answers.ts';
import type { Addition, AdditionKind } from './types.ts';

/** The columns' shape (exports/columns.ts ExportColumn), repeated here so this side imports nothing of exports. */
interface Column {
  header: string;
  value: (record: SubmissionRecord) => string | string[] | null;
}

const KIND_WORDS: Record<AdditionKind, string> = {
  incident: 'Incident',
  update: 'Update',
  contact: 'Safe contact changed',
  withdrawal: 'Withdrew',
  evidence: 'Evidence',
};

/** Counts and times: no answers, so in every export. */
export const additionColumns = (time: (iso: string | undefined) => string | null): Column[] => [
  { header: 'Additions by the person', value: (r) => String(r.additions?.length ?? 0) },
  { header: 'Last addition (UTC)', value: (r) => time(r.additions?.at(-1)?.at) },
  { header: 'Safe contact changed (UTC)', value: (r) => time(latestContactChange(r)?.at) },
  { header: 'Withdrawn (UTC)', value: (r) => time(r.withdrawnAt) },
  { header: 'Case Review notice (UTC)', value: (r) => time(r.caseReviewNoticeAt) },
];

const line = (
  form: FormDefinition,
  record: SubmissionRecord,
  a: Addition,
  time: (iso: string) => string | null,
) => {
  const answers = additionRows(form, record, a).map(
    (row) =>
      `${row.question}: ${row.answer.replaceAll('\n', ', ')}${row.was !== undefined ? ` (was ${row.was.replaceAll('\n', ', ')})` : ''}`,
  );
  const urgent = a.urgent.length > 0 ? ` [Urgent: ${a.urgent.join(', ')}]` : '';
  return `${time(a.at)} ${KIND_WORDS[a.kind]}${urgent}${answers.length > 0 ? `: ${answers.join('; ')}` : ''}`;
};

/** Every addition with its answers, oldest first, a line each: only in an export with answers. */
export const additionsColumn = (form: FormDefinition, time: (iso: string) => string | null): Column => ({
  header: 'Added since (oldest first)',
  value: (r) =>
    (r.additions ?? []).length === 0
      ? null
      : (r.additions ?? []).map((a) => line(form, r, a, time)).join('\n'),
});
