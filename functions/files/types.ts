import type { FileKind } from './file-kinds.ts';

/** Where a file is on its way to the team. Only 'ready' files are ever shown or downloadable. */
export type FileStatus = 'checking' | 'ready' | 'refused' | 'threat';

/** Why processing refused a file that passed the first look at submit. */
export type RefusedBecause = 'type' | 'size' | 'empty' | 'unreadable' | 'unscanned';

/**
 * One file sent with a submission, as the record keeps it (`files`, in the order they were
 * attached). Never its name: a name a person gives a file can say who or where they are.
 */
export interface StoredFile {
  /** The upload id (object-keys.ts), also the file's id in the workspace. */
  id: string;
  kind: FileKind;
  /** The type read from the bytes, as `file-type` names it (jpg, pdf, m4a…). */
  type: string;
  /** Bytes of the original, as sent. */
  size: number;
  status: FileStatus;
  /** When processing finished (ISO 8601 UTC). */
  checkedAt?: string;
  refusedBecause?: RefusedBecause;
  /** The SHA-256 (hex) of the original bytes: what was sent, even though a photo is kept re-encoded. */
  sha256?: string;
  /**
   * When the photo says it was taken, in its own clock's words (no time zone: a camera does not
   * record one), e.g. 2026-11-03T14:22:10. Kept apart because the re-encoded copy has no EXIF.
   */
  takenAt?: string;
  /** What the team downloads: its content type and size (a re-encoded photo differs from the original). */
  contentType?: string;
  storedSize?: number;
}
