import { describe, expect, it } from 'vitest';
import { fixturePhoto } from '../test-support/home-visit-definition.js';
import { attachmentBudget, attachmentBudgetMessage, attachmentsOverBudget } from './attachment-budget.js';
import { AttachmentSchema, attachmentsSize, DEFAULT_ATTACHMENT_BUDGET_BYTES } from './attachment-schema.js';
import { base64ToBytes, bytesToBase64 } from './base64.js';
import { sha256Hex, verifyAttachment } from './sha256.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('base64', () => {
  it('round-trips every byte value, and more bytes than one call can take', () => {
    const all = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(base64ToBytes(bytesToBase64(all))).toEqual(all);
    const large = Uint8Array.from({ length: 200_000 }, (_, index) => (index * 7) % 256);
    expect(base64ToBytes(bytesToBase64(large))).toEqual(large);
    expect(bytesToBase64(bytes('abc'))).toBe('YWJj');
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('throws on text that is not base64', () => {
    expect(() => base64ToBytes('not base64!')).toThrow();
  });
});

describe('sha256Hex', () => {
  it('gives the published SHA-256 test vectors', async () => {
    expect(await sha256Hex(bytes('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('verifyAttachment', () => {
  it('finds nothing wrong with an intact attachment', async () => {
    expect(await verifyAttachment(fixturePhoto('p1'))).toEqual([]);
  });

  it('names a size or hash that does not match the data, and data that is not base64', async () => {
    expect(await verifyAttachment(fixturePhoto('p1', 'accessPhotos', 4))).toEqual(['Attachment "p1": size is 4 bytes but the data is 3']);
    expect(await verifyAttachment({ ...fixturePhoto('p1'), data: 'YWJk' })).toEqual(['Attachment "p1": the data does not match its SHA-256']);
    expect(await verifyAttachment({ ...fixturePhoto('p1'), data: '%%%' })).toEqual(['Attachment "p1": data is not base64']);
  });
});

describe('AttachmentSchema', () => {
  it('accepts a photo and refuses an unknown media type, an upper-case hash, an empty one and data that is not base64', () => {
    expect(AttachmentSchema.safeParse({ ...fixturePhoto('p1'), width: 1600, height: 1200 }).success).toBe(true);
    const paths = (value: unknown) => AttachmentSchema.safeParse(value).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ ...fixturePhoto('p1'), contentType: 'image/heic' })).toEqual(['contentType']);
    expect(paths({ ...fixturePhoto('p1'), sha256: fixturePhoto('p1').sha256.toUpperCase() })).toEqual(['sha256']);
    expect(paths({ ...fixturePhoto('p1'), size: 0 })).toEqual(['size']);
    expect(paths({ ...fixturePhoto('p1'), data: 'a b' })).toEqual(['data']);
    expect(paths({ ...fixturePhoto('p1'), exif: {} })).toEqual(['']);
  });
});

describe('the attachment budget', () => {
  it('adds up sizes and uses the definition’s budget or the default', () => {
    expect(attachmentsSize([{ size: 2 }, { size: 5 }])).toBe(7);
    expect(attachmentBudget({})).toBe(DEFAULT_ATTACHMENT_BUDGET_BYTES);
    expect(attachmentBudget({ attachmentBudgetBytes: 10 })).toBe(10);
  });

  it('says how large the photos are against the budget, in megabytes, only when over it', () => {
    expect(attachmentBudgetMessage(2_500_000, 2_500_000)).toBeNull();
    expect(attachmentBudgetMessage(2_700_000, 2_500_000)).toBe('The photos are too large to keep with this record (2.7 MB of 2.5 MB). Remove a photo.');
    // Just over is never shown as equal to the budget.
    expect(attachmentBudgetMessage(2_500_001, 2_500_000)).toBe('The photos are too large to keep with this record (2.6 MB of 2.5 MB). Remove a photo.');
    expect(attachmentsOverBudget([{ size: 600 }, { size: 500 }], { attachmentBudgetBytes: 1000 })).toBe(
      'The photos are too large to keep with this record (1.1 kB of 1 kB). Remove a photo.',
    );
    expect(attachmentBudgetMessage(1_200_000, 999_999)).toBe('The photos are too large to keep with this record (1.2 MB of 999.9 kB). Remove a photo.');
    expect(attachmentBudgetMessage(12, 10)).toBe('The photos are too large to keep with this record (12 bytes of 10 bytes). Remove a photo.');
  });
});
