import type { LocalCoding, ReablementEpisode } from '@otforms/core';
import type { Coding, EpisodeOfCare, Extension } from '@medplum/fhirtypes';
import { OTFORMS_EXTENSION } from '../extensions.js';
import type { LocalReference } from './ids.js';
import { SYSTEM, concept } from './codes.js';

/**
 * The reablement episode as an EpisodeOfCare, as Interweave models a social
 * care service (domain brief §3.4): its type carries the CLD Service Type and
 * Service Component strings unchanged, in local code systems, because no
 * national code system for them has been verified.
 *
 * R4's EpisodeOfCare has no element for how the person came in or how the
 * episode ended, so each is an extension with a `valueCoding`: a CLD string
 * in its local CLD system, or a coding from another vocabulary (a Scottish
 * council's, say) exactly as the record holds it, so the two never mix.
 */
export function toEpisodeOfCare(episode: ReablementEpisode, patient: LocalReference): EpisodeOfCare {
  const extension = [
    codingExtension(OTFORMS_EXTENSION.routeOfAccess, episode.request.routeOfAccess, SYSTEM.cldRouteOfAccess, episode.request.routeOfAccessCoding),
    codingExtension(OTFORMS_EXTENSION.endOutcome, episode.endOutcome, SYSTEM.cldEventOutcome, episode.endOutcomeCoding),
  ].filter((item): item is Extension => item !== undefined);
  return {
    resourceType: 'EpisodeOfCare',
    ...(extension.length > 0 ? { extension } : {}),
    status: episode.endedOn ? 'finished' : 'active',
    type: [
      concept({ system: SYSTEM.cldServiceType, code: episode.serviceType, display: episode.serviceType }),
      concept({ system: SYSTEM.cldServiceComponent, code: episode.serviceComponent, display: episode.serviceComponent }),
    ],
    patient,
    period: { start: episode.startedOn, ...(episode.endedOn ? { end: episode.endedOn } : {}) },
  };
}

function codingExtension(url: string, cld: string | undefined, cldSystem: string, local: LocalCoding | undefined): Extension | undefined {
  const coding: Coding | undefined = cld ? { system: cldSystem, code: cld, display: cld } : local ? { ...local } : undefined;
  return coding ? { url, valueCoding: coding } : undefined;
}
