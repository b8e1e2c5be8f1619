import { parseDefinition, type PhotoItem } from '@otforms/core';
import type { OtPhotoQuestion } from './ot-photo-question.js';

/** A fictional photo question, parsed by core so its defaults are those of a real definition. */
export function photoItem(overrides: { maxPhotos?: number; required?: boolean } = {}): PhotoItem {
  const definition = parseDefinition({
    id: 'photo-controls',
    version: '1.0.0',
    title: 'Photo controls',
    citation: 'Written for the otforms tests.',
    licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms test fixture' },
    sections: [
      {
        id: 'only',
        title: 'Access and entrance',
        items: [{ id: 'frontStep', type: 'photo', label: 'Front step', hint: 'From the path, with the whole step in view', maxPhotos: 3, ...overrides }],
      },
    ],
  });
  return definition.sections[0]!.items[0] as PhotoItem;
}

/** A picture drawn on a canvas (a path, a step and a rail, roughly), as a JPEG file. */
export async function drawnPhoto(width: number, height: number, name = 'step.jpg'): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#7a8b99';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#c9b79c';
  context.fillRect(0, height * 0.6, width, height * 0.4);
  context.fillStyle = '#444444';
  context.fillRect(width * 0.2, height * 0.45, width * 0.6, height * 0.15);
  context.strokeStyle = '#202020';
  context.lineWidth = Math.max(2, width / 200);
  context.beginPath();
  context.moveTo(width * 0.15, height * 0.2);
  context.lineTo(width * 0.85, height * 0.35);
  context.stroke();
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new File([blob], name, { type: 'image/jpeg' });
}

/**
 * The JPEG with an EXIF APP1 segment put in straight after its SOI marker, as
 * a phone camera writes one: a TIFF header and, in its text, a GPS position.
 */
export async function withExif(photo: File): Promise<File> {
  const bytes = new Uint8Array(await photo.arrayBuffer());
  const text = new TextEncoder().encode('Exif\0\0MM\0*\0\0\0\x08GPS 51.5072N 0.1276W otforms-test-camera');
  const length = text.length + 2;
  const segment = new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...text]);
  const out = new Uint8Array(bytes.length + segment.length);
  out.set(bytes.subarray(0, 2));
  out.set(segment, 2);
  out.set(bytes.subarray(2), 2 + segment.length);
  return new File([out], photo.name, { type: 'image/jpeg' });
}

/**
 * The JPEG with an EXIF orientation tag saying "turn 90° clockwise to view" (6), as a phone held
 * upright writes it: one IFD entry, big-endian.
 */
export async function withOrientation(photo: File, orientation = 6): Promise<File> {
  const bytes = new Uint8Array(await photo.arrayBuffer());
  const exif = [
    ...new TextEncoder().encode('Exif\0\0'),
    ...[0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08], // "MM", 42, first IFD at 8
    ...[0x00, 0x01], // one entry
    ...[0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00], // Orientation, SHORT, 1
    ...[0x00, 0x00, 0x00, 0x00], // no next IFD
  ];
  const length = exif.length + 2;
  const out = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, ...exif, ...bytes.subarray(2)]);
  return new File([out], photo.name, { type: 'image/jpeg' });
}

/** Whether JPEG bytes hold an APP1 (EXIF or XMP) marker anywhere. */
export function hasApp1(bytes: Uint8Array): boolean {
  for (let index = 0; index + 1 < bytes.length; index += 1) if (bytes[index] === 0xff && bytes[index + 1] === 0xe1) return true;
  return false;
}

/** Chooses files as the browser hands them over after the camera or the file picker, then waits for them to be prepared. */
export async function choose(element: OtPhotoQuestion, files: readonly File[], which: 'camera' | 'library' = 'library'): Promise<void> {
  const input = element.shadowRoot!.querySelector<HTMLInputElement>(`#${which}`)!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await prepared(element);
}

/** Waits until the photo question is no longer busy preparing photos. */
export async function prepared(element: OtPhotoQuestion): Promise<void> {
  for (let tries = 0; tries < 400; tries += 1) {
    await element.updateComplete;
    if (element.shadowRoot!.querySelector('[part="control"]')?.getAttribute('aria-busy') !== 'true') return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The photo was still being prepared after 10 seconds');
}

/** SHA-256 as hex, by Web Crypto directly: not through the code under test. */
export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function decoded(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
}
