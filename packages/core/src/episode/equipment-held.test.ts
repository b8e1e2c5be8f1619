import { describe, expect, it } from 'vitest';
import { isEquipmentHeldOn } from './equipment-held.js';

describe('isEquipmentHeldOn', () => {
  it('is held from the day it is issued until the day it is returned', () => {
    const stool = { issuedOn: '2026-11-05', returnedOn: '2026-12-09' };
    expect(isEquipmentHeldOn(stool, '2026-11-04')).toBe(false);
    expect(isEquipmentHeldOn(stool, '2026-11-05')).toBe(true);
    expect(isEquipmentHeldOn(stool, '2026-12-08')).toBe(true);
    expect(isEquipmentHeldOn(stool, '2026-12-09')).toBe(false);
    expect(isEquipmentHeldOn({ issuedOn: '2026-11-05' }, '2027-06-01')).toBe(true);
  });
});
