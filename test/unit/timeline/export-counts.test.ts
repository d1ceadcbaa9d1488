import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { csvRecord, exportColumns, jsonRecord } from '../../../functions/exports/columns.ts';
import type { TimelineEntry } from '../../../functions/timeline/types.ts';
import { hostileRecord, referral } from '../staff/pages/case-fixture.ts';

const base = { by: 'sub-1', recordedAt: '2026-12-03T10:00:00.000Z' };
const timeline: TimelineEntry[] = [
  {
    ...base,
    kind: 'attempt',
    id: 'a1',
    at: '2026-12-03T09:00:00.000Z',
    way: 'phone',
    outcome: 'no-answer',
    note: 'SECRET-ATTEMPT',
  },
  { ...base, kind: 'attempt', id: 'a2', at: '2026-12-03T09:30:00.000Z', way: 'email', outcome: 'spoke' },
  { ...base, kind: 'note', id: 'n1', text: 'SECRET-NOTE' },
  // A correction replaces its note: still one note.
  { ...base, kind: 'note', id: 'n2', text: 'SECRET-FIXED', corrects: 'n1' },
];

describe('exports count contact attempts and notes, never their words', () => {
  it('has a column each, counting what stands', () => {
    const columns = exportColumns(referral, serviceConfig);
    const record = { ...hostileRecord(), timeline };
    const row = jsonRecord(columns, record);
    expect(row['Contact attempts']).toBe('2');
    expect(row.Notes).toBe('1');
    expect(jsonRecord(columns, { ...record, timeline: undefined })).toMatchObject({
      'Contact attempts': '0',
      Notes: '0',
    });
    expect(csvRecord(columns, record)).not.toMatch(/SECRET/);
  });
});
