import { expect } from '@open-wc/testing';
import { BLOB_PART_CHARS, textBlob } from './report-download.js';

/** Counts the Blobs made, by wrapping the page's Blob. */
function countBlobs() {
  const Original = globalThis.Blob;
  const made: number[] = [];
  globalThis.Blob = class extends Original {
    constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
      super(parts, options);
      made.push(this.size);
    }
  };
  return { made, restore: () => void (globalThis.Blob = Original) };
}

describe('textBlob', () => {
  it('encodes a long text to UTF-8 in parts, the same bytes as at once, never splitting a surrogate pair', async () => {
    // A Welsh group name and an emoji, one of them straddling the end of the first part.
    const row = 'Tîm y Gogledd,😀,12\r\n';
    const filler = 'x'.repeat(BLOB_PART_CHARS - 1);
    const text = `${filler}😀${row.repeat(Math.ceil((BLOB_PART_CHARS * 2.5) / row.length))}`;
    expect(text.charCodeAt(BLOB_PART_CHARS - 1)).to.equal(0xd83d); // the first half of 😀 ends the first part
    const blobs = countBlobs();
    let blob: Blob;
    try {
      blob = await textBlob(text, 'text/csv;charset=utf-8');
    } finally {
      blobs.restore();
    }
    // Four parts, then the Blob that joins them.
    expect(blobs.made.length).to.equal(5);
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    expect(new Uint8Array(await blob.arrayBuffer())).to.deep.equal(new TextEncoder().encode(text));
  });

  it('makes one part of a short text, and an empty Blob of none', async () => {
    const blobs = countBlobs();
    try {
      expect(await (await textBlob('a,b\r\n', 'text/csv')).text()).to.equal('a,b\r\n');
      expect((await textBlob('', 'text/csv')).size).to.equal(0);
    } finally {
      blobs.restore();
    }
    expect(blobs.made.length).to.equal(3);
  });
});
