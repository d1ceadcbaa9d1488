import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { formatSubmission } from '../../../ops/commands/show.ts';
import { addition, recordOf } from '../../support/additions.ts';

const referral = findForm('referral') as FormDefinition;

describe('ops show with additions (issue 21)', () => {
  it('prints what the person added, oldest first, after the answers, with what a contact change changed', () => {
    const record = {
      ...recordOf('referral', 'RJ-7KQM-4XPD'),
      additions: [
        addition('update', '2026-11-05T09:00:00Z', { update: 'FIRST' }, { urgent: ['May be at risk'] }),
        addition('contact', '2026-11-06T09:00:00Z', { safeWays: ['letter'], postalAddress: '1 New Street' }),
      ],
    };
    const text = formatSubmission(referral, serviceConfig, record, new Date('2026-11-07T00:00:00Z'));
    const added = text.slice(text.indexOf('Added since they sent it'));
    expect(text.indexOf('Added since they sent it')).toBeGreaterThan(
      text.indexOf(record.answers.whatHappened as string),
    );
    expect(added).toContain('update, 2026-11-05 09:00 UTC [urgent: May be at risk]');
    expect(added.indexOf('FIRST')).toBeLessThan(added.indexOf('contact, 2026-11-06 09:00 UTC'));
    expect(added).toMatch(/Email address \(changed\)\n\s+No longer given\n\s+was: sam@example.com/);
  });
});
