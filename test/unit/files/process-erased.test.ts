import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../functions/contract/service-contract.ts';
import type { FileRecords } from '../../../functions/files/file-records.ts';
import type { FileStore } from '../../../functions/files/file-store.ts';
import { stagingKey } from '../../../functions/files/object-keys.ts';
import { processUpload } from '../../../functions/files/process-upload.ts';
import type { StoredFile } from '../../../functions/files/types.ts';
import { SMALL_PDF } from '../../support/evidence-stand-ins.ts';

/** The bucket as keys and bodies: the FileStore port's meaning, nothing of S3's. */
const bucket = (objects: Map<string, Buffer>) =>
  ({
    tags: async (key: string) =>
      objects.has(key) ? { tags: { [EVIDENCE.scanTag]: EVIDENCE.scanClean } } : undefined,
    read: async (key: string) => objects.get(key),
    put: async (key: string, body: Buffer) => void objects.set(key, body),
    copy: async (from: string, to: string) => void objects.set(to, objects.get(from) ?? Buffer.alloc(0)),
    removeAll: async (prefix: string) => {
      const keys = [...objects.keys()].filter((k) => k.startsWith(prefix));
      for (const k of keys) objects.delete(k);
      return keys.length;
    },
  }) as unknown as FileStore;

const checking: StoredFile = {
  id: 'u1',
  kind: 'document',
  type: 'pdf',
  size: SMALL_PDF.length,
  status: 'checking',
};

/** A case whose file is erased (or settled by another run) between reading it and settling it. */
const records = (afterSettle: StoredFile | undefined): FileRecords => {
  let settled = false;
  return {
    claimOf: async () => ({ uploadId: 'u1', reference: 'NR-2345-6789', index: 0 }),
    fileAt: async () => (settled ? afterSettle : checking),
    settle: async () => {
      settled = true;
      return 'gone';
    },
  };
};

const settings = { maxFiles: 10, photoMb: 25, audioMb: 50, documentMb: 25, videoMb: 100, allowVideo: false };

describe('processing a file whose case is erased meanwhile', () => {
  it('leaves no copy behind: the clean copy it wrote and the staged original go', async () => {
    const objects = new Map([[stagingKey('u1'), SMALL_PDF]]);
    const deps = { files: bucket(objects), records: records(undefined), settings, now: () => new Date(0) };
    expect(await processUpload('u1', deps as never)).toBe('gone');
    expect([...objects.keys()]).toEqual([]);
  });

  it('keeps the copy when another run settled the file first', async () => {
    const objects = new Map([[stagingKey('u1'), SMALL_PDF]]);
    const deps = {
      files: bucket(objects),
      records: records({ ...checking, status: 'ready' }),
      settings,
      now: () => new Date(0),
    };
    expect(await processUpload('u1', deps as never)).toBe('gone');
    expect([...objects.keys()].some((k) => k.startsWith('files/'))).toBe(true);
  });
});
