import { describe, expect, it } from 'vitest';
import { createdAtBounds, lastCalendarMonth, monthsIn } from '../../../functions/time/date-range.ts';
import { durationText } from '../../../functions/time/times.ts';
import { parseDay, parseDuration, rangeFrom } from '../../../ops/dates.ts';
import { UsageError } from '../../../ops/errors.ts';
import { parseCommand } from '../../../ops/parse-command.ts';

const NOW = new Date('2026-11-22T12:00:00.000Z');
const parse = (line: string) => parseCommand(line.split(' ').filter(Boolean), NOW);
const problem = (line: string) => {
  try {
    parse(line);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`"${line}" parsed without a problem`);
};

describe('dates', () => {
  it('reads a real day and refuses anything else', () => {
    expect(parseDay('2026-11-01', '--since')).toBe('2026-11-01');
    expect(() => parseDay('2026-02-30', '--since')).toThrow(
      '--since must be a date like 2026-11-01, not "2026-02-30".',
    );
    expect(() => parseDay('1/11/2026', '--until')).toThrow(UsageError);
  });

  it('makes --until inclusive of its whole day and defaults it to today', () => {
    const range = rangeFrom('2026-11-01', '2026-11-30', NOW);
    expect(createdAtBounds(range)).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-30T23:59:59.999Z',
    });
    expect(rangeFrom('2026-11-01', undefined, NOW).end.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(() => rangeFrom('2026-11-02', '2026-11-01', NOW)).toThrow(
      '--until (2026-11-01) is before --since (2026-11-02).',
    );
  });

  it('finds last calendar month, across a year end too', () => {
    expect(createdAtBounds(lastCalendarMonth(new Date('2026-12-01T06:00:00Z')))).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-30T23:59:59.999Z',
    });
    expect(lastCalendarMonth(new Date('2027-01-01T06:00:00Z')).start.toISOString()).toBe(
      '2026-12-01T00:00:00.000Z',
    );
  });

  it('lists every month a range touches', () => {
    expect(monthsIn(rangeFrom('2026-11-15', '2027-02-01', NOW))).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });

  it('reads and writes lengths of time', () => {
    expect(parseDuration('5m', '--older-than')).toBe(300_000);
    expect(parseDuration('2h', '--older-than')).toBe(7_200_000);
    expect(() => parseDuration('5 minutes', '--older-than')).toThrow(UsageError);
    expect(durationText(3 * 3_600_000 + 5 * 60_000)).toBe('3 h 5 min');
    expect(durationText(12 * 60_000)).toBe('12 min');
  });
});

describe('the command line', () => {
  it('reads each command', () => {
    expect(parse('list --form referral --since 2026-11-01').command).toMatchObject({ name: 'list' });
    expect(parse('show rj-7kqm-4xpd').command).toEqual({ name: 'show', reference: 'RJ-7KQM-4XPD' });
    expect(
      parse('export --form nuisance --since 2026-11-01 --format json --out x.json').command,
    ).toMatchObject({
      name: 'export',
      format: 'json',
      out: 'x.json',
      bom: true,
    });
    expect(parse('export --form nuisance --since 2026-11-01 --no-bom').command).toMatchObject({ bom: false });
    expect(parse('erase RJ-7KQM-4XPD --yes').command).toEqual({
      name: 'erase',
      reference: 'RJ-7KQM-4XPD',
      yes: true,
    });
    expect(parse('erase RJ-7KQM-4XPD --by Sam').command).toMatchObject({ by: 'Sam', yes: false });
    expect(() => parse('list --by Sam')).toThrow('list does not take --by.');
    expect(parse('pending').command).toMatchObject({ name: 'pending', olderThanMs: 300_000 });
    expect(parse('pending --older-than 1h').command).toMatchObject({ olderThanMs: 3_600_000 });
    expect(parse('resend FB-7KQM-4XPD').command).toEqual({
      name: 'resend',
      reference: 'FB-7KQM-4XPD',
      confirmation: false,
    });
    expect(parse('report --since 2026-11-01 --until 2026-11-30 --format csv').command).toMatchObject({
      name: 'report',
      format: 'csv',
    });
  });

  it('reads resend --confirmation, before or after the reference', () => {
    for (const line of ['resend RJ-7KQM-4XPD --confirmation', 'resend --confirmation rj-7kqm-4xpd']) {
      expect(parse(line).command).toEqual({ name: 'resend', reference: 'RJ-7KQM-4XPD', confirmation: true });
    }
    expect(parse('resend RJ-7KQM-4XPD --no-confirmation').command).toMatchObject({ confirmation: false });
    expect(problem('resend --confirmation')).toBe(
      'Give the reference, for example: npm run ops -- resend RJ-7KQM-4XPD',
    );
    expect(problem('resend RJ-7KQM-4XPD --confirmation=yes')).toBe(
      "Option '--confirmation' does not take an argument.",
    );
    expect(problem('pending --confirmation')).toBe('pending does not take --confirmation.');
    expect(problem('show RJ-7KQM-4XPD --confirmation')).toBe('show does not take --confirmation.');
  });

  it('gives help for no command, help, or --help', () => {
    for (const line of ['', 'help', 'list --help', '-h'])
      expect(parse(line).command).toEqual({ name: 'help' });
  });

  it('takes where to connect from flags', () => {
    expect(
      parse('pending --table t --region eu-west-1 --endpoint http://x:1 --ses-endpoint http://y:2')
        .connection,
    ).toEqual({
      table: 't',
      region: 'eu-west-1',
      endpoint: 'http://x:1',
      sesEndpoint: 'http://y:2',
    });
  });

  it('explains each mistake in one sentence', () => {
    expect(problem('frobnicate')).toBe('Unknown command "frobnicate".');
    expect(problem('list --form complaints')).toBe(
      'Unknown form "complaints": use one of referral, nuisance, feedback, case-review.',
    );
    expect(problem('list --since yesterday')).toBe(
      '--since must be a date like 2026-11-01, not "yesterday".',
    );
    expect(problem('show')).toBe('Give the reference, for example: npm run ops -- show RJ-7KQM-4XPD');
    expect(problem('show RJ-0000-OOOO')).toBe(
      '"RJ-0000-OOOO" is not a reference: references look like RJ-7KQM-4XPD.',
    );
    expect(problem('export --since 2026-11-01')).toBe('export needs --form.');
    expect(problem('export --form feedback --since 2026-11-01 --format xlsx')).toBe(
      '--format must be one of csv, json, not "xlsx".',
    );
    expect(problem('report --since 2026-11-01 --yes')).toBe('report does not take --yes.');
    expect(problem('list --colour')).toBe('Unknown option --colour: see npm run ops -- help.');
    expect(problem('list referral')).toBe('list does not take "referral": options start with --.');
  });
});
