import type { ServiceConfig } from '../../config/schema.ts';
import { PATHS } from '../../contract/service-contract.ts';
import type { FileStore } from '../../files/file-store.ts';
import { presignUpload } from '../../files/presign-upload.ts';
import { questionsOf } from '../../forms/applicable.ts';
import type { FormDefinition } from '../../forms/types.ts';
import { ClientError } from '../client-error.ts';
import { type HttpResult, jsonResponse } from '../responses.ts';

/**
 * POST /api/forms/{form}/uploads: one presigned upload and the ticket that attaches it, for a form
 * that asks for files. The answer is not stored anywhere: the ticket carries what is needed.
 */
export const offerUpload = async (
  form: FormDefinition,
  deps: { config: ServiceConfig; files?: FileStore | undefined; hashKey: Buffer; now: () => Date },
): Promise<HttpResult> => {
  const asksForFiles = questionsOf(form.sections).some((q) => q.type === 'file');
  if (!asksForFiles || !deps.files) throw new ClientError(404, 'api.noForm');
  const offer = await presignUpload(form.id, { ...deps, files: deps.files, settings: deps.config.files });
  // Sent on the site's own origin (CloudFront, or the twin, passes it to the bucket): the pages'
  // CSP names no other host, and the signed policy does not depend on the address it is posted to.
  return jsonResponse(200, { ...offer, upload: { ...offer.upload, url: PATHS.evidenceUpload } });
};
