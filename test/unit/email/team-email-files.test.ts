import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { formatTeamEmail } from '../../../functions/email/format-team-email.ts';
import type { StoredFile } from '../../../functions/files/types.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { withEvidence } from '../../support/evidence-stand-ins.ts';
import { withAnswersInEmail } from '../../support/stand-ins.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../../support/valid-answers.ts';

const form = withEvidence('nuisance');
const file = (id: string): StoredFile => ({ id, kind: 'photo', type: 'jpg', size: 1000, status: 'checking' });

const recordWithFiles = (files: StoredFile[]) => {
  const result = validateAnswers(form, VALID_ANSWERS.nuisance ?? {}, ANSWER_DAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return {
    ...buildRecord(form, serviceConfig, result.answers, 'NR-7KQM-4XPD', new Date('2026-11-22T10:00:00Z')),
    files,
  };
};

describe('the team email and evidence files', () => {
  it('says how many files came and where to open them, and nothing of the files themselves', () => {
    const email = formatTeamEmail(
      form,
      serviceConfig,
      recordWithFiles([file('a'.repeat(22)), file('b'.repeat(22))]),
    );
    expect(email.text).toContain(
      'Files: 2 files came with it. Open them in the staff workspace; they are never sent by email.',
    );
    expect(email.html).toContain('Files: 2 files came with it.');
    expect(email.text).not.toContain('a'.repeat(22));
    expect(formatTeamEmail(form, serviceConfig, recordWithFiles([file('c'.repeat(22))])).text).toContain(
      'Files: 1 file came',
    );
  });

  it('says nothing about files when none came, and lists no file question among the answers', () => {
    const config = withAnswersInEmail(serviceConfig);
    const email = formatTeamEmail(form, config, recordWithFiles([]));
    expect(email.text).not.toContain('Files:');
    expect(email.text).not.toContain('Add evidence');
  });
});
