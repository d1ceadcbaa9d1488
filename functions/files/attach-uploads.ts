import type { FileSettings } from '../config/schema.ts';
import type { FileStore } from './file-store.ts';
import { type FileProblem, firstLook } from './first-look.ts';
import type { StoredFile } from './types.ts';
import { checkTicket } from './upload-ticket.ts';

export interface AttachDeps {
  files: FileStore;
  /** The key tickets are signed with (the service's hash key). */
  hashKey: Buffer;
  settings: FileSettings;
  now: () => Date;
}

export type Attached =
  | { ok: true; files: StoredFile[] }
  | { ok: false; problem: FileProblem; maxMb?: number; ticket?: string };

/**
 * Turns the tickets a person sends with a form (or, later, from the coming-back page) into the
 * `files` a record keeps: each ticket signed for this form and still in time, each upload there,
 * on the allowed list and within its limit, each named once. Nothing is claimed here: the store
 * claims them with the record, in one transaction (storage/upload-claims.ts).
 */
export const attachUploads = async (
  tickets: readonly string[],
  formId: string,
  deps: AttachDeps,
): Promise<Attached> => {
  if (tickets.length > deps.settings.maxFiles) return { ok: false, problem: 'tooMany' };
  const uploads = new Map<string, string>(); // upload id → its ticket; the same upload twice is once
  for (const ticket of tickets) {
    const checked = checkTicket(deps.hashKey, ticket, formId, deps.now());
    if (!checked.ok) return { ok: false, problem: 'notUploaded', ticket };
    if (!uploads.has(checked.uploadId)) uploads.set(checked.uploadId, ticket);
  }
  const looked = await Promise.all(
    [...uploads].map(async ([id, ticket]) => ({
      id,
      ticket,
      look: await firstLook(deps.files, id, deps.settings),
    })),
  );
  const files: StoredFile[] = [];
  for (const { id, ticket, look } of looked) {
    if (!look.ok) return { ...look, ticket };
    files.push({ id, kind: look.kind, type: look.type, size: look.size, status: 'checking' });
  }
  return { ok: true, files };
};
