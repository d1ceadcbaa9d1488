import type { ServiceConfig } from '../../config/schema.ts';
import { PATHS } from '../../contract/service-contract.ts';
import { checkUpload } from '../../files/check-upload.ts';
import type { FileStore } from '../../files/file-store.ts';
import { presignUpload } from '../../files/presign-upload.ts';
import { questionsOf } from '../../forms/applicable.ts';
import type { FormDefinition } from '../../forms/types.ts';
import type { Language } from '../../i18n/languages.ts';
import { t } from '../../i18n/ui.ts';
import { ClientError } from '../client-error.ts';
import { type HttpResult, jsonResponse } from '../responses.ts';

interface UploadDeps {
  config: ServiceConfig;
  files?: FileStore | undefined;
  hashKey: Buffer;
  now: () => Date;
}

/**
 * POST /api/forms/{form}/uploads, for a form that asks for files. With no ticket: one presigned
 * upload and the ticket that attaches it (stored nowhere: the ticket carries what is needed).
 * With a ticket: the first look at that finished upload, so the page can refuse it at once, in
 * GOV.UK's words in the form's language (422), or keep it (200).
 */
export const offerUpload = async (
  form: FormDefinition,
  deps: UploadDeps,
  request: { ticket?: unknown; language: Language } = { language: 'en' },
): Promise<HttpResult> => {
  const asksForFiles = questionsOf(form.sections).some((q) => q.type === 'file');
  if (!asksForFiles || !deps.files) throw new ClientError(404, 'api.noForm');
  const settings = deps.config.files;
  if (request.ticket !== undefined) {
    const ticket = typeof request.ticket === 'string' ? request.ticket.slice(0, 200) : '';
    const look = await checkUpload(ticket, form.id, { ...deps, files: deps.files, settings });
    if (look.ok) return jsonResponse(200, { ok: true });
    const message = t(request.language, `files.${look.problem}`, {
      size: look.maxMb ?? 0,
      count: settings.maxFiles,
    });
    return jsonResponse(422, { ok: false, problem: look.problem, message });
  }
  const offer = await presignUpload(form.id, { ...deps, files: deps.files, settings });
  // Sent on the site's own origin (CloudFront, or the twin, passes it to the bucket): the pages'
  // CSP names no other host, and the signed policy does not depend on the address it is posted to.
  return jsonResponse(200, { ...offer, upload: { ...offer.upload, url: PATHS.evidenceUpload } });
};
