import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import type { InboxFilters } from '../../../functions/staff/inbox-filters.ts';
import { WAITING } from '../../../functions/staff/inbox-filters.ts';
import { inboxView } from '../../../functions/staff/inbox-view.ts';
import { inboxPage } from '../../../functions/staff/pages/inbox-page.ts';

/** Monday 30 November 2026, midday in London; the referral came on Wednesday 25 November. */
const NOW = new Date('2026-11-30T12:00:00Z');

/** The deployment closes Thursday 26 and Friday 27 November: only Monday counts. */
const closed = { ...serviceConfig, workingDays: { closedOn: ['2026-11-26', '2026-11-27'], openOn: [] } };

const page = () =>
  String(
    inboxPage(
      inboxView({
        config: closed,
        member: { sub: 'sub-1', name: 'Sam', email: '', teams: ['restorative-justice'], admin: false },
        csrfToken: 'csrf',
        links: [],
        filters: { order: 'newest', progress: WAITING } as InboxFilters,
        members: [],
        rows: [
          {
            reference: 'RJ-AAAA-2222',
            formId: 'referral',
            createdAt: '2026-11-25T10:00:00Z',
            team: 'restorative-justice',
            urgent: [],
            opened: true,
          },
        ],
        now: NOW,
      }),
    ),
  );

describe('the inbox counts working days with the calendar it is given', () => {
  it('"N working days" and "Past target" agree: both skip the days the deployment closed', () => {
    const html = page();
    // Without the closures it would read 3 working days and be past the target of 2.
    expect(html).toContain('1 working day<');
    expect(html).not.toContain('Past target');
  });
});
