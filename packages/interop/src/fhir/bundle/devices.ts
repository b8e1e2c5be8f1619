import type { ReablementEpisode } from '@otforms/core';
import type { BundleEntry, Device, DeviceRequest } from '@medplum/fhirtypes';
import { entryUrl, referenceTo, type LocalReference } from './ids.js';

/**
 * Each equipment item: a Device (what was issued, inactive once returned) and
 * the DeviceRequest that issued it to the person. Items are free text in the
 * episode and no equipment code has been verified (the Interweave SNOMED CT
 * value sets are unchecked, domain brief §3.4), so the Device type is text only.
 */
export function equipmentEntries(recordId: string, episode: ReablementEpisode, subject: LocalReference): { entries: BundleEntry[]; requests: LocalReference[] } {
  const entries: BundleEntry[] = [];
  const requests: LocalReference[] = [];
  episode.equipment.forEach((equipment, index) => {
    const deviceUrl = entryUrl(recordId, `device/${index}`);
    const requestUrl = entryUrl(recordId, `device-request/${index}`);
    const returned = equipment.returnedOn !== undefined;
    const notes = returned ? [{ text: `Returned on ${equipment.returnedOn}${equipment.recycled ? ' and recycled' : ''}.` }] : [];
    const device: Device = {
      resourceType: 'Device',
      status: returned ? 'inactive' : 'active',
      type: { text: equipment.item },
      patient: subject,
      ...(notes.length > 0 ? { note: notes } : {}),
    };
    const request: DeviceRequest = {
      resourceType: 'DeviceRequest',
      status: returned ? 'completed' : 'active',
      intent: 'order',
      codeReference: referenceTo(deviceUrl),
      subject,
      occurrencePeriod: { start: equipment.issuedOn, ...(returned ? { end: equipment.returnedOn } : {}) },
      authoredOn: equipment.issuedOn,
    };
    entries.push({ fullUrl: deviceUrl, resource: device }, { fullUrl: requestUrl, resource: request });
    requests.push(referenceTo(requestUrl));
  });
  return { entries, requests };
}
