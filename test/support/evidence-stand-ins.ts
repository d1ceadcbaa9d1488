import sharp from 'sharp';
import { EVIDENCE } from '../../functions/contract/service-contract.ts';
import type { PresignedUpload } from '../../functions/files/file-store.ts';
import { makeS3Client, S3FileStore } from '../../functions/files/s3-file-store.ts';
import { defineForm } from '../../functions/forms/define-form.ts';
import { findForm } from '../../functions/forms/registry.ts';
import type { FormDefinition, Question } from '../../functions/forms/types.ts';
import { makeProcessFilesHandler } from '../../functions/handlers/process-files-app.ts';
import { DynamoFileRecords } from '../../functions/storage/dynamodb-file-records.ts';
import { LOCAL_REGION } from '../../local/local-credentials.ts';
import { startS3Local } from '../../local/s3-local.ts';
import { LocalScanCheckQueue } from '../../local/scan-check-queue.ts';
import { scanStandIn } from '../../local/scan-stand-in.ts';
import { freshTable, testConfig } from './stand-ins.ts';

/** The evidence question, as the nuisance and referral forms ask it. */
export const EVIDENCE_QUESTION: Question = {
  id: 'evidence',
  type: 'file',
  label: 'Add evidence (optional)',
  required: false,
  errorName: 'a file',
};

/** A form with the evidence question added, for tests that are about files, not the form. */
export const withEvidence = (formId: string): FormDefinition => {
  const form = findForm(formId);
  if (!form) throw new Error(`no form ${formId}`);
  if (form.sections.some((s) => s.questions.some((q) => q.type === 'file'))) return form;
  return defineForm({
    ...form,
    sections: [...form.sections, { id: 'evidence', title: 'Evidence', questions: [EVIDENCE_QUESTION] }],
  });
};

/** Sends a file as a browser does: a multipart POST of the presigned fields, then the file. */
export const postUpload = async (upload: PresignedUpload, body: Buffer, name = 'file.bin') => {
  const form = new FormData();
  for (const [key, value] of Object.entries(upload.fields)) form.append(key, value);
  form.append('file', new Blob([new Uint8Array(body)]), name);
  const response = await fetch(upload.url, { method: 'POST', body: form });
  return response.status;
};

/** A small JPEG carrying what a phone writes: make, the time taken, and GPS. */
export const photoWithGps = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Phone', Model: 'Camera' },
      IFD2: { DateTimeOriginal: '2026:11:03 14:22:10' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 30/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 7/1 0/1',
      },
    })
    .toBuffer();

/** A tiny valid PDF: what file-type reads as a pdf. */
export const SMALL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A Windows executable's start ("MZ" and a PE header), as a renamed .exe would send. */
export const EXE_START = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(0x3a),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.alloc(0x40),
  Buffer.from('PE\0\0'),
  Buffer.alloc(200),
]);

/**
 * The evidence pipeline on the local stand-ins: a fresh table on the shared DynamoDB Local, a local
 * S3 of its own, the scanning stand-in and file processing (both triggers), as the twin wires them.
 */
export const localFiles = async () => {
  const s3 = await startS3Local();
  const client = makeS3Client({ region: LOCAL_REGION, endpoint: s3.endpoint });
  const files = new S3FileStore(client, {
    bucket: s3.bucket,
    region: LOCAL_REGION,
    endpoint: s3.endpoint,
    versioned: false,
  });
  return { s3, client, files };
};

export const evidenceStandIns = async (
  options: {
    table?: Awaited<ReturnType<typeof freshTable>>;
    local?: Awaited<ReturnType<typeof localFiles>>;
  } = {},
  now: () => Date = () => new Date(),
) => {
  const table = options.table ?? (await freshTable());
  const { s3, client, files } = options.local ?? (await localFiles());
  const config = testConfig();
  const scanChecks = new LocalScanCheckQueue(now);
  const processing = makeProcessFilesHandler({
    files,
    records: new DynamoFileRecords(table.documents, table.tableName),
    settings: config.files,
    now,
    scanChecks,
  });
  const scanner = scanStandIn({
    client,
    bucket: s3.bucket,
    files,
    onResult: (key, versionId) =>
      processing.scanned({
        source: 'aws.guardduty',
        'detail-type': 'GuardDuty Malware Protection Object Scan Result',
        detail: { s3ObjectDetails: { objectKey: key, ...(versionId ? { versionId } : {}) } },
      }),
  });
  s3.onCreated(scanner.created);
  return {
    table,
    s3,
    client,
    files,
    config,
    processing,
    scanChecks,
    scanner,
    scanTag: EVIDENCE.scanTag,
    stop: async () => {
      await scanner.settled();
      client.destroy();
      await s3.stop();
    },
  };
};
