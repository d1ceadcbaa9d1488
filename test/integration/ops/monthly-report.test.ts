import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import type { Notifier, OutgoingEmail } from '../../../functions/email/outgoing-email.ts';
import { SesNotifier } from '../../../functions/email/ses-notifier.ts';
import { makeMonthlyReportHandler } from '../../../functions/reporting/send-monthly-reports.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { readInbox } from '../../../local/ses-local.ts';
import { freshTable } from '../../support/stand-ins.ts';
import { KNOWN, NOW, PERSONAL_TEXT } from '../../unit/ops/known-submissions.ts';
import { seed } from './ops-support.ts';

const SUBJECT = 'Restorative Northfield: summary for November 2026';
const DECEMBER_RUN = { time: '2026-12-01T06:00:00Z' };

let table: Awaited<ReturnType<typeof freshTable>>;
let ses: SESv2Client;

beforeAll(async () => {
  table = await freshTable();
  await seed(table.documents, table.tableName, KNOWN);
  ses = new SESv2Client({ endpoint: inject('sesEndpoint'), region: LOCAL_REGION });
});

afterAll(() => {
  ses?.destroy();
  vi.unstubAllEnvs();
});

const deps = (notifier: Notifier) => ({
  config: serviceConfig,
  store: table.store,
  notifier,
  now: () => NOW,
});

describe('the monthly summary', () => {
  it('emails every team last month’s aggregates, and nothing personal', async () => {
    const earlier = (await readInbox(inject('sesEndpoint'))).length;
    const handler = makeMonthlyReportHandler(deps(new SesNotifier(ses, serviceConfig.senderEmail)));
    const outcome = await handler(DECEMBER_RUN);
    expect(outcome).toEqual({
      since: '2026-11-01',
      until: '2026-11-30',
      sent: Object.keys(serviceConfig.teams),
      failed: [],
    });
    const emails = (await readInbox(inject('sesEndpoint'))).slice(earlier);
    expect(emails.map((e) => e.destination.to[0]).sort()).toEqual(
      Object.values(serviceConfig.teams)
        .map((t) => t.email)
        .sort(),
    );
    for (const email of emails) {
      expect(email.subject).toBe(SUBJECT);
      expect(email.body.text).toMatch(/All feedback\s+50% \(2 of 4\)\s+50% \(2 of 4\)/);
      for (const personal of PERSONAL_TEXT) {
        expect(email.body.text).not.toContain(personal);
        expect(email.body.html).not.toContain(personal);
      }
    }
    const quality = emails.find((e) => e.destination.to[0] === 'rp-quality@northfield.example.org');
    expect(quality?.body.text).toContain(
      'Sent to your team in this period: Restorative justice referral: 0; Neighbour nuisance report: 0; Feedback: 4; ASB Case Review application: 0.',
    );
  });

  it('still emails the other teams when one fails, then fails the run naming it', async () => {
    const sent: OutgoingEmail[] = [];
    const flaky: Notifier = {
      send: async (email) => {
        if (email.to[0] === 'asb-team@northfield.example.org') throw new Error('MessageRejected');
        sent.push(email);
      },
    };
    await expect(makeMonthlyReportHandler(deps(flaky))(DECEMBER_RUN)).rejects.toThrow(
      'Monthly summary not sent to community-safety',
    );
    expect(sent).toHaveLength(Object.keys(serviceConfig.teams).length - 1);
  });

  it('runs as the Lambda entry point, configured from the environment', async () => {
    vi.stubEnv('TABLE_NAME', table.tableName);
    vi.stubEnv('AWS_REGION', LOCAL_REGION);
    vi.stubEnv('DYNAMODB_ENDPOINT', table.endpoint);
    vi.stubEnv('SES_ENDPOINT', inject('sesEndpoint'));
    const { handler } = await import('../../../functions/handlers/monthly-report.ts');
    const outcome = await handler({ time: '2026-11-01T06:00:00Z' });
    expect(outcome).toMatchObject({ since: '2026-10-01', until: '2026-10-31', failed: [] });
    const [october] = (await readInbox(inject('sesEndpoint'))).slice(-1);
    expect(october?.subject).toBe('Restorative Northfield: summary for October 2026');
    expect(october?.body.text).toMatch(/Restorative justice referral\s+1\s+1/);
  });
});
