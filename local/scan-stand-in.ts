import { PutObjectTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import { EVIDENCE, OBJECT_PREFIXES } from '../functions/contract/service-contract.ts';
import type { FileStore } from '../functions/files/file-store.ts';

/**
 * The EICAR test string: every scanner reports a file holding it as a threat, which is what it is
 * for. Built from parts so this source file is not itself flagged.
 */
export const EICAR = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join('');

/**
 * The twin's stand-in for GuardDuty Malware Protection for S3 (documented as a stand-in: it knows
 * one threat, EICAR). As GuardDuty does, it scans each object created under staging/, tags it
 * GuardDutyMalwareScanStatus (THREATS_FOUND when the EICAR string is in it, NO_THREATS_FOUND
 * otherwise), then hands the result on as EventBridge would, with the version it tagged (none on the
 * twin's local S3, which keeps no versions). It scans the latest version when it reads, so on a
 * store with versions a second upload racing the first could be tagged in the first's name: the
 * stand-in is for the twin, where there are none.
 */
export const scanStandIn = (options: {
  client: S3Client;
  bucket: string;
  files: FileStore;
  /** The result, as EventBridge hands it on: the key, and the version scanned where the store keeps versions. */
  onResult: (key: string, versionId?: string) => Promise<unknown>;
  onError?: (error: Error) => void;
}) => {
  const pending = new Set<Promise<void>>();
  const scan = async (key: string) => {
    const body = await options.files.read(key);
    if (!body) return;
    const verdict = body.includes(EICAR) ? EVIDENCE.scanThreat : EVIDENCE.scanClean;
    const tagged = await options.client.send(
      new PutObjectTaggingCommand({
        Bucket: options.bucket,
        Key: key,
        Tagging: { TagSet: [{ Key: EVIDENCE.scanTag, Value: verdict }] },
      }),
    );
    await options.onResult(key, tagged.VersionId);
  };
  return {
    /** S3 said an object was created: scan it if it is an upload. */
    created: (key: string) => {
      if (!key.startsWith(OBJECT_PREFIXES.staging)) return;
      const run = scan(key)
        .catch((error: Error) => options.onError?.(error))
        .finally(() => pending.delete(run));
      pending.add(run);
    },
    /** Waits for the scans under way (tests, and the twin's stop). */
    settled: async () => {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
};
