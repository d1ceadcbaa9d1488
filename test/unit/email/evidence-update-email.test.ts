import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { formatUpdateEmail } from '../../../functions/email/format-update-email.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { additionRows } from '../../../functions/returning/addition-answers.ts';
import { addition, recordOf } from '../../support/additions.ts';

const nuisance = findForm('nuisance') as FormDefinition;
const record = recordOf('nuisance', 'NR-7KQM-4XPD');

describe('the team’s update email, for evidence sent from the way back in', () => {
  it('counts the files each time, and never attaches or names them', () => {
    const email = formatUpdateEmail(nuisance, serviceConfig, record, [
      addition('evidence', '2026-11-05T09:00:00Z', { files: '1' }),
      addition('evidence', '2026-11-06T09:00:00Z', { files: '3' }),
    ]);
    expect(email.text).toContain('evidence: 1 file, to open in the staff workspace (never sent by email)');
    expect(email.text).toContain('evidence: 3 files, to open in the staff workspace (never sent by email)');
    expect(email.html).toContain('evidence: 3 files');
    expect(email).not.toHaveProperty('attachments');
  });
});

describe('an evidence addition on the case page and in exports (addition-answers.ts)', () => {
  it('reads as how many files were sent, pointing to the files list', () => {
    const sent = addition('evidence', '2026-11-05T09:00:00Z', { files: '2' });
    expect(additionRows(nuisance, { ...record, additions: [sent] }, sent)).toEqual([
      { question: 'Files sent (listed under “Files they sent”)', answer: '2', changed: false },
    ]);
  });
});
