import type { InstrumentDefinitionInput } from '@otforms/core';
import { otformsLicence } from '../otforms-licence.js';
import { homeEnvironmentSections } from './home-environment-items.js';
import { HIGH_STEP_MM, LOW_TOILET_SEAT_MM, NARROW_DOOR_MM, homeEnvironmentSuggestions } from './home-environment-suggestions.js';
import { homeEnvironmentWelsh } from './home-environment-welsh.js';

const title = 'Home environment and function assessment';

/**
 * Written for otforms: its questions, wording and rules are our own and copy
 * no published home assessment. It has no score; its answers prompt
 * recommendations through `suggestions`. The guidance it follows is cited, not
 * quoted.
 */
export const homeEnvironmentDefinition = {
  id: 'home-environment',
  version: '1.0.0',
  title,
  description:
    'Walk through the home with the person, from the way in to the rooms they use. For each activity, record how they manage it now; measure where equipment or an adaptation may be needed. Their answers suggest recommendations for you to accept or dismiss.',
  citation:
    'Written for otforms (original wording, not a published instrument). It follows, without quoting: Royal College of Occupational Therapists, Minor adaptations without delay (2nd edition, 2019); Department for Levelling Up, Housing and Communities, Disabled Facilities Grant (DFG) delivery: guidance for local authorities in England (2022); NICE guideline NG249, Falls: assessment and prevention in older people and in people 50 and over at higher risk (2025); Montero-Odasso M, et al., World guidelines for falls prevention and management for older adults: a global initiative, Age and Ageing 2022;51(9):afac205; Health and Safety Executive, Manual handling: Manual Handling Operations Regulations 1992 (L23).',
  licence: otformsLicence(title),
  notes: [
    'Every question, option and rule here was written for otforms. It does not reproduce the wording, layout or scoring of any published or commercial home assessment.',
    'It has no score and no total: it records how the person manages and what the home is like, to support recommendations. Nothing in it says whether a result is better higher or lower.',
    'Measurements are in millimetres and are optional. Measure doorways at their clear width, steps from tread to tread, and seat heights pressed down where the person sits.',
    `The suggestion rules are data. Their thresholds (a step higher than ${HIGH_STEP_MM} mm, a toilet seat lower than ${LOW_TOILET_SEAT_MM} mm, a doorway narrower than ${NARROW_DOOR_MM} mm for a wheelchair) are otforms defaults, not figures quoted from guidance: a council sets its own in its own copy of this definition (with its own id), for example from its minor adaptations specification, and can change any rule’s route, priority or wording.`,
    'A suggestion is never a decision. The OT accepts or dismisses each one with a reason, and both are recorded.',
    'Major adaptations paid for by a Disabled Facilities Grant must be necessary and appropriate, and reasonable and practicable (Housing Grants, Construction and Regeneration Act 1996); the suggestion is where that assessment starts.',
    'Take photos only with the person’s agreement, and keep people out of them.',
  ],
  administrationModes: ['observed', 'interview'],
  languages: ['en-GB', 'cy'],
  // Ours to translate: written for otforms, under its MIT licence.
  translations: { cy: homeEnvironmentWelsh },
  sections: homeEnvironmentSections,
  suggestions: homeEnvironmentSuggestions,
} satisfies InstrumentDefinitionInput;
