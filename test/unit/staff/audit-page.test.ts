import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { AUDIT_ACTIONS, actionWords } from '../../../functions/staff/audit-words.ts';
import { auditPage } from '../../../functions/staff/pages/audit-page.ts';
import type { AuditEntry } from '../../../functions/storage/staff-store.ts';

const admin = { sub: 'sub-1', name: 'Alex Admin', email: 'alex@example.org', teams: [], admin: true };

/** The audit page an admin sees for one reference, with these entries. */
const pageWith = (entries: AuditEntry[]): string =>
  String(
    auditPage({
      config: serviceConfig,
      member: admin,
      csrfToken: 'csrf',
      links: [],
      reference: 'RJ-7KQM-4XPD',
      entries,
    }),
  );

describe('the workspace audit page', () => {
  it('shows an erasure made with ops erase beside the workspace’s own, by reference and operator', () => {
    const html = pageWith([
      {
        action: 'erased',
        actor: 'ops:Sam <Okafor>',
        actorName: 'Sam <Okafor> (operator tools)',
        at: '2026-11-28T10:15:00.000Z',
        reference: 'RJ-7KQM-4XPD',
        detail: '(ops erase)',
      },
    ]);
    expect(html).toContain('Sam &lt;Okafor&gt; (operator tools)');
    expect(html).toContain('?actor=ops%3ASam+%3COkafor%3E');
    expect(html).toContain('Erased');
    expect(html).toContain('RJ-7KQM-4XPD</a> (ops erase)');
  });

  it('reads in words: step labels instead of ids, even in entries written before, and every action', () => {
    const entry = (action: AuditEntry['action'], detail?: string): AuditEntry => ({
      action,
      actor: 'sub-2',
      actorName: 'Robin',
      at: '2026-11-28T10:15:00.000Z',
      reference: 'RJ-7KQM-4XPD',
      ...(detail ? { detail } : {}),
    });
    const html = pageWith([
      entry('step-recorded', 'took-part on 2026-11-03'),
      entry('step-corrected', 'first-contact on 2026-11-02 (a correction)'),
      entry('refused', 'Asked to open it: another team’s (Youth Justice Service)'),
      entry('viewed-steps'),
      entry('shown', '(ops show: every answer)'),
    ]);
    expect(html).toContain('Took part, 3 November 2026');
    expect(html).toContain('First contact made, 2 November 2026 (a correction)');
    expect(html).not.toContain('took-part');
    expect(html).toContain('Was refused');
    expect(html).toContain('Opened the page to record a step');
    expect(html).toContain('Read the whole submission (operator tools)');
    for (const action of Object.keys(AUDIT_ACTIONS)) expect(actionWords(action)).not.toBe(action);
    expect(actionWords('__proto__')).toBe('__proto__');
  });
});
