/**
 * How a cohort lies on disk, shared by the generator, the Node script and the
 * page. JSON arrays of at most 10,000 records: the 100,000-episode cohort is
 * about 880 MB of JSON, more than V8's longest string (2^29 − 24 characters),
 * so neither a page nor Node could hold it as one text, let alone
 * `JSON.parse` it. The floor is therefore the parse of every part, which is
 * the same data, in the pieces a host paging through its store would fetch.
 */
export const RECORDS_PER_PART = 10_000;

export const partName = (index: number): string => `part-${String(index).padStart(3, '0')}.json`;

export const partCount = (count: number): number => Math.ceil(count / RECORDS_PER_PART);

export const NDJSON_NAME = 'records.ndjson';
