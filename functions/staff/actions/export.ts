import { csvHeader, csvRecord, exportColumns } from '../../exports/columns.ts';
import { UTF8_BOM } from '../../exports/csv.ts';
import { questionType } from '../../forms/question-types/index.ts';
import { findForm } from '../../forms/registry.ts';
import type { Answers } from '../../forms/types.ts';
import { csvResponse, type HttpResult } from '../../http/responses.ts';
import type { SubmissionRecord } from '../../submissions/record.ts';
import { dayRange } from '../../time/date-range.ts';
import { dayName } from '../../time/times.ts';
import { recordAudit } from '../audit.ts';
import { exportsAnswers } from '../auth/member.ts';
import type { MemberContext } from '../context.ts';
import { badRequest, type FieldError } from '../errors.ts';
import { EXPORT_DATES, exportPage } from '../pages/export-page.ts';
import { pageResponse } from '../respond.ts';

/** Lambda answers at most 6 MB: past this many rows, people are asked for a shorter period. */
export const MAX_EXPORT_ROWS = 2_000;

/** The form and dates from the address, checked as the date question checks them. */
const readChoice = (query: URLSearchParams) => {
  const values: Answers = Object.fromEntries([...query].filter(([k]) => k !== 'download'));
  const errors: FieldError[] = [];
  const form = findForm(query.get('form') ?? '');
  if (!form) errors.push({ field: 'form', message: 'Select a form' });
  const days: Record<string, string> = {};
  for (const q of EXPORT_DATES) {
    const type = questionType(q);
    const parsed = type.schema(q).safeParse(type.normalise(q, Object.fromEntries(query)));
    if (parsed.success) days[q.id] = parsed.data as string;
    else errors.push({ field: q.id, message: parsed.error.issues[0]?.message ?? `Enter ${q.errorName}` });
  }
  if (days.from && days.to && days.to < days.from) {
    errors.push({ field: 'to', message: 'The last day must be the same as or after the first day' });
  }
  return { values, errors, form, days };
};

/**
 * The export page, or the CSV itself: one form's submissions for the member's teams in the period
 * (a Query on the by-form index, other teams' rows left out), as safe CSV, recorded in the audit
 * trail with the form, dates and count (never answers).
 */
export const runExport = async ({ req, deps, signedIn, frame }: MemberContext): Promise<HttpResult> => {
  const { session } = signedIn;
  const view = { ...frame, answers: exportsAnswers(session.member, deps.config) };
  if (!req.query.has('download')) return pageResponse(200, exportPage({ ...view, values: {}, errors: [] }));
  const { values, errors, form, days } = readChoice(req.query);
  if (!form || errors.length > 0 || !days.from || !days.to) {
    return pageResponse(400, exportPage({ ...view, values, errors }));
  }
  const now = deps.now();
  // London days, as people picked them: 00:30 BST on 2 June is in "2 June to 2 June".
  const range = dayRange(days.from, days.to);
  const rows: SubmissionRecord[] = [];
  for await (const page of deps.submissions.queryByForm(form.id, range, { liveAt: now, pageSize: 200 })) {
    rows.push(...page.filter((r) => session.member.teams.includes(r.team)));
    if (rows.length > MAX_EXPORT_ROWS) {
      throw badRequest(
        `There are more than ${MAX_EXPORT_ROWS} submissions in that period. Choose a shorter period.`,
      );
    }
  }
  const answers = exportsAnswers(session.member, deps.config);
  const columns = exportColumns(form, deps.config, { answers });
  const csv = `${UTF8_BOM}${csvHeader(columns)}${rows.map((r) => csvRecord(columns, r)).join('')}`;
  await recordAudit(deps.staff, deps.config, now, session.member, 'exported', {
    detail: `${form.title} received from ${dayName(days.from)} to ${dayName(days.to)}: ${rows.length} submission${rows.length === 1 ? '' : 's'}, ${answers ? 'with' : 'without'} answers`,
  });
  return csvResponse(200, csv, {
    'content-disposition': `attachment; filename="${form.id}-${days.from}-to-${days.to}.csv"`,
  });
};
