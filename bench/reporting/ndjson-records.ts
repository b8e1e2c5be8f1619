import { closeSync, openSync, readSync } from 'node:fs';

const NEWLINE = 0x0a; // never part of a multi-byte UTF-8 character, so lines can be cut on the bytes

/**
 * The records of an NDJSON file, one parsed line at a time, read in 1 MB
 * pieces with synchronous reads: a plain iterable, as a host reading a cursor
 * over its store would hand to `summariseOutcomes`. Never more than a piece
 * and one line are held.
 */
export function* ndjsonRecords(path: string): Generator<unknown> {
  const fd = openSync(path, 'r');
  const piece = Buffer.allocUnsafe(1 << 20);
  let carried: Buffer = Buffer.alloc(0);
  try {
    for (let read = readSync(fd, piece); read > 0; read = readSync(fd, piece)) {
      const bytes = carried.length ? Buffer.concat([carried, piece.subarray(0, read)]) : piece.subarray(0, read);
      let start = 0;
      for (let end = bytes.indexOf(NEWLINE, start); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
        if (end > start) yield JSON.parse(bytes.toString('utf8', start, end));
        start = end + 1;
      }
      // Copied: `piece` is overwritten by the next read.
      carried = Buffer.from(bytes.subarray(start));
    }
    if (carried.length) yield JSON.parse(carried.toString('utf8'));
  } finally {
    closeSync(fd);
  }
}
