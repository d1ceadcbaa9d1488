import { EVIDENCE } from '../../contract/service-contract.ts';
import { fileKey } from '../../files/object-keys.ts';
import type { StoredFile } from '../../files/types.ts';
import type { HttpResult } from '../../http/responses.ts';
import { recordAudit } from '../audit.ts';
import type { MemberContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { loadCase } from '../load-case.ts';

const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png' };

/** A name that says which case and file, and nothing the person wrote: NR-XXXX-XXXX-file-2.jpg. */
const downloadName = (reference: string, number: number, file: StoredFile) =>
  `${reference}-file-${number}.${EXTENSION[file.contentType ?? ''] ?? file.type}`;

/**
 * GET /staff/submissions/{reference}/files/{id}: for a member of the case's team, a file that passed
 * every check. The download is recorded (who, which file) before the link is handed out; the link
 * is S3's, good for 5 minutes, so the file never passes through the function or an email.
 */
export const downloadFile = async (ctx: MemberContext): Promise<HttpResult> => {
  const { req, deps, signedIn, reference } = ctx;
  const fileId = req.path.split('/').at(-1) ?? '';
  const { record } = await loadCase(deps, signedIn, reference, 'download');
  const index = (record.files ?? []).findIndex((f) => f.id === fileId);
  const file = record.files?.[index];
  // Still being checked, quarantined or refused: there is nothing to download, as for no file at all.
  if (file?.status !== 'ready' || !deps.files) throw notFound();
  const now = deps.now();
  await recordAudit(deps.staff, deps.config, now, signedIn.session.member, 'file-downloaded', {
    reference,
    detail: `File ${index + 1} (${file.kind})`,
  });
  const url = await deps.files.presignDownload(
    fileKey(reference, file.id),
    EVIDENCE.downloadSeconds,
    downloadName(reference, index + 1, file),
  );
  return { statusCode: 303, headers: { location: url, 'cache-control': 'no-store' }, body: '' };
};
