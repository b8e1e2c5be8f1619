import { describe, expect, it } from 'vitest';
import { cyrb53Utf8 } from './cyrb53-utf8.js';

describe('cyrb53Utf8', () => {
  it('gives 14 hex digits, the same for the same text', () => {
    const text = JSON.stringify({ id: 'barthel', label: 'Mobility — symudedd' });
    expect(cyrb53Utf8(text)).toMatch(/^[0-9a-f]{14}$/);
    expect(cyrb53Utf8(text)).toBe(cyrb53Utf8(`${text}`));
  });

  it('notices one changed character wherever it is: in a whole word or in the bytes after the last one', () => {
    // 9 to 12 characters: the last 0 to 3 bytes fall outside the 4-byte words.
    for (const text of ['walk indoors', 'walk indoor', 'walk indoo', 'walk indo']) {
      const seen = new Set([cyrb53Utf8(text)]);
      for (let at = 0; at < text.length; at++) seen.add(cyrb53Utf8(`${text.slice(0, at)}X${text.slice(at + 1)}`));
      expect(seen.size).toBe(text.length + 1);
    }
  });

  it('tells apart texts that differ only by trailing zero bytes, and by characters outside ASCII', () => {
    expect(cyrb53Utf8('abcd')).not.toBe(cyrb53Utf8('abcd\u0000'));
    expect(cyrb53Utf8('abcd\u0000')).not.toBe(cyrb53Utf8('abcd\u0000\u0000\u0000\u0000'));
    expect(cyrb53Utf8('Ŵ')).not.toBe(cyrb53Utf8('Ŷ'));
    expect(cyrb53Utf8('')).not.toBe(cyrb53Utf8('\u0000'));
  });
});
