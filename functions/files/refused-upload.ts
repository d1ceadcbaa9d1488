import type { FileSettings } from '../config/schema.ts';
import { UPLOAD_REFUSED } from '../contract/service-contract.ts';
import { largestUpload } from './file-kinds.ts';
import type { FileProblem } from './first-look.ts';

const MB = 1024 * 1024;

/**
 * What to tell a person sent back to Add evidence because storage refused their file (the upload
 * behaviour's UPLOAD_REFUSED parameter); undefined for anything else. Storage's size range is the
 * largest kind's limit, so that is the size named.
 */
export const refusedUpload = (
  value: string | undefined,
  settings: FileSettings,
): { problem: FileProblem; maxMb?: number } | undefined => {
  if (value === UPLOAD_REFUSED.size) return { problem: 'tooBigOrEmpty', maxMb: largestUpload(settings) / MB };
  if (value === UPLOAD_REFUSED.failed) return { problem: 'notUploaded' };
  return undefined;
};
