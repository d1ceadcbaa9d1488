import { fileTypeFromBuffer } from 'file-type';
import type { FileSettings } from '../config/schema.ts';
import { type FileKind, kindOfType, maxBytesOf } from './file-kinds.ts';
import type { FileStore } from './file-store.ts';
import { stagingKey } from './object-keys.ts';

/** Enough of the start of a file for `file-type` to tell every type on the allowed list. */
const SNIFF_BYTES = 16 * 1024;

/** What a person is told about a file that is refused (catalogue keys files.*). */
export type FileProblem = 'notUploaded' | 'empty' | 'tooBig' | 'type' | 'tooMany' | 'tooBigOrEmpty';

export type FirstLook =
  | { ok: true; kind: FileKind; type: string; size: number }
  | { ok: false; problem: FileProblem; maxMb?: number };

const MB = 1024 * 1024;

/**
 * The first look at a staged upload, before it is attached: it is there, not empty, a type on the
 * list read from its bytes (never its name or the browser's claim) and within its kind's limit.
 * Processing looks again at the whole file; this is what lets a person be told at once.
 */
export const firstLook = async (
  files: FileStore,
  uploadId: string,
  settings: FileSettings,
): Promise<FirstLook> => {
  const key = stagingKey(uploadId);
  const size = await files.size(key);
  if (size === undefined) return { ok: false, problem: 'notUploaded' };
  if (size === 0) return { ok: false, problem: 'empty' };
  const detected = await fileTypeFromBuffer(await files.readStart(key, SNIFF_BYTES));
  const kind = kindOfType(detected?.ext, settings);
  if (!kind || !detected) return { ok: false, problem: 'type' };
  const max = maxBytesOf(kind, settings);
  if (size > max) return { ok: false, problem: 'tooBig', maxMb: max / MB };
  return { ok: true, kind, type: detected.ext, size };
};
