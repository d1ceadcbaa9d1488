/** A browser's presigned POST: where to send the form, and the fields to send before the file. */
export interface PresignedUpload {
  url: string;
  fields: Record<string, string>;
}

/**
 * Where evidence files live (the port). The S3 adapter serves AWS and the twin's local S3 alike;
 * keys come from object-keys.ts.
 */
export interface FileStore {
  /**
   * A POST the browser can use to write exactly this key, up to maxBytes, for expiresSeconds; with
   * `redirect`, storage sends the browser there after (a page without script: S3's
   * success_action_redirect, signed into the policy).
   */
  presignUpload(
    key: string,
    maxBytes: number,
    expiresSeconds: number,
    redirect?: string,
  ): Promise<PresignedUpload>;
  /** The object's size in bytes, or undefined when there is none. */
  size(key: string): Promise<number | undefined>;
  /** The first `bytes` bytes (enough to tell the type); empty when the object is gone. */
  readStart(key: string, bytes: number): Promise<Buffer>;
  /** The whole object, or undefined when there is none. */
  read(key: string): Promise<Buffer | undefined>;
  /** The object's tags (the malware scan's verdict is one); undefined when there is no object. */
  tags(key: string): Promise<Record<string, string> | undefined>;
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  copy(from: string, to: string): Promise<void>;
  /** Removes every version of every object under the prefix (or the one key); returns how many. */
  removeAll(prefix: string): Promise<number>;
  /** The keys under a prefix (current versions). */
  list(prefix: string): Promise<string[]>;
  /** A GET that works for expiresSeconds, saving as fileName. */
  presignDownload(key: string, expiresSeconds: number, fileName: string): Promise<string>;
}
