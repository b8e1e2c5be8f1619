import type { Catalogue } from '../i18n/catalogue.js';

/**
 * The episode's error messages in Welsh, by field and by rule: `errors` in the
 * `episode` namespace of the `cy` catalogue. Each is written out whole, as
 * the mutations after "Rhowch" and "Rhaid i" differ from field to field.
 */

const realDate = (subject: string) => `Rhaid i ${subject} fod yn ddyddiad go iawn, fel 2026-11-22`;
const same = (message: string) => ({ missing: message, invalid: message });

export const episodeErrorsCy: Catalogue['episode']['errors'] = {
  fields: {
    'request.date': { missing: 'Rhowch ddyddiad y cais', invalid: realDate('ddyddiad y cais') },
    'request.routeOfAccess': same('Dewiswch y llwybr mynediad'),
    'request.hospitalDischargeDate': { missing: 'Rhowch y dyddiad rhyddhau o’r ysbyty', invalid: 'Rhaid i’r dyddiad rhyddhau o’r ysbyty fod yn ddyddiad go iawn, fel 2026-11-22' },
    'request.dischargePathway': same('Dewiswch y llwybr rhyddhau'),
    'request.referrer': same('Rhowch pwy wnaeth atgyfeirio’r person'),
    'request.reason': same('Rhowch y rheswm dros yr atgyfeiriad'),
    startedOn: { missing: 'Rhowch y dyddiad y dechreuodd ailalluogi', invalid: 'Rhaid i’r dyddiad y dechreuodd ailalluogi fod yn ddyddiad go iawn, fel 2026-11-22' },
    hoursAtStart: {
      missing: 'Rhowch yr oriau gofal wedi’u cynllunio bob wythnos ar y dechrau',
      invalid: 'Rhowch yr oriau gofal wedi’u cynllunio bob wythnos ar y dechrau fel rhif, fel 10 neu 10.5',
    },
    hoursAtEnd: {
      missing: 'Rhowch yr oriau gofal wedi’u cynllunio bob wythnos ar y diwedd',
      invalid: 'Rhowch yr oriau gofal wedi’u cynllunio bob wythnos ar y diwedd fel rhif, fel 3 neu 3.5',
    },
    'equipment[].item': same('Rhowch yr eitem offer'),
    'equipment[].issuedOn': { missing: 'Rhowch y dyddiad y darparwyd yr offer', invalid: 'Rhaid i’r dyddiad y darparwyd yr offer fod yn ddyddiad go iawn, fel 2026-11-22' },
    'equipment[].returnedOn': { missing: 'Rhowch y dyddiad y dychwelwyd yr offer', invalid: 'Rhaid i’r dyddiad y dychwelwyd yr offer fod yn ddyddiad go iawn, fel 2026-11-22' },
    'equipment[].recycled': same('Dewiswch a gafodd yr offer ei ailgylchu'),
    'minorAdaptations[].description': same('Rhowch beth oedd y mân addasiad'),
    'minorAdaptations[].completedOn': { missing: 'Rhowch y dyddiad y cwblhawyd yr addasiad', invalid: 'Rhaid i’r dyddiad y cwblhawyd yr addasiad fod yn ddyddiad go iawn, fel 2026-11-22' },
    'minorAdaptations[].cost': { missing: 'Rhowch gost y mân addasiad', invalid: 'Rhowch y gost mewn punnoedd fel rhif, fel 85 neu 85.50' },
    'majorAdaptations[].description': same('Rhowch beth yw’r addasiad mawr'),
    'majorAdaptations[].recommendedOn': { missing: 'Rhowch y dyddiad y cafodd ei argymell', invalid: 'Rhaid i’r dyddiad y cafodd ei argymell fod yn ddyddiad go iawn, fel 2026-11-22' },
    'majorAdaptations[].appliedOn': { missing: 'Rhowch ddyddiad y cais am y grant', invalid: realDate('ddyddiad y cais am y grant') },
    'majorAdaptations[].decidedOn': { missing: 'Rhowch ddyddiad y penderfyniad ar y grant', invalid: realDate('ddyddiad y penderfyniad ar y grant') },
    'majorAdaptations[].completedOn': { missing: 'Rhowch y dyddiad y cwblhawyd y gwaith', invalid: 'Rhaid i’r dyddiad y cwblhawyd y gwaith fod yn ddyddiad go iawn, fel 2026-11-22' },
    'majorAdaptations[].amount': { missing: 'Rhowch swm y grant', invalid: 'Rhowch swm y grant mewn punnoedd fel rhif, fel 12000' },
    'advice[].text': same('Rhowch y cyngor a roddwyd neu ble y cyfeiriwyd y person'),
    endedOn: { missing: 'Rhowch y dyddiad y daeth y cyfnod i ben', invalid: 'Rhaid i’r dyddiad y daeth y cyfnod i ben fod yn ddyddiad go iawn, fel 2026-11-22' },
    endOutcome: same('Dewiswch sut y daeth y cyfnod i ben'),
    nextServiceType: same('Dewiswch fath y gwasanaeth nesaf'),
    nextServiceComponent: same('Dewiswch y gwasanaeth nesaf'),
    'followUp[].kind': same('Dewiswch pa fath o ddilyn i fyny yw hwn'),
    'followUp[].date': { missing: 'Rhowch ddyddiad y dilyn i fyny', invalid: realDate('ddyddiad y dilyn i fyny') },
    'followUp[].status': same('Dewiswch ble roedd y person adeg y dilyn i fyny'),
  },
  rules: {
    'equipment-returned-before-issued': 'Rhaid dychwelyd offer ar y diwrnod y cafodd ei ddarparu neu ar ôl hynny',
    'episode-ended-without-outcome': 'Mae angen canlyniad terfynol ar gyfnod sydd wedi dod i ben',
    'episode-ended-before-start': 'Rhaid i’r cyfnod ddod i ben ar y diwrnod y dechreuodd neu ar ôl hynny',
    'episode-started-before-request': 'Rhaid i’r cyfnod ddechrau ar ddiwrnod y cais neu ar ôl hynny',
    'episode-started-after-end': 'Rhaid i’r dyddiad y dechreuodd ailalluogi fod ar y diwrnod y daeth y cyfnod i ben neu cyn hynny',
    'route-of-access-cld-and-local': 'Rhowch y llwybr mynediad fel gwerth CLD neu fel cod lleol, nid y ddau',
    'end-outcome-cld-and-local': 'Rhowch y canlyniad terfynol fel gwerth CLD neu fel cod lleol, nid y ddau',
    'goals-not-reviewed': 'Adolygwch bob nod cyn yr asesiad terfynol',
    'goals-review-open': 'Cadwch neu canslwch yr adolygiad o’r nodau cyn gorffen',
  },
  minorOverLimit: (limit: string) => `Mae mân addasiad yn costio ${limit} neu lai; cofnodwch hwn fel addasiad mawr`,
  grantSteps: {
    recommendedOn: 'y dyddiad y cafodd ei argymell',
    appliedOn: 'dyddiad y cais am y grant',
    decidedOn: 'dyddiad y penderfyniad ar y grant',
    completedOn: 'y dyddiad y cwblhawyd y gwaith',
  },
  // "Ni all … fod cyn …" takes either name as it is, with no mutation to work out.
  grantStepOrder: (step: string, before: string) => `Ni all ${step} fod cyn ${before}`,
};
