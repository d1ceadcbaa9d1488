import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { buildReport } from '../../../functions/reporting/build-report.ts';
import { formatReportEmail, periodName } from '../../../functions/reporting/format-report-email.ts';
import { lastCalendarMonth } from '../../../functions/time/date-range.ts';
import { csvRecord, exportColumns, jsonRecord } from '../../../ops/commands/export.ts';
import { formatList, type ListedSubmission } from '../../../ops/commands/list.ts';
import { formatPending, pendingSummary, waitingFor } from '../../../ops/commands/pending.ts';
import { formatSubmission } from '../../../ops/commands/show.ts';
import { rangeFrom } from '../../../ops/dates.ts';
import { AWKWARD, KNOWN, known, NOW, PERSONAL, PERSONAL_TEXT } from './known-submissions.ts';
import { parseCsv } from './parse-csv.ts';

const nuisance = findForm('nuisance');
if (!nuisance) throw new Error('no nuisance form');

describe('show', () => {
  const text = formatSubmission(nuisance, serviceConfig, known('NR-AAAA-4444'));

  it('labels answers from the form definition, under section headings', () => {
    expect(text).toMatch(/^Reference +NR-AAAA-4444$/m);
    expect(text).toMatch(/^Team +Council Tenancy Management$/m);
    expect(text).toMatch(/^Kept until +2030-01-01 \(then deleted\)$/m);
    expect(text).toContain('About you\n---------\nWho is your landlord?');
    expect(text).toContain('Who is your landlord?\n  The council');
    expect(text).toContain('What is happening?\n  Noise');
    expect(text).toContain(
      'Would you consider a restorative conversation or meeting with your neighbour?\n  Maybe',
    );
  });

  it('says whether a confirmation was sent, is owed, or was never due', () => {
    const confirmation = (extra: object) =>
      formatSubmission(nuisance, serviceConfig, { ...known('NR-AAAA-4444'), ...extra }).match(
        /^Confirmation +(.*)$/m,
      )?.[1];
    expect(confirmation({ confirmationDue: false })).toBe(
      'none due (not asked for, or no email address marked safe)',
    );
    expect(confirmation({ confirmationDue: true })).toBe('not sent');
    expect(confirmation({ confirmationDue: true, confirmationSentAt: '2026-11-22T09:30:00.000Z' })).toMatch(
      /^sent 2026-11-22 09:30 UTC$/,
    );
  });

  it('shows only the questions that applied', () => {
    expect(text).not.toContain('Which housing association?');
    expect(text).not.toContain('What else is happening?');
    expect(text).not.toContain('Crime reference number');
  });

  it('indents every line of a long answer', () => {
    expect(text).toContain(
      'Describe the problem\n  +44 said "hello", then left\n  Second line, with a comma',
    );
  });
});

describe('show and export, with the team’s progress', () => {
  const entry = (id: string, step: string, on: string, extra: object = {}) => ({
    id,
    step,
    on,
    by: 'sub-1',
    byName: 'Sam Jones',
    recordedAt: `${on}T10:00:00Z`,
    ...extra,
  });
  const record = {
    ...known('NR-AAAA-4444'),
    language: 'cy' as const,
    steps: [
      entry('e1', 'first-contact', '2026-11-09', {
        detail: 'phone',
        note: 'Spoke to her.\nCall back Friday.',
      }),
      entry('e2', 'action-taken', '2026-11-10', { detail: 'visit' }),
      entry('e3', 'action-taken', '2026-11-12', { detail: 'warning' }),
      entry('e4', 'closed', '2026-11-20', { detail: 'other' }),
      entry('e5', 'closed', '2026-11-20', { detail: 'resolved', corrects: 'e4' }),
    ],
  };

  it('show gives the status, the language and every entry, corrections marked and notes indented', () => {
    const text = formatSubmission(nuisance, serviceConfig, record);
    expect(text).toMatch(/^Status +Closed$/m);
    expect(text).toMatch(/^Language +Welsh \(Cymraeg\)$/m);
    expect(text).toContain(
      'Progress\n--------\nFirst contact made, 9 November 2026 (Phone call), recorded by Sam Jones',
    );
    expect(text).toContain('recorded by Sam Jones\n  Spoke to her.\n  Call back Friday.');
    expect(text).toContain('Closed, 20 November 2026 (Other), recorded by Sam Jones [corrected]');
    expect(text).toContain('Closed, 20 November 2026 (Resolved), recorded by Sam Jones [correction]');
  });

  it('show leaves the progress out until a step is recorded', () => {
    expect(formatSubmission(nuisance, serviceConfig, known('NR-AAAA-4444'))).not.toContain('Progress\n');
  });

  it('export gives the status, each step’s day and the closure reason that stands, never a note', () => {
    const columns = exportColumns(nuisance, serviceConfig);
    const item = jsonRecord(columns, record);
    expect(item).toMatchObject({
      'Language for contact': 'Welsh (Cymraeg)',
      Status: 'Closed',
      'Acknowledged (day)': null,
      'First contact made (day)': '2026-11-09',
      'Action taken (first day)': '2026-11-10',
      'Closed (day)': '2026-11-20',
      'Closed: Why was it closed?': 'Resolved',
    });
    expect(JSON.stringify(item)).not.toContain('Spoke to her');
    expect(jsonRecord(columns, known('NR-AAAA-4444')).Status).toBe('Received');
  });
});

describe('list', () => {
  it('shows dates, teams, urgency and the team email, never answers', () => {
    const text = formatList(
      KNOWN.filter((r) => r.formId === 'referral'),
      serviceConfig,
    );
    expect(text).toMatch(/RJ-AAAA-3333\s+2026-11-01 00:00 UTC\s+Youth Justice Service\s+Under 18\s+sent/);
    expect(text).toMatch(/RJ-AAAA-4444 .* NOT SENT/);
    expect(text).not.toContain(PERSONAL.name);
    expect(text).not.toContain(PERSONAL.referralStory);
  });
});

describe('pending', () => {
  const row = (reference: string, extra: Partial<ListedSubmission>): ListedSubmission => ({
    reference,
    formId: 'referral',
    createdAt: '2026-11-22T11:00:00.000Z',
    team: 'restorative-justice',
    urgent: [],
    ...extra,
  });
  const SENT = '2026-11-22T11:00:01.000Z';
  const teamOnly = row('RJ-AAAA-2222', { confirmationDue: false });
  const both = row('RJ-AAAA-3333', { confirmationDue: true });
  const confirmationOnly = row('RJ-AAAA-4444', { teamNotifiedAt: SENT, confirmationDue: true });
  const done = row('RJ-AAAA-5555', { teamNotifiedAt: SENT, confirmationDue: true, confirmationSentAt: SENT });
  const oldRecord = row('RJ-AAAA-6666', { teamNotifiedAt: SENT });

  it('waits for the team email, and for a confirmation only where one is due and unsent', () => {
    expect(waitingFor(teamOnly)).toEqual(['team email']);
    expect(waitingFor(both)).toEqual(['team email', 'confirmation']);
    expect(waitingFor(confirmationOnly)).toEqual(['confirmation']);
    expect(waitingFor(done)).toEqual([]);
    // Written before confirmationDue existed: counts as not due.
    expect(waitingFor(oldRecord)).toEqual([]);
  });

  it('shows what each waits for', () => {
    const text = formatPending([teamOnly, both, confirmationOnly], serviceConfig, NOW);
    expect(text).toMatch(/^Reference +Received +Waiting +Waiting for +Team +Urgent$/m);
    expect(text).toMatch(
      /^RJ-AAAA-2222 +2026-11-22 11:00 UTC +1 h 0 min +team email +Restorative Justice Team +-$/m,
    );
    expect(text).toMatch(/^RJ-AAAA-3333 .* +team email, confirmation +Restorative/m);
    expect(text).toMatch(/^RJ-AAAA-4444 .* +confirmation +Restorative/m);
  });

  it('points at the resend command for each kind of email waiting, and only those', () => {
    expect(pendingSummary([teamOnly], '5 min')).toBe(
      '1 submission older than 5 min without a team email.\n' +
        'Send a team email again with: npm run ops -- resend REFERENCE',
    );
    expect(pendingSummary([confirmationOnly], '1 h 0 min')).toBe(
      '1 submission older than 1 h 0 min without a confirmation.\n' +
        'Send a confirmation with: npm run ops -- resend REFERENCE --confirmation',
    );
    expect(pendingSummary([teamOnly, both, confirmationOnly], '5 min')).toBe(
      '3 submissions older than 5 min: 2 without a team email, 2 without a confirmation.\n' +
        'Send a team email again with: npm run ops -- resend REFERENCE\n' +
        'Send a confirmation with: npm run ops -- resend REFERENCE --confirmation',
    );
  });
});

describe('export columns', () => {
  const columns = exportColumns(nuisance, serviceConfig);

  it('are named after the questions, after the details', () => {
    const headers = columns.map((c) => c.header);
    expect(headers.slice(0, 6)).toEqual([
      'Reference',
      'Received (UTC)',
      'Team',
      'Urgent',
      'Markers',
      'Team email sent (UTC)',
    ]);
    expect(headers).toContain('Who is your landlord?');
    expect(headers).toContain('Describe the problem');
    expect(new Set(headers).size).toBe(headers.length);
  });

  it('write option labels, and neutralise and quote awkward answers in CSV', () => {
    const [row] = parseCsv(csvRecord(columns, known('NR-AAAA-4444')));
    const cell = (header: string) => row?.[columns.findIndex((c) => c.header === header)];
    expect(cell('Who is your landlord?')).toBe('The council');
    expect(cell('Which housing association?')).toBe('');
    expect(cell('Your name')).toBe(`'${AWKWARD.name}`);
    expect(cell('Describe the problem')).toBe(`'${AWKWARD.description}`);
    expect(cell('How is it affecting you and the people you live with?')).toBe(`'${AWKWARD.impact}`);
    expect(cell('When did it last happen?')).toBe(`'${AWKWARD.mostRecent}`);
    expect(cell('Who is involved, if you know? (optional)')).toBe(`'${AWKWARD.peopleInvolved}`);
    expect(cell('Received (UTC)')).toBe('2026-11-06 10:00:00');
  });

  it('give JSON lists for several choices and null for questions not asked', () => {
    const item = jsonRecord(columns, known('NR-AAAA-3333'));
    expect(item['What is happening?']).toEqual(['Noise', 'Threats or intimidation']);
    expect(item['Which housing association?']).toBe('Northfield Homes');
    expect(item['Crime reference number (optional)']).toBeNull();
    expect(item.Urgent).toEqual(['Threats or intimidation']);
    expect(item.Markers).toEqual([]);
  });

  it('write every date one way, YYYY-MM-DD, a date answer too (issue 20)', () => {
    const record = known('NR-AAAA-3333');
    const dated = { ...record, answers: { ...record.answers, mostRecent: '2026-11-03' } };
    const [row] = parseCsv(csvRecord(columns, dated));
    const cell = (header: string) => row?.[columns.findIndex((c) => c.header === header)];
    expect(cell('When did it last happen?')).toBe('2026-11-03');
    expect(jsonRecord(columns, dated)['When did it last happen?']).toBe('2026-11-03');
  });

  it('keep an old record’s marker out of Urgent (issue 20)', () => {
    const old = { ...known('NR-AAAA-3333'), urgent: ['Under 18', 'Threats or intimidation'] };
    const item = jsonRecord(columns, old);
    expect(item.Urgent).toEqual(['Threats or intimidation']);
    expect(item.Markers).toEqual(['Under 18']);
  });
});

describe('the monthly summary email', () => {
  const report = buildReport(KNOWN, lastCalendarMonth(new Date('2026-12-01T06:00:00Z')));

  it('names the month, the team and how many came to it', () => {
    const email = formatReportEmail(report, serviceConfig, 'youth-justice');
    expect(email.to).toEqual(['youth-justice@northfield.example.org']);
    expect(email.subject).toBe('Restorative Northfield: summary for November 2026');
    expect(email.text).toContain('Summary for the Youth Justice Service, November 2026.');
    expect(email.text).toContain(
      'Sent to your team in this period: Restorative justice referral: 1; Neighbour nuisance report: 0; Feedback: 0; ASB Case Review application: 0.',
    );
    expect(email.html).toContain('<caption style="text-align: left; font-weight: bold;">Satisfied overall');
  });

  it('holds aggregates only', () => {
    const email = formatReportEmail(report, serviceConfig, 'quality');
    expect(email.text).toContain('50% (2 of 4)');
    for (const personal of PERSONAL_TEXT) {
      expect(email.text).not.toContain(personal);
      expect(email.html).not.toContain(personal);
    }
  });

  it('names a period that is not one whole month by its days', () => {
    expect(periodName(buildReport([], rangeFrom('2026-11-01', '2026-11-15', NOW)))).toBe(
      '1 November 2026 to 15 November 2026',
    );
  });
});
