import type { RecommendationStatus } from '@otforms/core';
import type { Catalogue } from '../i18n/catalogue.js';

/**
 * Geiriau argymhelliad (Cymraeg), lle bynnag y caiff un ei ddangos: the
 * Welsh of `recommendations.en.ts`. "Argymhelliad" is masculine, so a status
 * is "wedi'i gytuno" (soft mutation after "ei").
 */

const statuses = {
  recommended: 'Wedi’i argymell',
  agreed: 'Wedi’i gytuno',
  ordered: 'Wedi’i archebu',
  completed: 'Wedi’i gwblhau',
  reviewed: 'Wedi’i adolygu',
} satisfies Record<RecommendationStatus, string>;

/** A status as it ends "y cafodd argymhelliad 2 …": the verb-noun after "ei", mutated. */
const done: Record<RecommendationStatus, string> = {
  recommended: 'ei argymell',
  agreed: 'ei gytuno',
  ordered: 'ei archebu',
  completed: 'ei gwblhau',
  reviewed: 'ei adolygu',
};

const lower = (status: RecommendationStatus) => statuses[status].charAt(0).toLowerCase() + statuses[status].slice(1);

export const recommendationMessagesCy: Catalogue['recommendations'] = {
  kinds: {
    equipment: 'Offer',
    'minor-adaptation': 'Mân addasiad',
    'major-adaptation': 'Addasiad mawr',
    'technology-enabled-care': 'Gofal wedi’i alluogi gan dechnoleg',
    'advice-signposting': 'Cyngor neu gyfeirio',
    'referral-on': 'Atgyfeirio at wasanaeth arall',
  },
  priorities: { urgent: 'Brys', high: 'Uchel', routine: 'Arferol' },
  routes: {
    'community-equipment-service': 'Gwasanaeth offer cymunedol',
    'minor-adaptations-service': 'Gwasanaeth mân addasiadau',
    'disabled-facilities-grant': 'Grant Cyfleusterau i’r Anabl',
    'housing-provider': 'Darparwr tai',
    'self-purchase-signposting': 'Prynu eich hun (wedi’ch cyfeirio)',
  },
  statuses,
  statusOn: (status, on) => `${statuses[status]} ar ${on}`,
  markAs: (status) => `Nodi ei fod ${lower(status)}`,

  errors: {
    suggestionUndecided: (suggestion) => `Derbyniwch neu gwrthodwch yr awgrym: ${suggestion}`,
    dismissalReasonMissing: (suggestion) => `Rhowch y rheswm pam nad ydych yn argymell: ${suggestion}`,
    missing: {
      kind: (number) => `Dewiswch y math o argymhelliad ar gyfer argymhelliad ${number}`,
      what: (number) => `Rhowch beth sy’n cael ei argymell yn argymhelliad ${number}`,
      reason: (number) => `Rhowch y rheswm pam mae angen argymhelliad ${number}`,
      priority: (number) => `Dewiswch flaenoriaeth argymhelliad ${number}`,
      route: (number) => `Dewiswch sut y caiff argymhelliad ${number} ei ddarparu`,
    },
    invalid: (number) => `Gwiriwch argymhelliad ${number}: mae rhywbeth ynddo na ellir ei gadw`,
    statusHistory: (number) => `Nid yw cynnydd argymhelliad ${number} yn y drefn gywir: gwiriwch ei statws a’r dyddiadau`,
    statusNotLater: (number, current) => `Mae argymhelliad ${number} eisoes ${lower(current)}: dewiswch statws diweddarach`,
    statusDateMissing: (number, status) => `Rhowch y dyddiad y cafodd argymhelliad ${number} ${done[status]}`,
    statusDateNotReal: (number, status) => `Rhaid i’r dyddiad y cafodd argymhelliad ${number} ${done[status]} fod yn ddyddiad go iawn, fel 2026-11-22`,
    statusDateEarlier: (number, status, after, afterStatus) =>
      `Rhaid i’r dyddiad y cafodd argymhelliad ${number} ${done[status]} fod yr un fath â ${after} neu ar ôl hynny, pan gafodd ${done[afterStatus]}`,
  },
};
