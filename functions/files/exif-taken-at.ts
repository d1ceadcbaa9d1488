/**
 * When a photo says it was taken, read from its raw EXIF block (as sharp's metadata gives it):
 * DateTimeOriginal in the Exif sub-directory, else DateTime in the first directory. Only that is
 * read; nothing else of the EXIF (location least of all) leaves this function. A small reader of
 * our own, since the EXIF libraries are for development only here.
 */
const EXIF_POINTER = 0x8769;
const DATE_TIME_ORIGINAL = 0x9003;
const DATE_TIME = 0x0132;
const ASCII = 2;

interface Tiff {
  view: DataView;
  little: boolean;
  base: number;
}

const tiffOf = (exif: Buffer): Tiff | undefined => {
  const base = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? 6 : 0;
  if (exif.length < base + 8) return undefined;
  const order = exif.subarray(base, base + 2).toString('latin1');
  if (order !== 'II' && order !== 'MM') return undefined;
  return { view: new DataView(exif.buffer, exif.byteOffset, exif.length), little: order === 'II', base };
};

/** The entries of the directory at `offset` (from the TIFF header) as tag → [type, count, value offset]. */
const entriesAt = (tiff: Tiff, offset: number) => {
  const { view, little, base } = tiff;
  const entries = new Map<number, { type: number; count: number; at: number }>();
  const start = base + offset;
  if (start + 2 > view.byteLength) return entries;
  const count = view.getUint16(start, little);
  for (let i = 0; i < count; i++) {
    const at = start + 2 + i * 12;
    if (at + 12 > view.byteLength) break;
    entries.set(view.getUint16(at, little), {
      type: view.getUint16(at + 2, little),
      count: view.getUint32(at + 4, little),
      at: at + 8,
    });
  }
  return entries;
};

const asciiAt = (tiff: Tiff, entry: { type: number; count: number; at: number } | undefined) => {
  if (!entry || entry.type !== ASCII || entry.count < 19) return undefined;
  const start = entry.count > 4 ? tiff.base + tiff.view.getUint32(entry.at, tiff.little) : entry.at;
  if (start + 19 > tiff.view.byteLength) return undefined;
  return Buffer.from(tiff.view.buffer, tiff.view.byteOffset + start, 19).toString('latin1');
};

/** "2026:11:03 14:22:10" → "2026-11-03T14:22:10"; anything else (a blank "0000:00:00 …") is no date. */
const asIso = (text: string | undefined) => {
  const m = text && /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m || m[1] === '0000') return undefined;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
};

export const exifTakenAt = (exif: Buffer | undefined): string | undefined => {
  const tiff = exif && tiffOf(exif);
  if (!tiff) return undefined;
  const first = entriesAt(tiff, tiff.view.getUint32(tiff.base + 4, tiff.little));
  const pointer = first.get(EXIF_POINTER);
  const sub = pointer ? entriesAt(tiff, tiff.view.getUint32(pointer.at, tiff.little)) : new Map();
  return asIso(asciiAt(tiff, sub.get(DATE_TIME_ORIGINAL))) ?? asIso(asciiAt(tiff, first.get(DATE_TIME)));
};
