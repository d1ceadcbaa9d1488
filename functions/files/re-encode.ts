import sharp from 'sharp';
import { exifTakenAt } from './exif-taken-at.ts';

/**
 * Largest picture decoded (pixels): a decompression bomb (a tiny file that opens to a vast image)
 * is refused rather than filling the function's memory. 100 megapixels is beyond any phone.
 */
const MAX_PIXELS = 100_000_000;

export type ReEncoded = { ok: true; body: Buffer; contentType: string; takenAt?: string } | { ok: false };

/**
 * A photo as the team gets it: turned the way it was meant to be seen (EXIF orientation applied)
 * and written afresh, so no EXIF, GPS, maker notes, XMP or thumbnail survives; sharp writes no
 * metadata unless asked. PNG stays PNG; JPEG and anything else (HEIC, where libvips can open it)
 * becomes JPEG. The time it was taken is read first and returned apart.
 */
export const reEncodePhoto = async (original: Buffer, type: string): Promise<ReEncoded> => {
  try {
    const image = sharp(original, { limitInputPixels: MAX_PIXELS, failOn: 'error' });
    const meta = await image.metadata();
    const takenAt = exifTakenAt(meta.exif);
    const turned = image.rotate();
    const [body, contentType] =
      type === 'png'
        ? [await turned.png().toBuffer(), 'image/png']
        : [await turned.jpeg({ quality: 90, mozjpeg: true }).toBuffer(), 'image/jpeg'];
    return { ok: true, body, contentType, ...(takenAt ? { takenAt } : {}) };
  } catch {
    return { ok: false }; // Cannot be opened (damaged, a bomb, a type libvips lacks): refused.
  }
};
