import { OBJECT_PREFIXES } from '../contract/service-contract.ts';
import type { FileStore } from './file-store.ts';
import { stagingKey } from './object-keys.ts';

/**
 * Every copy of a submission's files, every version: the clean copies and the quarantined ones
 * (found by the reference alone, so this works even once the record is gone) and any upload still
 * in staging (named by the record's file ids). Returns how many objects and versions were removed.
 */
export const eraseFiles = async (
  files: Pick<FileStore, 'removeAll'>,
  reference: string,
  uploadIds: readonly string[],
): Promise<number> => {
  let removed = 0;
  for (const prefix of [OBJECT_PREFIXES.files, OBJECT_PREFIXES.quarantine])
    removed += await files.removeAll(`${prefix}${reference}/`);
  for (const id of uploadIds) removed += await files.removeAll(stagingKey(id));
  return removed;
};
