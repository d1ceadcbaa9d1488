import { PutObjectTaggingCommand } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EVIDENCE, EVIDENCE_LOG_MESSAGES, SCAN_CHECK } from '../../../functions/contract/service-contract.ts';
import { stagingKey } from '../../../functions/files/object-keys.ts';
import { presignUpload } from '../../../functions/files/presign-upload.ts';
import type { StoredFile } from '../../../functions/files/types.ts';
import { logger } from '../../../functions/observability/logger.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { evidenceStandIns, postUpload, SMALL_PDF, withEvidence } from '../../support/evidence-stand-ins.ts';
import { TEST_HASH_KEY } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

// The clock the whole pipeline reads, set by each step: never a real 15-minute wait.
let at = new Date('2026-12-07T10:00:00Z');
const now = () => at;
const later = (ms: number) => {
  at = new Date(at.getTime() + ms);
};

let stands: Awaited<ReturnType<typeof evidenceStandIns>>;
const form = withEvidence('nuisance');

beforeAll(async () => {
  stands = await evidenceStandIns({}, now);
});
afterAll(() => stands?.stop());
afterEach(() => vi.restoreAllMocks());

const deps = () => ({
  config: stands.config,
  store: stands.table.store,
  now,
  hashKey: TEST_HASH_KEY,
  files: stands.files,
  settings: stands.config.files,
});

const tag = (uploadId: string, tags: { Key: string; Value: string }[]) =>
  stands.client.send(
    new PutObjectTaggingCommand({
      Bucket: stands.s3.bucket,
      Key: stagingKey(uploadId),
      Tagging: { TagSet: tags },
    }),
  );

/**
 * A PDF sent with a report whose scan has not come back: uploaded, its stand-in verdict taken off
 * again (as if GuardDuty had not finished), sent, and its claim processed. Returns where it is.
 */
const sentUnscanned = async () => {
  const offer = await presignUpload(form.id, deps());
  expect(await postUpload(offer.upload, SMALL_PDF)).toBe(204);
  await stands.scanner.settled();
  const uploadId = offer.ticket.split('.')[0] ?? '';
  await tag(uploadId, []);
  const outcome = await submitForm(form, { ...VALID_ANSWERS.nuisance, evidence: [offer.ticket] }, deps());
  if (outcome.kind !== 'accepted') throw new Error('refused');
  await stands.processing.claims({
    Records: [
      {
        eventID: '1',
        eventName: 'INSERT',
        dynamodb: { NewImage: { kind: { S: 'upload-claim' }, uploadId: { S: uploadId } } },
      },
    ],
  });
  return { uploadId, reference: outcome.reference };
};

const fileOf = async (reference: string): Promise<StoredFile | undefined> =>
  (await stands.table.store.get(reference))?.files?.[0];

const checkDue = () => stands.scanChecks.deliverDue((event) => stands.processing.checks(event));

/** The alarm's log lines (the metric filter counts this message). */
const overdueLines = (warn: { mock: { calls: unknown[][] } }) =>
  warn.mock.calls.filter(([message]) => message === EVIDENCE_LOG_MESSAGES.scanOverdue);

describe('a file whose malware scan never finishes', () => {
  it('is looked at again after exactly 15 minutes and alarms, with its upload id only; the team still sees it being checked', async () => {
    expect(SCAN_CHECK.delaySeconds).toBe(EVIDENCE.scanAlarmMinutes * 60);
    const { uploadId, reference } = await sentUnscanned();
    expect((await fileOf(reference))?.status).toBe('checking');
    const warn = vi.spyOn(logger, 'warn');
    later(SCAN_CHECK.delaySeconds * 1000 - 1000);
    expect(await checkDue()).toBe(0); // 14 min 59 s: not yet.
    expect(overdueLines(warn)).toEqual([]);
    later(1000);
    expect(await checkDue()).toBe(1);
    expect(overdueLines(warn)).toEqual([[EVIDENCE_LOG_MESSAGES.scanOverdue, { uploadId }]]);
    expect((await fileOf(reference))?.status).toBe('checking');
    expect(stands.scanChecks.waiting).toBe(0); // Told once; not again every visibility timeout.
  });

  it('does not alarm for a file whose scan came back in time', async () => {
    const { uploadId, reference } = await sentUnscanned();
    await tag(uploadId, [{ Key: EVIDENCE.scanTag, Value: EVIDENCE.scanClean }]);
    expect(
      await stands.processing.scanned({
        source: 'aws.guardduty',
        'detail-type': 'GuardDuty Malware Protection Object Scan Result',
        detail: { s3ObjectDetails: { objectKey: stagingKey(uploadId) } },
      }),
    ).toBe('ready');
    const warn = vi.spyOn(logger, 'warn');
    later(SCAN_CHECK.delaySeconds * 1000);
    expect(await checkDue()).toBe(1);
    expect(overdueLines(warn)).toEqual([]);
    expect((await fileOf(reference))?.status).toBe('ready');
  });

  it('finishes, without alarming, a file whose verdict is there but whose scan result never reached processing', async () => {
    const { uploadId, reference } = await sentUnscanned();
    await tag(uploadId, [{ Key: EVIDENCE.scanTag, Value: EVIDENCE.scanClean }]); // No event follows.
    const warn = vi.spyOn(logger, 'warn');
    later(SCAN_CHECK.delaySeconds * 1000);
    expect(await checkDue()).toBe(1);
    expect(overdueLines(warn)).toEqual([]);
    expect((await fileOf(reference))?.status).toBe('ready');
  });

  it('is not put to be looked at again when its scan was back before its claim', async () => {
    const offer = await presignUpload(form.id, deps());
    expect(await postUpload(offer.upload, SMALL_PDF)).toBe(204);
    await stands.scanner.settled();
    const uploadId = offer.ticket.split('.')[0] ?? '';
    const outcome = await submitForm(form, { ...VALID_ANSWERS.nuisance, evidence: [offer.ticket] }, deps());
    if (outcome.kind !== 'accepted') throw new Error('refused');
    const waiting = stands.scanChecks.waiting;
    await stands.processing.claims({
      Records: [
        {
          eventID: '1',
          eventName: 'INSERT',
          dynamodb: { NewImage: { kind: { S: 'upload-claim' }, uploadId: { S: uploadId } } },
        },
      ],
    });
    expect((await fileOf(outcome.reference))?.status).toBe('ready');
    expect(stands.scanChecks.waiting).toBe(waiting);
  });
});

describe('a scan that could not finish', () => {
  it('is kept apart and logged with the message its alarm counts (EvidenceNotScanned)', async () => {
    const { uploadId, reference } = await sentUnscanned();
    await tag(uploadId, [{ Key: EVIDENCE.scanTag, Value: 'FAILED' }]);
    const warn = vi.spyOn(logger, 'warn');
    expect(
      await stands.processing.scanned({
        source: 'aws.guardduty',
        'detail-type': 'GuardDuty Malware Protection Object Scan Result',
        detail: { s3ObjectDetails: { objectKey: stagingKey(uploadId) } },
      }),
    ).toBe('unscanned');
    expect(warn).toHaveBeenCalledWith(EVIDENCE_LOG_MESSAGES.unscanned, { uploadId });
    expect(await fileOf(reference)).toMatchObject({ status: 'refused', refusedBecause: 'unscanned' });
  });
});
