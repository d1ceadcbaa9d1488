import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { auditPage } from '../../../functions/staff/pages/audit-page.ts';

const admin = { sub: 'sub-1', name: 'Alex Admin', email: 'alex@example.org', teams: [], admin: true };

describe('the workspace audit page', () => {
  it('shows an erasure made with ops erase beside the workspace’s own, by reference and operator', () => {
    const html = auditPage({
      config: serviceConfig,
      member: admin,
      csrfToken: 'csrf',
      reference: 'RJ-7KQM-4XPD',
      entries: [
        {
          action: 'erased',
          actor: 'ops:Sam <Okafor>',
          actorName: 'Sam <Okafor> (operator tools)',
          at: '2026-11-28T10:15:00.000Z',
          reference: 'RJ-7KQM-4XPD',
          detail: '(ops erase)',
        },
      ],
    });
    expect(html).toContain('Sam &lt;Okafor&gt; (operator tools)');
    expect(html).toContain('?actor=ops%3ASam+%3COkafor%3E');
    expect(html).toContain('Erased');
    expect(html).toContain('RJ-7KQM-4XPD</a> (ops erase)');
  });
});
