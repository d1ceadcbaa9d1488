import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { FileSettings } from '../config/schema.ts';
import { EVIDENCE } from '../contract/service-contract.ts';
import { kindOfType, maxBytesOf } from './file-kinds.ts';
import type { FileRecords } from './file-records.ts';
import type { FileStore } from './file-store.ts';
import { fileKey, quarantineKey, stagingKey } from './object-keys.ts';
import { reEncodePhoto } from './re-encode.ts';
import type { RefusedBecause, StoredFile } from './types.ts';

export interface ProcessDeps {
  files: FileStore;
  records: FileRecords;
  settings: FileSettings;
  now: () => Date;
}

/**
 * What one run did: nothing yet (not claimed by a submission, or not scanned: the other trigger
 * will come), nothing (already settled, or the submission is gone), or the file's outcome
 * ('unscanned': the scan could not finish, so it is kept apart as a threat is).
 */
export type ProcessOutcome =
  | 'unclaimed'
  | 'waiting'
  | 'settled already'
  | 'gone'
  | 'ready'
  | 'refused'
  | 'unscanned'
  | 'threat';

type Verdict = { body: Buffer; contentType: string; takenAt?: string } | { refused: RefusedBecause };

/** The whole file checked again (the first look saw only its start), and a photo re-encoded. */
const examine = async (original: Buffer, settings: FileSettings): Promise<Verdict> => {
  if (original.length === 0) return { refused: 'empty' };
  const detected = await fileTypeFromBuffer(original);
  const kind = kindOfType(detected?.ext, settings);
  if (!kind || !detected) return { refused: 'type' };
  if (original.length > maxBytesOf(kind, settings)) return { refused: 'size' };
  if (kind !== 'photo') return { body: original, contentType: detected.mime };
  const photo = await reEncodePhoto(original, detected.ext);
  return photo.ok ? photo : { refused: 'unreadable' };
};

/**
 * Takes one claimed upload from staging to where the team can have it. It runs on both triggers
 * (the claim with the submission, and the malware scan's verdict) and does its work on whichever
 * comes second; runs again harmlessly. The clean copy is written and the record settled before
 * the staged original is removed, so a run that stops half way is finished by the next.
 *
 * The verdict judged is one version's (the scan result's `versionId` when given, else the latest
 * one's), and only that version's bytes are read or kept: the presigned POST may be used again
 * within its minutes, and a second upload to the key must not slip in behind a clean verdict.
 */
export const processUpload = async (
  uploadId: string,
  deps: ProcessDeps,
  scannedVersion?: string,
): Promise<ProcessOutcome> => {
  const claim = await deps.records.claimOf(uploadId);
  if (!claim) return 'unclaimed';
  const { reference, index } = claim;
  const file = await deps.records.fileAt(reference, index);
  if (!file || file.id !== uploadId) return 'gone';
  if (file.status !== 'checking') return 'settled already';
  const staged = stagingKey(uploadId);
  const judged = await deps.files.tags(staged, scannedVersion);
  const scan = judged?.tags[EVIDENCE.scanTag];
  if (judged && !scan) return 'waiting';
  const version = judged?.versionId;
  const checkedAt = deps.now().toISOString();
  const settle = async (outcome: StoredFile, status: ProcessOutcome): Promise<ProcessOutcome> => {
    const saved = await deps.records.settle(reference, index, outcome);
    if (saved === 'saved') {
      await deps.files.removeAll(staged);
      return status;
    }
    // Erased while this run worked (its erasure may already have swept the bucket): nothing this
    // run wrote may outlive the case. Settled first by another run instead: its copy stays.
    if (!(await deps.records.fileAt(reference, index))) {
      for (const key of [fileKey(reference, uploadId), quarantineKey(reference, uploadId), staged])
        await deps.files.removeAll(key);
    }
    return 'gone';
  };
  // A threat, or a scan that could not finish (failed, unsupported, access denied), is kept apart
  // for operations, never downloadable; the person's report still reaches the team.
  if (scan !== EVIDENCE.scanClean) {
    if (judged) await deps.files.copy(staged, quarantineKey(reference, uploadId), version);
    const threat = scan === EVIDENCE.scanThreat;
    return settle(
      {
        ...file,
        checkedAt,
        ...(threat ? { status: 'threat' } : { status: 'refused', refusedBecause: 'unscanned' }),
      },
      threat ? 'threat' : 'unscanned',
    );
  }
  const original = (await deps.files.read(staged, version)) ?? Buffer.alloc(0);
  const sha256 = createHash('sha256').update(original).digest('hex');
  const verdict = await examine(original, deps.settings);
  if ('refused' in verdict)
    return settle(
      { ...file, status: 'refused', refusedBecause: verdict.refused, sha256, checkedAt },
      'refused',
    );
  await deps.files.put(fileKey(reference, uploadId), verdict.body, verdict.contentType);
  return settle(
    {
      ...file,
      status: 'ready',
      sha256,
      checkedAt,
      contentType: verdict.contentType,
      storedSize: verdict.body.length,
      ...(verdict.takenAt ? { takenAt: verdict.takenAt } : {}),
    },
    'ready',
  );
};
