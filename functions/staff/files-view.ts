import { STAFF_PATHS } from '../contract/service-contract.ts';
import type { FileKind } from '../files/file-kinds.ts';
import type { RefusedBecause, StoredFile } from '../files/types.ts';
import { dayName } from '../time/times.ts';

/** One evidence file as the case page lists it: never its content, and a link only once it is checked. */
export interface FileRow {
  number: number;
  kind: string;
  size: string;
  takenOn: string;
  result: string;
  /** The download address (audited, a 5-minute link); only for a file that passed every check. */
  href?: string;
}

const KIND_WORDS: Record<FileKind, string> = {
  photo: 'Photo',
  audio: 'Audio recording',
  document: 'Document (PDF)',
  video: 'Video',
};

const REFUSED_WORDS: Record<RefusedBecause, string> = {
  type: 'not a photo, recording or PDF inside',
  size: 'too large',
  empty: 'empty',
  unreadable: 'could not be opened',
  unscanned: 'the malware check could not finish; operations have been told',
};

/** 1.2 MB, 350 KB: sizes as people read them. */
export const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** "3 November 2026, 2:22pm by the camera’s clock": a camera records no time zone, so none is claimed. */
export const takenOnText = (takenAt: string | undefined): string => {
  if (!takenAt) return 'Not known';
  const [day = '', time = ''] = takenAt.split('T');
  const [h = 0, m = 0] = time.split(':').map(Number);
  const clock = `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')}${h < 12 ? 'am' : 'pm'}`;
  return `${dayName(day)}, ${clock} by the camera’s clock`;
};

const resultText = (file: StoredFile): string => {
  switch (file.status) {
    case 'ready':
      return 'Checked: no threats found';
    case 'checking':
      return 'Still being checked';
    case 'threat':
      return 'Could not be accepted: the malware check found a threat. It cannot be downloaded; operations have been told.';
    case 'refused':
      return `Could not be accepted: ${REFUSED_WORDS[file.refusedBecause ?? 'unreadable']}`;
  }
};

export const fileRows = (reference: string, files: readonly StoredFile[] | undefined): FileRow[] =>
  (files ?? []).map((file, i) => ({
    number: i + 1,
    kind: KIND_WORDS[file.kind],
    size: sizeText(file.size),
    takenOn: file.kind === 'photo' ? takenOnText(file.takenAt) : '',
    result: resultText(file),
    ...(file.status === 'ready' ? { href: STAFF_PATHS.file(reference, file.id) } : {}),
  }));
