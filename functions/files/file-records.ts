import type { UploadClaim } from '../storage/upload-claims.ts';
import type { StoredFile } from './types.ts';

/** What file processing reads and writes of the submissions (the port; storage/dynamodb-file-records.ts). */
export interface FileRecords {
  /** Which submission claimed this upload, and where the file stands in its `files`; none if unclaimed. */
  claimOf(uploadId: string): Promise<UploadClaim | undefined>;
  /** One file of a submission, as the record holds it now. */
  fileAt(reference: string, index: number): Promise<StoredFile | undefined>;
  /**
   * Writes a file's outcome, only while it is still that file and still being checked: 'gone' when
   * the submission was erased meanwhile, or another run settled it first.
   */
  settle(reference: string, index: number, file: StoredFile): Promise<'saved' | 'gone'>;
}
