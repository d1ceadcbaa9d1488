import type { FileSettings } from '../config/schema.ts';

/** What a file is, as the team sees it. */
export type FileKind = 'photo' | 'audio' | 'document' | 'video';

/**
 * The allowed list, by the extension `file-type` reads from the bytes (never the name or the
 * browser's claim). Not HEIC: sharp's libvips cannot decode it (HEVC), so one could only be refused
 * after the person was told it was fine, or passed on with the location the phone wrote into it.
 * A phone's picker offered only JPEG and PNG (FILE_ACCEPT) converts its HEIC photos to JPEG itself.
 */
const KIND_OF_TYPE: Readonly<Record<string, FileKind>> = {
  jpg: 'photo',
  png: 'photo',
  m4a: 'audio',
  aac: 'audio',
  mp3: 'audio',
  wav: 'audio',
  ogg: 'audio',
  opus: 'audio',
  pdf: 'document',
  mp4: 'video',
  mov: 'video',
  webm: 'video',
};

/**
 * What a file picker offers (the form's question and the coming-back page): the allowed list's
 * types, images as JPEG and PNG only, so iOS gives a JPEG for a HEIC photo. The bytes decide all the same.
 */
export const FILE_ACCEPT =
  '.jpg,.jpeg,.png,image/jpeg,image/png,.m4a,.aac,.mp3,.wav,.ogg,.opus,audio/*,.pdf,application/pdf';

/** The kind of a file of this detected type, if the deployment accepts it. */
export const kindOfType = (type: string | undefined, settings: FileSettings): FileKind | undefined => {
  const kind = type === undefined ? undefined : KIND_OF_TYPE[type];
  return kind === 'video' && !settings.allowVideo ? undefined : kind;
};

const MB = 1024 * 1024;

/** The largest file of a kind, in bytes. */
export const maxBytesOf = (kind: FileKind, settings: FileSettings): number =>
  ({
    photo: settings.photoMb,
    audio: settings.audioMb,
    document: settings.documentMb,
    video: settings.videoMb,
  })[kind] * MB;

/**
 * The largest upload the presigned POST allows: the kind is not known until the bytes are read, so
 * the largest kind's limit; the kind's own limit is checked after.
 */
export const largestUpload = (settings: FileSettings): number =>
  Math.max(
    ...(['photo', 'audio', 'document', ...(settings.allowVideo ? (['video'] as const) : [])] as const).map(
      (kind) => maxBytesOf(kind, settings),
    ),
  );
