import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { exifTakenAt } from '../../../functions/files/exif-taken-at.ts';
import { kindOfType, largestUpload, maxBytesOf } from '../../../functions/files/file-kinds.ts';
import {
  checkTicket,
  issueTicket,
  newUploadId,
  TICKET_PATTERN,
} from '../../../functions/files/upload-ticket.ts';
import { fileRows, sizeText, takenOnText } from '../../../functions/staff/files-view.ts';
import { photoWithGps } from '../../support/evidence-stand-ins.ts';

const settings = serviceConfig.files;
const KEY = Buffer.alloc(32, 7);
const NOW = new Date('2026-11-22T10:00:00Z');

describe('upload tickets', () => {
  const id = newUploadId();
  const ticket = issueTicket(KEY, id, 'nuisance', new Date(NOW.getTime() + 3_600_000));

  it('attach the upload they name, for their form, in time', () => {
    expect(ticket).toMatch(TICKET_PATTERN);
    expect(checkTicket(KEY, ticket, 'nuisance', NOW)).toEqual({ ok: true, uploadId: id });
  });

  it('refuse another form, a lapsed ticket, another key and any change to the id', () => {
    expect(checkTicket(KEY, ticket, 'referral', NOW)).toEqual({ ok: false, because: 'otherForm' });
    expect(checkTicket(KEY, ticket, 'nuisance', new Date(NOW.getTime() + 3_600_001))).toEqual({
      ok: false,
      because: 'expired',
    });
    expect(checkTicket(Buffer.alloc(32, 8), ticket, 'nuisance', NOW)).toMatchObject({ because: 'forged' });
    const other = newUploadId();
    expect(checkTicket(KEY, ticket.replace(id, other), 'nuisance', NOW)).toMatchObject({ because: 'forged' });
    expect(checkTicket(KEY, 'not a ticket', 'nuisance', NOW)).toMatchObject({ because: 'forged' });
  });
});

describe('the allowed list and limits', () => {
  it('knows photos, audio and PDF by the type read from the bytes; video only when a deployer turns it on', () => {
    expect(['jpg', 'png', 'm4a', 'mp3', 'wav', 'ogg', 'pdf'].map((t) => kindOfType(t, settings))).toEqual([
      'photo',
      'photo',
      'audio',
      'audio',
      'audio',
      'audio',
      'document',
    ]);
    // HEIC is refused at once: it cannot be re-encoded here, so its location could not be removed.
    expect(kindOfType('heic', settings)).toBeUndefined();
    expect(kindOfType('exe', settings)).toBeUndefined();
    expect(kindOfType('zip', settings)).toBeUndefined();
    expect(kindOfType(undefined, settings)).toBeUndefined();
    expect(kindOfType('mp4', settings)).toBeUndefined();
    expect(kindOfType('mp4', { ...settings, allowVideo: true })).toBe('video');
  });

  it('defaults to 25 MB a photo or document, 50 MB an audio file, 10 files', () => {
    expect(maxBytesOf('photo', settings)).toBe(25 * 1024 * 1024);
    expect(maxBytesOf('document', settings)).toBe(25 * 1024 * 1024);
    expect(maxBytesOf('audio', settings)).toBe(50 * 1024 * 1024);
    expect(settings.maxFiles).toBe(10);
    expect(largestUpload(settings)).toBe(50 * 1024 * 1024);
    expect(largestUpload({ ...settings, allowVideo: true })).toBe(100 * 1024 * 1024);
  });
});

describe('when a photo was taken', () => {
  it('reads DateTimeOriginal from the EXIF block, and nothing when there is none', async () => {
    const meta = await sharp(await photoWithGps()).metadata();
    expect(exifTakenAt(meta.exif)).toBe('2026-11-03T14:22:10');
    expect(exifTakenAt(undefined)).toBeUndefined();
    expect(exifTakenAt(Buffer.from('Exif\0\0garbage'))).toBeUndefined();
    const plain = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Phone' } })
      .toBuffer();
    expect(exifTakenAt((await sharp(plain).metadata()).exif)).toBeUndefined();
  });

  it('is shown by the camera’s clock, with no time zone claimed', () => {
    expect(takenOnText('2026-11-03T14:22:10')).toBe('3 November 2026, 2:22pm by the camera’s clock');
    expect(takenOnText('2026-11-03T00:05:00')).toBe('3 November 2026, 12:05am by the camera’s clock');
    expect(takenOnText(undefined)).toBe('Not known');
  });
});

describe('the case page’s file rows', () => {
  it('link only a file that passed every check', () => {
    const rows = fileRows('NR-7KQM-4XPD', [
      {
        id: 'a'.repeat(22),
        kind: 'photo',
        type: 'jpg',
        size: 2_500_000,
        status: 'ready',
        takenAt: '2026-11-03T14:22:10',
      },
      { id: 'b'.repeat(22), kind: 'audio', type: 'm4a', size: 300_000, status: 'checking' },
      { id: 'c'.repeat(22), kind: 'document', type: 'pdf', size: 100, status: 'threat' },
      {
        id: 'd'.repeat(22),
        kind: 'photo',
        type: 'jpg',
        size: 100,
        status: 'refused',
        refusedBecause: 'unreadable',
      },
    ]);
    expect(rows.map((r) => r.href)).toEqual([
      `/staff/submissions/NR-7KQM-4XPD/files/${'a'.repeat(22)}`,
      undefined,
      undefined,
      undefined,
    ]);
    expect(rows.map((r) => r.result)).toEqual([
      'Checked: no threats found',
      'Still being checked',
      'Could not be accepted: the malware check found a threat. It cannot be downloaded; operations have been told.',
      'Could not be accepted: could not be opened',
    ]);
    expect(sizeText(2_500_000)).toBe('2.4 MB');
    expect(sizeText(300_000)).toBe('293 KB');
  });
});
