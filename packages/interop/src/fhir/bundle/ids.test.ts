import { describe, expect, it } from 'vitest';
import { deterministicUuid, entryUrl } from './ids.js';

const uuidV8 = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const recordId = '0f7c2a9e-4c1b-4e0a-9d2f-5b8e6a1c3d40';

describe('deterministicUuid', () => {
  it('is an RFC 4122-layout UUID with version 8 and variant 10', () => {
    for (const path of ['', 'goal/shower', 'device/0', 'a path with ünïcödé and 😀']) {
      expect(deterministicUuid(recordId, path)).toMatch(uuidV8);
    }
  });

  it('gives the same id for the same record and path, whatever the case of the recordId', () => {
    expect(deterministicUuid(recordId, 'care-plan')).toBe(deterministicUuid(recordId, 'care-plan'));
    expect(deterministicUuid(recordId.toUpperCase(), 'care-plan')).toBe(deterministicUuid(recordId, 'care-plan'));
    // A fixed value, so a change to the hash (which would change every exported id) is noticed.
    expect(deterministicUuid(recordId, 'care-plan')).toBe('830942dc-414f-86a0-a4bc-af8a45648c28');
  });

  it('gives different ids for different paths and different records', () => {
    const ids = new Set<string>();
    for (let record = 0; record < 50; record++) {
      for (let item = 0; item < 40; item++) ids.add(deterministicUuid(`00000000-0000-4000-8000-${String(record).padStart(12, '0')}`, `device/${item}`));
    }
    expect(ids.size).toBe(2000);
  });

  it('keeps record and path apart, so moving characters between them changes the id', () => {
    expect(deterministicUuid('ab', 'c')).not.toBe(deterministicUuid('a', 'bc'));
  });

  it('makes urn:uuid fullUrls', () => {
    expect(entryUrl(recordId, 'episode-of-care')).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });
});
