import { closeSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fictionalEpisodeStream } from '../../packages/reporting/src/test-support/fictional-episodes.js';
import { NDJSON_NAME, partName, RECORDS_PER_PART } from './cohort-files.js';

/**
 * Writes one fictional cohort twice into a folder: as JSON arrays of 10,000
 * records (what a host fetches and `JSON.parse`s: the floor the summary is
 * compared with; see cohort-files.ts) and as NDJSON, one record a line (what
 * a host streaming from its store reads). Records are drawn one at a time and
 * written in 1 MB pieces, so a 100,000-episode cohort is never held in
 * memory. Each file appears under its name only once complete.
 *
 *   node dist/bench-node/generate-cohort.js --count N --seed S --dir FOLDER
 *
 * Prints one JSON line: { count, jsonBytes, ms }.
 */
const { values } = parseArgs({ options: { count: { type: 'string' }, seed: { type: 'string' }, dir: { type: 'string' } } });
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !values.dir) throw new Error('usage: --count N --seed S --dir FOLDER');
const dir = values.dir;
mkdirSync(dir, { recursive: true });

class ChunkedFile {
  readonly #fd: number;
  #pending: string[] = [];
  #length = 0;
  bytes = 0;
  constructor(readonly path: string) {
    this.#fd = openSync(`${path}.partial`, 'w');
  }
  write(text: string): void {
    this.#pending.push(text);
    this.#length += text.length;
    if (this.#length >= 1_000_000) this.#flush();
  }
  close(): void {
    this.#flush();
    closeSync(this.#fd);
    renameSync(`${this.path}.partial`, this.path);
  }
  #flush(): void {
    this.bytes += writeSync(this.#fd, this.#pending.join(''));
    this.#pending = [];
    this.#length = 0;
  }
}

const started = performance.now();
const ndjson = new ChunkedFile(join(dir, NDJSON_NAME));
let part: ChunkedFile | null = null;
let jsonBytes = 0;
let written = 0;
for (const record of fictionalEpisodeStream({ count, seed })) {
  const line = JSON.stringify(record);
  const inPart = written % RECORDS_PER_PART;
  if (inPart === 0) {
    part = new ChunkedFile(join(dir, partName(written / RECORDS_PER_PART)));
    part.write(`[${line}`);
  } else {
    part!.write(`,\n${line}`);
  }
  if (inPart === RECORDS_PER_PART - 1 || written === count - 1) {
    part!.write(']\n');
    part!.close();
    jsonBytes += part!.bytes;
  }
  ndjson.write(`${line}\n`);
  written++;
}
ndjson.close();
console.log(JSON.stringify({ count: written, jsonBytes, ms: performance.now() - started }));
