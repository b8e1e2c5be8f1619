/**
 * Whether an item of equipment is with the person on a day (YYYY-MM-DD):
 * issued on or before it, and not returned by then. Equipment returned on the
 * day is no longer held.
 */
export function isEquipmentHeldOn(equipment: { issuedOn: string; returnedOn?: string | undefined }, day: string): boolean {
  return equipment.issuedOn <= day && (!equipment.returnedOn || equipment.returnedOn > day);
}
