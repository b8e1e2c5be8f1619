import type { ReablementEpisode } from '@otforms/core';
import type { EpisodeOfCare } from '@medplum/fhirtypes';
import type { LocalReference } from './ids.js';
import { SYSTEM, concept } from './codes.js';

/**
 * The reablement episode as an EpisodeOfCare, as Interweave models a social
 * care service (domain brief §3.4): its type carries the CLD Service Type and
 * Service Component strings unchanged, in local code systems, because no
 * national code system for them has been verified.
 */
export function toEpisodeOfCare(episode: ReablementEpisode, patient: LocalReference): EpisodeOfCare {
  return {
    resourceType: 'EpisodeOfCare',
    status: episode.endedOn ? 'finished' : 'active',
    type: [
      concept({ system: SYSTEM.cldServiceType, code: episode.serviceType, display: episode.serviceType }),
      concept({ system: SYSTEM.cldServiceComponent, code: episode.serviceComponent, display: episode.serviceComponent }),
    ],
    patient,
    period: { start: episode.startedOn, ...(episode.endedOn ? { end: episode.endedOn } : {}) },
  };
}
