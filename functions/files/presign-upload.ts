import type { FileSettings } from '../config/schema.ts';
import { EVIDENCE } from '../contract/service-contract.ts';
import { largestUpload } from './file-kinds.ts';
import type { FileStore, PresignedUpload } from './file-store.ts';
import { stagingKey } from './object-keys.ts';
import { issueTicket, newUploadId } from './upload-ticket.ts';

export interface PresignDeps {
  files: FileStore;
  hashKey: Buffer;
  settings: FileSettings;
  now: () => Date;
}

export interface UploadOffer {
  /** Where and how the browser sends the file (a POST of these fields, then the file). */
  upload: PresignedUpload;
  /** What the form sends to attach it: signed, for this form, until `ticketExpiresAt`. */
  ticket: string;
  maxBytes: number;
}

/**
 * One upload, offered: a new object key under staging/ that only this POST can write (the exact
 * key, one byte to the largest kind's limit, for a few minutes), and the ticket bound to it.
 */
export const presignUpload = async (
  formId: string,
  deps: PresignDeps,
  /** Where storage sends the browser after, given the ticket (a page without script). */
  redirect?: (ticket: string) => string,
): Promise<UploadOffer> => {
  const id = newUploadId();
  const maxBytes = largestUpload(deps.settings);
  const expires = new Date(deps.now().getTime() + EVIDENCE.ticketHours * 3_600_000);
  const ticket = issueTicket(deps.hashKey, id, formId, expires);
  const upload = await deps.files.presignUpload(
    stagingKey(id),
    maxBytes,
    EVIDENCE.uploadSeconds,
    redirect?.(ticket),
  );
  return { upload, ticket, maxBytes };
};
