import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { deliveriesPage } from '../../../functions/staff/pages/deliveries-page.ts';

const admin = { sub: 'sub-1', name: 'Alex Admin', email: 'alex@example.org', teams: [], admin: true };
const frame = { config: serviceConfig, member: admin, csrfToken: 'csrf', links: [] };
const settings = {
  team: 'community-safety',
  url: 'https://ecins.example.org/hooks',
  events: ['submission.received' as const],
};

describe('the admins’ webhooks page', () => {
  it('shows each endpoint, whether it is on, and its latest attempts with what became of them', () => {
    const html = String(
      deliveriesPage({
        ...frame,
        endpoints: [
          {
            id: 'asb-ecins',
            settings,
            off: { at: '2026-12-07T09:05:00.000Z', reason: 'answered 410 Gone' },
            attempts: [
              {
                endpoint: 'asb-ecins',
                eventId: 'msg_2',
                type: 'submission.received',
                reference: 'NR-2345-6789',
                attempt: 3,
                at: '2026-12-07T09:05:00.000Z',
                outcome: 'switched off',
                status: 410,
              },
              {
                endpoint: 'asb-ecins',
                eventId: 'msg_1',
                type: 'submission.received',
                reference: 'NR-2345-6789',
                attempt: 2,
                at: '2026-12-07T09:00:00.000Z',
                outcome: 'failed',
                status: 307,
                reason: 'redirected (not followed)',
              },
            ],
          },
        ],
      }),
    );
    expect(html).toContain('<h2 class="govuk-heading-m">asb-ecins</h2>');
    expect(html).toContain('Switched off');
    expect(html).toContain('answered 410 Gone');
    expect(html).toContain('Answered 410 Gone: endpoint switched off');
    expect(html).toContain('Failed: will be tried again');
    expect(html).toContain('redirected (not followed)');
    expect(html).toContain('href="/staff/submissions/NR-2345-6789"');
  });

  it('says when no case system is connected, or an endpoint has had nothing', () => {
    expect(String(deliveriesPage({ ...frame, endpoints: [] }))).toContain('No case system is connected');
    const quiet = String(deliveriesPage({ ...frame, endpoints: [{ id: 'rj', settings, attempts: [] }] }));
    expect(quiet).toContain('Nothing has been sent to it in the last 30 days.');
    expect(quiet).toContain('>On<');
  });
});
