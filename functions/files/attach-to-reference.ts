import type { FileSettings } from '../config/schema.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import type { FileStore } from './file-store.ts';
import { type FileProblem, firstLook } from './first-look.ts';
import type { StoredFile } from './types.ts';

/**
 * What is appended with files sent from the way back in: the addition that tells the team, and the
 * retention it brings (returning's AdditionChange; the shape is all this needs of it).
 */
export interface AttachedAddition {
  addition: { id: string };
  expiresAt: number;
}

/** What attaching reads of a stored submission: its files so far, and how long it is kept. */
export type HeldFiles = Pick<SubmissionRecord, 'reference' | 'kind' | 'files' | 'expiresAt'>;

/** Where files are appended to a stored submission (storage/append-files.ts). */
export interface FileAttachments {
  /** The submission's files and retention, read consistently; undefined when it is gone. */
  filesOf(reference: string): Promise<HeldFiles | undefined>;
  /**
   * Appends files to the record's `files` and claims each, in one write, only while the record
   * still holds `held` files: 'changed' when it does not (or it is gone), 'taken' when an upload is
   * claimed already. With an addition (files sent from the way back in), the addition is appended
   * in the same write, so the team is told of exactly the files that were attached.
   */
  attach(
    reference: string,
    held: number,
    files: readonly StoredFile[],
    expiresAt: number,
    addition?: AttachedAddition,
  ): Promise<'saved' | 'changed' | 'taken'>;
}

export interface AttachToReferenceDeps {
  files: FileStore;
  attachments: FileAttachments;
  settings: FileSettings;
}

export type AttachedLater =
  | { ok: true; files: StoredFile[] }
  | { ok: false; problem: FileProblem | 'gone'; maxMb?: number };

/**
 * Attaches uploads to a submission already sent: from the way back in (returning/record-evidence.ts),
 * with the addition that tells the team. The caller has checked the person may add to this record;
 * this checks the files as at submit and appends them, claimed, with the addition made for how
 * many there are. Processing starts from the claims, as for files sent with the form.
 */
export const attachToReference = async (
  record: HeldFiles,
  uploadIds: readonly string[],
  deps: AttachToReferenceDeps,
  addition?: (count: number) => AttachedAddition,
): Promise<AttachedLater> => {
  if (record.kind !== 'submission') return { ok: false, problem: 'gone' };
  const held = record.files ?? [];
  const fresh = [...new Set(uploadIds)].filter((id) => !held.some((f) => f.id === id));
  if (held.length + fresh.length > deps.settings.maxFiles) return { ok: false, problem: 'tooMany' };
  const files: StoredFile[] = [];
  for (const id of fresh) {
    const look = await firstLook(deps.files, id, deps.settings);
    if (!look.ok) return look;
    files.push({ id, kind: look.kind, type: look.type, size: look.size, status: 'checking' });
  }
  if (files.length === 0) return { ok: true, files: held };
  const change = addition?.(files.length);
  const expiresAt = change?.expiresAt ?? record.expiresAt;
  const saved = await deps.attachments.attach(record.reference, held.length, files, expiresAt, change);
  if (saved === 'taken') return { ok: false, problem: 'notUploaded' };
  if (saved === 'changed') return { ok: false, problem: 'gone' };
  return { ok: true, files: [...held, ...files] };
};
