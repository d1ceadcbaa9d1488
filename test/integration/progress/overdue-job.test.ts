import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { OVERDUE_METRIC } from '../../../functions/contract/overdue-metric.ts';
import { SesNotifier } from '../../../functions/email/ses-notifier.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { logger } from '../../../functions/observability/logger.ts';
import { makeOverdueHandler } from '../../../functions/progress/send-overdue.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import { DynamoTeamCases } from '../../../functions/storage/team-cases.ts';
import { buildRecord, type SubmissionRecord } from '../../../functions/submissions/record.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { readInbox } from '../../../local/ses-local.ts';
import { runOps } from '../../../ops/run.ts';
import { freshTable } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { memoryIo, seed } from '../ops/ops-support.ts';

/**
 * The run on Wednesday 2 December 2026, 07:00 UTC. Working days since Friday 27 November: 30 Nov,
 * 1 Dec, 2 Dec = 3; since Monday 30 November: 1 Dec, 2 Dec = 2.
 */
const RUN = { time: '2026-12-02T07:00:00Z' };
const NOW = new Date(RUN.time);
const NOTE = 'Left a message with her sister Mary at 14 Elm Road';

const make = (
  formId: 'referral' | 'nuisance' | 'feedback',
  reference: string,
  createdAt: string,
  extra: Partial<SubmissionRecord> = {},
): SubmissionRecord => {
  const form = findForm(formId);
  if (!form) throw new Error(formId);
  return {
    ...buildRecord(form, serviceConfig, VALID_ANSWERS[formId] ?? {}, reference, new Date(createdAt)),
    ...extra,
  };
};
const step = (s: string, on: string): StepEntry => ({
  id: `${s}-${on}`,
  step: s,
  on,
  note: NOTE,
  by: 'staff-sub',
  recordedAt: `${on}T09:00:00Z`,
});

/** Kept apart as suspected of coming from a bot: the operations mailbox's, never a team's. */
const suspected = (
  formId: 'referral' | 'nuisance',
  reference: string,
  createdAt: string,
  extra: Partial<SubmissionRecord> = {},
): SubmissionRecord => {
  const form = findForm(formId);
  if (!form) throw new Error(formId);
  const answers = VALID_ANSWERS[formId] ?? {};
  return {
    ...buildRecord(form, serviceConfig, answers, reference, new Date(createdAt), 'honeypot'),
    ...extra,
  };
};

const SUSPECTED = [
  // Past the first-contact target had it been a submission, deleted 27 December.
  suspected('referral', 'RJ-SUSP-0001', '2026-11-27T10:00:00.000Z'),
  // Urgent (threats), deleted 1 January: listed first.
  suspected('nuisance', 'NR-SUSP-0002', '2026-12-02T06:30:00.000Z', { urgent: ['Threats or intimidation'] }),
  // Past its 30 days (TTL has not deleted it yet): left out.
  suspected('referral', 'RJ-SUSP-0003', '2026-10-01T10:00:00.000Z', {
    expiresAt: Math.floor(NOW.getTime() / 1000) - 60,
  }),
];

const DATA = [
  // 3 working days, target 2, no contact: overdue.
  make('referral', 'RJ-WAIT-0001', '2026-11-27T10:00:00.000Z'),
  // 2 working days, target 2: not yet.
  make('referral', 'RJ-WAIT-0002', '2026-11-30T10:00:00.000Z'),
  // Contacted: never overdue.
  make('referral', 'RJ-WAIT-0003', '2026-11-20T10:00:00.000Z', {
    steps: [step('first-contact', '2026-11-23')],
  }),
  // Urgent, acknowledged only, 2 working days against 1: overdue and urgent.
  make('nuisance', 'NR-WAIT-0001', '2026-11-30T10:00:00.000Z', {
    urgent: ['Threats or intimidation'],
    steps: [step('acknowledged', '2026-11-30')],
  }),
  // Not urgent, 2 working days against 5: not yet.
  make('nuisance', 'NR-WAIT-0002', '2026-11-30T10:00:00.000Z', { urgent: [] }),
  // Past target but past its retention too (TTL has not deleted it yet): left out.
  make('referral', 'RJ-WAIT-0004', '2026-11-02T10:00:00.000Z', {
    expiresAt: Math.floor(NOW.getTime() / 1000) - 60,
  }),
];

/** Every answer long enough to be personal: none may be in the email. */
const ANSWER_TEXT = DATA.flatMap((r) =>
  Object.values(r.answers).filter(
    (v): v is string => typeof v === 'string' && v.length > 8 && !/^[a-z-]+$/.test(v),
  ),
);

let table: Awaited<ReturnType<typeof freshTable>>;
let ses: SESv2Client;
const handler = () =>
  makeOverdueHandler({
    config: serviceConfig,
    cases: new DynamoTeamCases(table.documents, table.tableName),
    notifier: new SesNotifier(ses, serviceConfig.senderEmail),
    now: () => NOW,
    siteUrl: 'http://localhost:3000',
    namespace: 'TestStack',
  });

beforeAll(async () => {
  table = await freshTable();
  await seed(table.documents, table.tableName, [...DATA, ...SUSPECTED]);
  ses = new SESv2Client({ endpoint: inject('sesEndpoint'), region: LOCAL_REGION });
});
afterAll(() => {
  ses?.destroy();
  vi.restoreAllMocks();
});

describe('the daily overdue job', () => {
  it('emails each team its references past target, with ages and urgent markers and no answers', async () => {
    const earlier = (await readInbox(inject('sesEndpoint'))).length;
    const info = vi.spyOn(logger, 'info');
    const outcome = await handler()(RUN);
    expect(outcome.teams).toEqual([
      { team: 'restorative-justice', overdue: 1, urgent: 0 },
      { team: 'community-safety', overdue: 1, urgent: 1 },
    ]);
    const emails = (await readInbox(inject('sesEndpoint'))).slice(earlier);
    expect(emails.map((e) => e.destination.to[0]).sort()).toEqual([
      'asb-team@northfield.example.org',
      serviceConfig.operationsEmail,
      'rj-team@northfield.example.org',
    ]);
    const rj = emails.find((e) => e.destination.to[0] === 'rj-team@northfield.example.org');
    expect(rj?.subject).toBe('Restorative Northfield: 1 submission waiting past the first-contact target');
    expect(rj?.body.text).toMatch(/RJ-WAIT-0001\s+Restorative justice referral\s+3\s+2 working days/);
    const asb = emails.find((e) => e.destination.to[0] === 'asb-team@northfield.example.org');
    expect(asb?.subject).toBe(
      'Restorative Northfield: 1 submission waiting past the first-contact target (1 urgent)',
    );
    expect(asb?.body.text).toMatch(/NR-WAIT-0001\s+Neighbour nuisance report\s+2\s+1 working day\s+Urgent/);
    expect(ANSWER_TEXT.length).toBeGreaterThan(3);
    for (const email of emails) {
      const all = `${email.body.text}${email.body.html}`;
      for (const ref of ['RJ-WAIT-0002', 'RJ-WAIT-0003', 'RJ-WAIT-0004', 'NR-WAIT-0002', 'RJ-SUSP-0003'])
        expect(all).not.toContain(ref);
      // Suspected submissions are not the team's until released: never in a team's email.
      if (email.destination.to[0] !== serviceConfig.operationsEmail) expect(all).not.toContain('SUSP');
      expect(all).not.toContain(NOTE);
      for (const answer of ANSWER_TEXT) expect(all).not.toContain(answer);
    }
    // The metric the alarm watches: one urgent submission past target, two in all.
    const metric = info.mock.calls.find(([message]) => message === 'overdue metrics')?.[1] as Record<
      string,
      unknown
    >;
    expect(metric).toMatchObject({
      [OVERDUE_METRIC.urgentPastTarget]: 1,
      [OVERDUE_METRIC.pastTarget]: 2,
      _aws: { CloudWatchMetrics: [{ Namespace: 'TestStack' }] },
    });
  });

  it('emails the operations mailbox the suspected submissions waiting: a count, references and dates, urgent first', async () => {
    const earlier = (await readInbox(inject('sesEndpoint'))).length;
    const outcome = await handler()(RUN);
    expect(outcome.suspected).toEqual({ waiting: 2, urgent: 1 });
    const [email, ...others] = (await readInbox(inject('sesEndpoint')))
      .slice(earlier)
      .filter((e) => e.destination.to[0] === serviceConfig.operationsEmail);
    expect(others).toEqual([]);
    expect(email?.subject).toBe(
      'Restorative Northfield: 2 suspected submissions waiting to be looked at (1 urgent)',
    );
    expect(email?.body.text).toMatch(
      /NR-SUSP-0002\s+2026-12-02\s+2027-01-01\s+Urgent\n\s*RJ-SUSP-0001\s+2026-11-27\s+2026-12-27\s*$/,
    );
    expect(email?.body.text).toContain('npm run ops -- release REFERENCE');
    expect(email?.body.html).toContain('<td style="padding-right: 16px;">NR-SUSP-0002</td>');
    const all = `${email?.body.text}${email?.body.html}`;
    expect(all).not.toContain('RJ-SUSP-0003');
    expect(all).not.toContain('honeypot');
    for (const answer of ANSWER_TEXT) expect(all).not.toContain(answer);
  });

  it('lists the same by hand with ops overdue, and says what it sent with --send', async () => {
    const { io, stdout, stderr } = memoryIo();
    const env = { OPS_TABLE_NAME: table.tableName, DYNAMODB_ENDPOINT: table.endpoint };
    await expect(runOps(['overdue'], io, env, { now: () => NOW }), stderr()).resolves.toBe(0);
    expect(stdout()).toMatch(
      /Restorative Justice Team: 1\n[\s\S]*RJ-WAIT-0001\s+Restorative justice referral\s+3\s+2/,
    );
    expect(stdout()).toMatch(/NR-WAIT-0001\s+Neighbour nuisance report\s+2\s+1\s+Urgent/);
    expect(stdout()).not.toContain('RJ-WAIT-0002');
  });

  it('sends nothing on a weekend or a bank holiday', async () => {
    const earlier = (await readInbox(inject('sesEndpoint'))).length;
    expect(await handler()({ time: '2026-12-05T07:00:00Z' })).toMatchObject({ skipped: true, teams: [] });
    expect(await handler()({ time: '2026-12-28T07:00:00Z' })).toMatchObject({ skipped: true, teams: [] });
    expect((await readInbox(inject('sesEndpoint'))).length).toBe(earlier);
  });
});

describe('the daily job with no suspected submission waiting', () => {
  it('sends the operations mailbox nothing', async () => {
    const empty = await freshTable();
    await seed(empty.documents, empty.tableName, DATA);
    const earlier = (await readInbox(inject('sesEndpoint'))).length;
    const outcome = await makeOverdueHandler({
      config: serviceConfig,
      cases: new DynamoTeamCases(empty.documents, empty.tableName),
      notifier: new SesNotifier(ses, serviceConfig.senderEmail),
      now: () => NOW,
      siteUrl: 'http://localhost:3000',
    })(RUN);
    expect(outcome.suspected).toEqual({ waiting: 0, urgent: 0 });
    const sent = (await readInbox(inject('sesEndpoint'))).slice(earlier);
    expect(sent.map((e) => e.destination.to[0])).not.toContain(serviceConfig.operationsEmail);
    expect(sent).toHaveLength(2);
  });
});
