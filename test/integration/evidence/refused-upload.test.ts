import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_REFUSED } from '../../../functions/contract/service-contract.ts';
import { largestUpload } from '../../../functions/files/file-kinds.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { t } from '../../../functions/i18n/ui.ts';
import { RETURN_ACTIONS } from '../../../functions/returning/action-registry.ts';
import type { ReturningStore } from '../../../functions/returning/actions.ts';
import { DynamoFileAttachments } from '../../../functions/storage/append-files.ts';
import { evidenceStandIns } from '../../support/evidence-stand-ins.ts';
import { TEST_HASH_KEY } from '../../support/stand-ins.ts';

/**
 * Add evidence without script, when storage refused the file: CloudFront's upload behaviour sends
 * the browser back with UPLOAD_REFUSED's parameter (test/infra/upload-refused.test.ts), and the
 * page says why in GOV.UK's words, with a fresh upload to try again.
 */
let stands: Awaited<ReturnType<typeof evidenceStandIns>>;
const nuisance = findForm('nuisance') as FormDefinition;
const store = {} as ReturningStore; // Drawing the picker reads nothing of the case.

beforeAll(async () => {
  stands = await evidenceStandIns();
}, 120_000);
afterAll(() => stands?.stop());

const picker = (fields: Record<string, string>, language: 'en' | 'cy' = 'en') => {
  const action = RETURN_ACTIONS.evidence;
  if (!action) throw new Error('no evidence action');
  return action(
    {
      session: { reference: 'NR-2345-6789', formId: 'nuisance', language },
      form: nuisance,
      config: stands.config,
      method: 'GET',
      fields,
      now: new Date(),
      evidence: {
        files: stands.files,
        attachments: new DynamoFileAttachments(stands.table.documents, stands.table.tableName),
        hashKey: TEST_HASH_KEY,
      },
    },
    store,
  );
};

const decoded = (body = '') => body.replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('Add evidence after storage refused a file sent without script', () => {
  it('says the file must be smaller than the upload limit and not empty, in English and Welsh, and offers a fresh upload', async () => {
    const size = largestUpload(stands.config.files) / (1024 * 1024);
    for (const language of ['en', 'cy'] as const) {
      const page = await picker({ [UPLOAD_REFUSED.param]: UPLOAD_REFUSED.size }, language);
      expect(page.statusCode).toBe(422);
      expect(decoded(page.body)).toContain(t(language, 'files.tooBigOrEmpty', { size }));
      expect(page.body).toContain('govuk-error-summary');
      expect(page.body).toMatch(/name="key" value="staging\//); // A new presigned POST to try again.
    }
  });

  it('says "try again" when storage refused it for any other reason', async () => {
    const page = await picker({ [UPLOAD_REFUSED.param]: UPLOAD_REFUSED.failed });
    expect(page.statusCode).toBe(422);
    expect(decoded(page.body)).toContain(t('en', 'files.notUploaded'));
  });

  it('says each kind’s limit before a file is chosen, in English and Welsh', async () => {
    const { photoMb, documentMb, audioMb } = stands.config.files;
    for (const language of ['en', 'cy'] as const) {
      const page = await picker({}, language);
      expect(decoded(page.body)).toContain(
        t(language, 'files.limits', { photo: photoMb, document: documentMb, audio: audioMb }),
      );
    }
    expect(decoded((await picker({})).body)).toContain(
      `A photo must be smaller than ${photoMb}MB, a PDF ${documentMb}MB and an audio recording ${audioMb}MB`,
    );
  });

  it('draws the plain picker for any other value', async () => {
    const page = await picker({ [UPLOAD_REFUSED.param]: '<script>' });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('govuk-error-summary');
  });
});
