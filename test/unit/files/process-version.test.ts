import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../functions/contract/service-contract.ts';
import type { FileRecords } from '../../../functions/files/file-records.ts';
import type { FileStore } from '../../../functions/files/file-store.ts';
import { fileKey, stagingKey } from '../../../functions/files/object-keys.ts';
import { processUpload } from '../../../functions/files/process-upload.ts';
import type { StoredFile } from '../../../functions/files/types.ts';
import { EICAR } from '../../../local/scan-stand-in.ts';
import { SMALL_PDF } from '../../support/evidence-stand-ins.ts';

interface Version {
  id: string;
  body: Buffer;
  tags: Record<string, string>;
}

/**
 * A bucket that keeps versions, as S3 does on AWS (the twin's local S3 keeps none): each key's
 * versions, newest last. `afterTags` runs once after the first tags read, to put a second upload
 * between judging the verdict and reading the bytes.
 */
const versionedBucket = (objects: Map<string, Version[]>, afterTags?: () => void) => {
  let raced = false;
  const pick = (key: string, versionId?: string) => {
    const versions = objects.get(key) ?? [];
    return versionId ? versions.find((v) => v.id === versionId) : versions.at(-1);
  };
  return {
    tags: async (key: string, versionId?: string) => {
      const v = pick(key, versionId);
      if (!raced) {
        raced = true;
        afterTags?.();
      }
      return v ? { tags: v.tags, versionId: v.id } : undefined;
    },
    read: async (key: string, versionId?: string) => pick(key, versionId)?.body,
    put: async (key: string, body: Buffer) =>
      void objects.set(key, [...(objects.get(key) ?? []), { id: `v${Math.random()}`, body, tags: {} }]),
    copy: async (from: string, to: string, versionId?: string) => {
      const v = pick(from, versionId);
      if (v) objects.set(to, [...(objects.get(to) ?? []), { ...v }]);
    },
    removeAll: async (prefix: string) => {
      const keys = [...objects.keys()].filter((k) => k.startsWith(prefix));
      for (const k of keys) objects.delete(k);
      return keys.length;
    },
  } as unknown as FileStore;
};

const checking: StoredFile = {
  id: 'u1',
  kind: 'document',
  type: 'pdf',
  size: SMALL_PDF.length,
  status: 'checking',
};

const records = (): FileRecords & { settled: StoredFile[] } => {
  const settled: StoredFile[] = [];
  return {
    settled,
    claimOf: async () => ({ uploadId: 'u1', reference: 'NR-2345-6789', index: 0 }),
    fileAt: async () => settled.at(-1) ?? checking,
    settle: async (_reference, _index, file) => {
      settled.push(file);
      return 'saved';
    },
  };
};

const settings = { maxFiles: 10, photoMb: 25, audioMb: 50, documentMb: 25, videoMb: 100, allowVideo: false };
const clean = { [EVIDENCE.scanTag]: EVIDENCE.scanClean };
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A second upload to the same key, within the presigned POST's minutes: not yet scanned. */
const second = (): Version => ({ id: 'v2', body: Buffer.concat([SMALL_PDF, Buffer.from(EICAR)]), tags: {} });

describe('processing reads the very version whose verdict it judged', () => {
  it('keeps the scanned bytes when a second upload lands between reading the tags and reading the file', async () => {
    const objects = new Map<string, Version[]>([
      [stagingKey('u1'), [{ id: 'v1', body: SMALL_PDF, tags: clean }]],
    ]);
    const files = versionedBucket(objects, () => objects.get(stagingKey('u1'))?.push(second()));
    const held = records();
    const deps = { files, records: held, settings, now: () => new Date(0) };
    expect(await processUpload('u1', deps)).toBe('ready');
    expect(held.settled[0]?.sha256).toBe(sha256(SMALL_PDF));
    const kept = objects.get(fileKey('NR-2345-6789', 'u1'));
    expect(kept?.map((v) => v.body)).toEqual([SMALL_PDF]);
  });

  it('judges the version a scan result names, not a newer one still unscanned', async () => {
    const objects = new Map<string, Version[]>([
      [stagingKey('u1'), [{ id: 'v1', body: SMALL_PDF, tags: clean }, second()]],
    ]);
    const held = records();
    const deps = { files: versionedBucket(objects), records: held, settings, now: () => new Date(0) };
    expect(await processUpload('u1', deps)).toBe('waiting'); // The latest (v2) is not scanned yet.
    expect(await processUpload('u1', deps, 'v1')).toBe('ready');
    expect(held.settled[0]?.sha256).toBe(sha256(SMALL_PDF));
    expect(objects.get(fileKey('NR-2345-6789', 'u1'))?.map((v) => v.body)).toEqual([SMALL_PDF]);
    expect(objects.has(stagingKey('u1'))).toBe(false); // Every staged version goes, v2 too.
  });
});
