import { describe, expect, it } from 'vitest';
import { englandDate, englandToday } from './england-date.js';

describe('englandDate', () => {
  it('moves a time just before midnight UTC in British Summer Time to the next day', () => {
    expect(englandDate('2026-06-01T23:30:00.000Z')).toBe('2026-06-02');
    expect(englandDate('2026-06-01T22:59:59.999Z')).toBe('2026-06-01');
  });

  it('keeps the UTC day in Greenwich Mean Time', () => {
    expect(englandDate('2026-12-01T23:30:00.000Z')).toBe('2026-12-01');
    expect(englandDate('2026-12-02T00:00:00.000Z')).toBe('2026-12-02');
  });

  it('reads a time written with an offset', () => {
    expect(englandDate('2026-06-02T00:30:00+01:00')).toBe('2026-06-02');
  });
});

describe('englandToday', () => {
  it('is the day in England at this moment, not the device’s own day', () => {
    expect(englandToday(new Date('2026-06-01T23:30:00.000Z'))).toBe('2026-06-02');
    expect(englandToday(new Date('2026-12-01T23:30:00.000Z'))).toBe('2026-12-01');
  });

  it('reads the clock when no moment is given', () => {
    const before = englandDate(new Date().toISOString());
    const today = englandToday();
    const after = englandDate(new Date().toISOString());
    expect([before, after]).toContain(today);
  });
});
