import { csvHeader, csvRecord, exportColumns, jsonRecord } from '../../functions/exports/columns.ts';
import { UTF8_BOM } from '../../functions/exports/csv.ts';
import type { FormDefinition } from '../../functions/forms/types.ts';
import type { DateRange } from '../../functions/time/date-range.ts';
import type { OpsContext } from '../context.ts';

export { csvHeader, csvRecord, exportColumns, jsonRecord };

export type ExportFormat = 'csv' | 'json';

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
