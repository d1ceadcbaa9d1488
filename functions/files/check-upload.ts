import type { FileSettings } from '../config/schema.ts';
import type { FileStore } from './file-store.ts';
import { type FirstLook, firstLook } from './first-look.ts';
import { checkTicket } from './upload-ticket.ts';

export interface CheckUploadDeps {
  files: FileStore;
  hashKey: Buffer;
  settings: FileSettings;
  now: () => Date;
}

/**
 * The first look at one finished upload, asked by the page's script as soon as a file is there, so
 * a renamed executable, an empty file or one over its limit is refused at once, not at Send. The
 * ticket must be this form's and in time; submit looks again whatever this said.
 */
export const checkUpload = async (
  ticket: string,
  formId: string,
  deps: CheckUploadDeps,
): Promise<FirstLook> => {
  const checked = checkTicket(deps.hashKey, ticket, formId, deps.now());
  if (!checked.ok) return { ok: false, problem: 'notUploaded' };
  return firstLook(deps.files, checked.uploadId, deps.settings);
};
