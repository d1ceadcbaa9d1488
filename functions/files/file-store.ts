/** A browser's presigned POST: where to send the form, and the fields to send before the file. */
export interface PresignedUpload {
  url: string;
  fields: Record<string, string>;
}

/**
 * An object's tags and the version they belong to (S3 answers GetObjectTagging with its version
 * id), so what is read afterwards is that same version: no later upload to the key slips in.
 */
export interface VersionTags {
  tags: Record<string, string>;
  /** Undefined where the store keeps no versions (the twin's local S3). */
  versionId?: string;
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
  /** The whole object (the latest version, or the one named), or undefined when there is none. */
  read(key: string, versionId?: string): Promise<Buffer | undefined>;
  /**
   * The tags of the latest version, or of the one named (the malware scan's verdict is one), with
   * that version's id; undefined when there is no such object.
   */
  tags(key: string, versionId?: string): Promise<VersionTags | undefined>;
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Copies the latest version of `from`, or the one named, to `to`. */
  copy(from: string, to: string, versionId?: string): Promise<void>;
  /** Removes every version of every object under the prefix (or the one key); returns how many. */
  removeAll(prefix: string): Promise<number>;
  /** The keys under a prefix (current versions). */
  list(prefix: string): Promise<string[]>;
  /** A GET that works for expiresSeconds, saving as fileName. */
  presignDownload(key: string, expiresSeconds: number, fileName: string): Promise<string>;
}
