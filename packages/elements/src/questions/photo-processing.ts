import { base64ToBytes, bytesToBase64, sha256Hex, type Attachment } from '@otforms/core';

/** The longest side a kept photo may have: enough to read a step's edge or a rail's fixing, small enough to keep offline. */
export const MAX_PHOTO_SIDE = 1600;
/** JPEG quality of a kept photo: no visible loss at 1600 px, about a quarter of a phone camera's file. */
export const PHOTO_QUALITY = 0.85;

/** Why a chosen file did not become a photo. */
export type PhotoProblem = 'not-an-image' | 'unreadable';

export class PhotoError extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(problem);
    this.name = 'PhotoError';
  }
}

/** The size a photo is drawn at: its own, or smaller so its longest side is `MAX_PHOTO_SIDE`. */
export function keptSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_PHOTO_SIDE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * A chosen file as the photo the record keeps. It is decoded (turned upright
 * by its own orientation tag), drawn to a canvas no larger than
 * `MAX_PHOTO_SIDE` and encoded again as JPEG. Only pixels cross the canvas,
 * so the kept photo carries none of the file's metadata: no location, no
 * camera, no date, no thumbnail of the uncropped picture.
 *
 * Throws `PhotoError` for a file that is not an image, or one that cannot be decoded.
 */
export async function preparePhoto(file: Blob, itemId: string): Promise<Attachment> {
  // A camera can hand over a file with no type; decoding then decides.
  if (file.type !== '' && !file.type.startsWith('image/')) throw new PhotoError('not-an-image');
  let bitmap: ImageBitmap;
  try {
    bitmap = await decodeUpright(file);
  } catch {
    throw new PhotoError(file.type === '' ? 'not-an-image' : 'unreadable');
  }
  const { width, height } = keptSize(bitmap.width, bitmap.height);
  let jpeg: Blob;
  try {
    jpeg = await drawAsJpeg(bitmap, width, height);
  } finally {
    bitmap.close();
  }
  const bytes = new Uint8Array(await jpeg.arrayBuffer());
  return {
    id: crypto.randomUUID(),
    itemId,
    contentType: 'image/jpeg',
    size: bytes.length,
    sha256: await sha256Hex(bytes),
    data: bytesToBase64(bytes),
    width,
    height,
  };
}

/**
 * Decodes a photo turned upright by its orientation tag. A browser from before the option's value
 * `'from-image'` was named refuses it with a TypeError: it then decodes as it does by default.
 */
async function decodeUpright(file: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (error) {
    if (error instanceof TypeError) return createImageBitmap(file);
    throw error;
  }
}

async function drawAsJpeg(bitmap: ImageBitmap, width: number, height: number): Promise<Blob> {
  const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : Object.assign(document.createElement('canvas'), { width, height });
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!context) throw new PhotoError('unreadable');
  // JPEG has no transparency: a transparent PNG's clear parts would otherwise turn black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  if (canvas instanceof HTMLCanvasElement) {
    return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PhotoError('unreadable'))), 'image/jpeg', PHOTO_QUALITY));
  }
  return canvas.convertToBlob({ type: 'image/jpeg', quality: PHOTO_QUALITY });
}

/**
 * A kept photo decoded for showing. Drawn to a canvas rather than shown as an
 * `<img>` with a `data:` or `blob:` URL, so that a page whose
 * Content-Security-Policy allows images only from its own origin
 * (`default-src 'self'`) still shows it.
 */
export async function decodeAttachment(attachment: Pick<Attachment, 'data' | 'contentType'>): Promise<ImageBitmap> {
  // base64ToBytes makes a fresh ArrayBuffer; its declared type is only the wider ArrayBufferLike.
  return createImageBitmap(new Blob([base64ToBytes(attachment.data) as Uint8Array<ArrayBuffer>], { type: attachment.contentType }));
}
