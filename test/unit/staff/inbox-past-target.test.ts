import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import type { InboxFilters } from '../../../functions/staff/inbox-filters.ts';
import { inboxView } from '../../../functions/staff/inbox-view.ts';
import { inboxPage } from '../../../functions/staff/pages/inbox-page.ts';

/** Monday 30 November 2026, midday in London: the referral's target is 2 working days. */
const NOW = new Date('2026-11-30T12:00:00Z');

const row = (reference: string, createdAt: string, status?: string) => ({
  reference,
  formId: 'referral',
  createdAt,
  team: 'restorative-justice',
  urgent: [],
  opened: true,
  ...(status ? { status } : {}),
});

const page = (rows: ReturnType<typeof row>[]) =>
  String(
    inboxPage(
      inboxView({
        config: serviceConfig,
        member: { sub: 'sub-1', name: 'Sam', email: '', teams: ['restorative-justice'], admin: false },
        csrfToken: 'csrf',
        links: [],
        filters: { order: 'newest' } as InboxFilters,
        members: [],
        rows,
        now: NOW,
      }),
    ),
  );

const rowHtml = (html: string, reference: string) =>
  html.split('<tr').find((r) => r.includes(reference)) ?? '';

describe('the inbox highlights what is past its first-contact target', () => {
  it('marks a referral received three working days ago with no first contact', () => {
    // Wednesday 25 November: Thursday, Friday and Monday have passed, over the target of 2.
    const html = page([row('RJ-AAAA-2222', '2026-11-25T10:00:00Z')]);
    expect(rowHtml(html, 'RJ-AAAA-2222')).toContain('Past target');
  });

  it('does not mark one within target, one past first contact, or one closed', () => {
    const html = page([
      row('RJ-AAAA-3333', '2026-11-27T10:00:00Z'),
      row('RJ-AAAA-4444', '2026-11-20T10:00:00Z', 'first-contact'),
      row('RJ-AAAA-5555', '2026-11-20T10:00:00Z', 'closed'),
    ]);
    for (const reference of ['RJ-AAAA-3333', 'RJ-AAAA-4444', 'RJ-AAAA-5555'])
      expect(rowHtml(html, reference)).not.toContain('Past target');
  });
});
