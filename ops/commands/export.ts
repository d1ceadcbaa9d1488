import type { ServiceConfig } from '../../functions/config/schema.ts';
import { isApplicable, questionsOf } from '../../functions/forms/applicable.ts';
import type { FormDefinition, Question } from '../../functions/forms/types.ts';
import type { DateRange } from '../../functions/reporting/date-range.ts';
import type { SubmissionRecord } from '../../functions/submissions/record.ts';
import type { OpsContext } from '../context.ts';
import { csvRow, UTF8_BOM } from '../csv.ts';
import { teamNameOf } from './list.ts';

export type ExportFormat = 'csv' | 'json';

/** A cell: one text, several chosen labels, or nothing (not asked or not answered). */
export type ExportValue = string | string[] | null;

export interface ExportColumn {
  header: string;
  value: (record: SubmissionRecord) => ExportValue;
}

const spreadsheetTime = (iso: string | undefined) => (iso ? iso.slice(0, 19).replace('T', ' ') : null);

const labelsOf = (q: Question, value: string | string[]): string | string[] => {
  const label = (v: string) => q.options?.find((o) => o.value === v)?.label ?? v;
  return Array.isArray(value) ? value.map(label) : label(value);
};

/**
 * The columns of an export: details first, then one column per question, named by its label (a
 * label asked twice in a form gets its section's title, so headers stay unique).
 */
export const exportColumns = (form: FormDefinition, config: ServiceConfig): ExportColumn[] => {
  const questions = questionsOf(form.sections);
  const repeated = new Set(questions.map((q) => q.label).filter((l, i, all) => all.indexOf(l) !== i));
  const sectionOf = (q: Question) => form.sections.find((s) => s.questions.includes(q))?.title ?? '';
  return [
    { header: 'Reference', value: (r) => r.reference },
    { header: 'Received (UTC)', value: (r) => spreadsheetTime(r.createdAt) },
    { header: 'Team', value: (r) => teamNameOf(config, r.team) },
    { header: 'Urgent', value: (r) => r.urgent },
    { header: 'Team email sent (UTC)', value: (r) => spreadsheetTime(r.teamNotifiedAt) },
    ...questions.map(
      (q): ExportColumn => ({
        header: repeated.has(q.label) ? `${q.label} (${sectionOf(q)})` : q.label,
        value: (r) => {
          const answer = r.answers[q.id];
          return answer === undefined || !isApplicable(q, r.answers) ? null : labelsOf(q, answer);
        },
      }),
    ),
  ];
};

/** A CSV cell for a value: several choices become one cell, separated by semicolons. */
const flat = (value: ExportValue): string | null => (Array.isArray(value) ? value.join('; ') : value);

export const csvHeader = (columns: ExportColumn[]): string => csvRow(columns.map((c) => c.header));

export const csvRecord = (columns: ExportColumn[], record: SubmissionRecord): string =>
  csvRow(columns.map((c) => flat(c.value(record))));

export const jsonRecord = (columns: ExportColumn[], record: SubmissionRecord): Record<string, ExportValue> =>
  Object.fromEntries(columns.map((c) => [c.header, c.value(record)]));

export interface ExportOptions {
  form: FormDefinition;
  range: DateRange;
  format: ExportFormat;
  /** Start a CSV with a byte order mark so spreadsheet programs read it as UTF-8. */
  bom: boolean;
}

export interface Sink {
  write(text: string): void | Promise<void>;
}

/** Items per read: small enough that a long export reports progress often. */
const PAGE_SIZE = 200;

/**
 * Streams one form's submissions in a range to a sink, page by page, so a large export never sits
 * in memory whole. `onProgress` gets the running count after each page. Returns the count.
 */
export const runExport = async (
  ctx: OpsContext,
  options: ExportOptions,
  sink: Sink,
  onProgress: (count: number) => void = () => {},
): Promise<number> => {
  const columns = exportColumns(options.form, ctx.config);
  let count = 0;
  await sink.write(options.format === 'csv' ? `${options.bom ? UTF8_BOM : ''}${csvHeader(columns)}` : '[');
  const pages = ctx.store.queryByForm(options.form.id, options.range, {
    pageSize: PAGE_SIZE,
    liveAt: ctx.now(),
  });
  for await (const page of pages) {
    const text =
      options.format === 'csv'
        ? page.map((r) => csvRecord(columns, r)).join('')
        : page
            .map((r, i) => `${count + i === 0 ? '\n' : ',\n'}${JSON.stringify(jsonRecord(columns, r))}`)
            .join('');
    await sink.write(text);
    count += page.length;
    onProgress(count);
  }
  if (options.format === 'json') await sink.write(count === 0 ? ']\n' : '\n]\n');
  return count;
};
