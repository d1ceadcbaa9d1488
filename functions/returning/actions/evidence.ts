import { randomUUID } from 'node:crypto';
import { PATHS, RETURN_PATHS, UPLOAD_REFUSED } from '../../contract/service-contract.ts';
import { checkUpload } from '../../files/check-upload.ts';
import type { FileProblem } from '../../files/first-look.ts';
import { presignUpload } from '../../files/presign-upload.ts';
import { refusedUpload } from '../../files/refused-upload.ts';
import { questionsOf } from '../../forms/applicable.ts';
import { ClientError } from '../../http/client-error.ts';
import { type HttpResult, htmlResponse } from '../../http/responses.ts';
import { t } from '../../i18n/ui.ts';
import type { ReturnAction, ReturnActionRequest } from '../actions.ts';
import { ADDITION_TOKEN } from '../pages/action-page.ts';
import {
  EVIDENCE_TICKET,
  renderEvidenceReadyPage,
  renderEvidenceUploadPage,
} from '../pages/evidence-page.ts';
import { renderGonePage, renderSentPage } from '../pages/sent-page.ts';
import { type ReturnEvidenceDeps, recordEvidence } from '../record-evidence.ts';

const page = (statusCode: number, body: string): HttpResult =>
  htmlResponse(statusCode, body, { 'cache-control': 'no-store' });

const text = (value: string | string[] | undefined): string =>
  typeof value === 'string' ? value.slice(0, 200) : '';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A form offers evidence from the way back in when it asks for files itself. */
export const asksForFiles = (form: ReturnActionRequest['form']): boolean =>
  questionsOf(form.sections).some((q) => q.type === 'file');

/** The pick-a-file page with a fresh presigned upload that comes back here with its ticket. */
const uploadPage = async (
  request: ReturnActionRequest,
  deps: ReturnEvidenceDeps,
  statusCode: number,
  problem?: { problem: FileProblem; maxMb?: number | undefined },
) => {
  const { config, session, form, now } = request;
  const language = session.language;
  const back = `${config.siteUrl.replace(/\/$/, '')}${RETURN_PATHS.action('evidence', language)}`;
  const offer = await presignUpload(
    form.id,
    { ...deps, settings: config.files, now: () => now },
    (ticket) => `${back}?${EVIDENCE_TICKET}=${encodeURIComponent(ticket)}`,
  );
  const message =
    problem &&
    t(language, `files.${problem.problem}`, { size: problem.maxMb ?? 0, count: config.files.maxFiles });
  return page(
    statusCode,
    renderEvidenceUploadPage(config, language, { ...offer.upload, url: PATHS.evidenceUpload }, message),
  );
};

/**
 * Add evidence (issue 22 item 1), one file at a time, with or without JavaScript: GET draws the
 * picker (a presigned POST straight to storage); storage sends the browser back with the upload's
 * ticket, whose first look (type from the bytes, size) refuses a bad file at once; POST sends the
 * looked-at upload to the team: attached, claimed and counted in one write (record-evidence.ts).
 */
export const evidence: ReturnAction = async (request, store) => {
  const deps = request.evidence;
  if (!deps || !asksForFiles(request.form)) throw new ClientError(404, 'returning.notOffered');
  const { config, session, form, now } = request;
  const language = session.language;
  const ticket = text(request.fields[EVIDENCE_TICKET]);
  if (request.method === 'GET') {
    if (!ticket) {
      // Sent back by the upload behaviour when storage refused the file (issue 22, no script).
      const refused = refusedUpload(text(request.fields[UPLOAD_REFUSED.param]), config.files);
      return uploadPage(request, deps, refused ? 422 : 200, refused);
    }
    const look = await checkUpload(ticket, form.id, { ...deps, settings: config.files, now: () => now });
    if (!look.ok) return uploadPage(request, deps, 422, look);
    return page(200, renderEvidenceReadyPage(config, language, ticket, randomUUID()));
  }
  const token = text(request.fields[ADDITION_TOKEN]);
  const outcome = await recordEvidence(store, deps, {
    id: UUID.test(token) ? token : randomUUID(),
    session,
    form,
    config,
    now,
    tickets: ticket ? [ticket] : [],
  });
  if (outcome.kind === 'gone') return page(410, renderGonePage(config, language));
  if (outcome.kind === 'refused') return uploadPage(request, deps, 422, outcome);
  return page(200, renderSentPage(config, language, 'evidence', false));
};
