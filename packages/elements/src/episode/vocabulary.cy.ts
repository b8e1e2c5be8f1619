import type { Catalogue } from '../i18n/catalogue.js';

/**
 * The labels of England's CLD values in Welsh: the `vocabulary` namespace of
 * the `cy` catalogue. Only the label is translated: the record keeps CLD's
 * English string, the code the council returns. "NFA" (no further action)
 * is "Dim camau pellach".
 */
export const vocabularyCy: Catalogue['vocabulary'] = {
  routesOfAccess: {
    'Planned Entry (Transition)': 'Mynediad wedi’i gynllunio (pontio)',
    'Discharge from Hospital': 'Rhyddhau o’r ysbyty',
    'Diversion from Hospital Services': 'Dargyfeirio o wasanaethau ysbyty',
    'Community / Other route': 'Cymuned / llwybr arall',
    Prison: 'Carchar',
    'Self-Funder': 'Yn ariannu ei ofal ei hun',
    'Discharge from Reablement': 'Rhyddhau o ailalluogi',
    'Transfer from Other LA': 'Trosglwyddo o awdurdod lleol arall',
  },
  eventOutcomes: {
    'Progress to reablement/ST-Max': 'Symud ymlaen i ailalluogi/ST-Max',
    'Progress to assessment, review or reassessment': 'Symud ymlaen i asesiad, adolygiad neu ailasesiad',
    'Progress to support planning or services': 'Symud ymlaen i gynllunio cymorth neu i wasanaethau',
    'Continuation of support or services': 'Parhau â chymorth neu wasanaethau',
    'Admitted to hospital': 'Wedi’i dderbyn i’r ysbyty',
    'NFA: Responsibility moved to another local authority': 'Dim camau pellach: symudodd y cyfrifoldeb i awdurdod lleol arall',
    'NFA: Referral to NHS services or NHS funded social care': 'Dim camau pellach: atgyfeirio at wasanaethau’r GIG neu ofal cymdeithasol a ariennir gan y GIG',
    'NFA: Self-funded client or under 12wk disregard': 'Dim camau pellach: cleient sy’n ariannu ei ofal ei hun neu o dan y diystyriad 12 wythnos',
    'NFA: Information and advice or signposting': 'Dim camau pellach: gwybodaeth a chyngor neu gyfeirio',
    'NFA: Referral to other service within the local authority': 'Dim camau pellach: atgyfeirio at wasanaeth arall yn yr awdurdod lleol',
    'NFA: Support declined': 'Dim camau pellach: gwrthodwyd cymorth',
    'NFA: Deceased': 'Dim camau pellach: wedi marw',
    'NFA: Support ended as planned': 'Dim camau pellach: daeth y cymorth i ben fel y cynlluniwyd',
    'NFA: Support ended for other reason': 'Dim camau pellach: daeth y cymorth i ben am reswm arall',
    'NFA: No services offered for other reason': 'Dim camau pellach: ni chynigiwyd gwasanaethau am reswm arall',
    'NFA: Other': 'Dim camau pellach: arall',
  },
  serviceTypes: {
    'Short term support: ST-Max': 'Cymorth tymor byr: ST-Max',
    'Short term support: Ongoing low level': 'Cymorth tymor byr: lefel isel parhaus',
    'Short term support: Other short term': 'Cymorth tymor byr: tymor byr arall',
    'Long term support: Nursing care': 'Cymorth tymor hir: gofal nyrsio',
    'Long term support: Residential care': 'Cymorth tymor hir: gofal preswyl',
    'Long term support: Community': 'Cymorth tymor hir: yn y gymuned',
    'Long term support: Prison': 'Cymorth tymor hir: carchar',
    'Unpaid carer support: Direct to unpaid carer': 'Cymorth i ofalwyr di-dâl: yn uniongyrchol i’r gofalwr di-dâl',
    'Unpaid carer support: Support involving the person cared-for': 'Cymorth i ofalwyr di-dâl: cymorth sy’n cynnwys y person sy’n cael gofal',
  },
  serviceComponents: {
    Reablement: 'Ailalluogi',
    Equipment: 'Offer',
    'Short term residential care': 'Gofal preswyl tymor byr',
    'Short term nursing care': 'Gofal nyrsio tymor byr',
    'Home support or domiciliary care': 'Cymorth yn y cartref neu ofal cartref',
    'Shared Lives': 'Cysylltu Bywydau (Shared Lives)',
    'Community supported living': 'Byw â chymorth yn y gymuned',
    'Extra care housing': 'Tai gofal ychwanegol',
    'Direct payment': 'Taliad uniongyrchol',
  },
  dischargePathways: {
    '0': 'Llwybr 0: adref heb gymorth newydd',
    '1': 'Llwybr 1: adref gyda chymorth newydd neu ychwanegol, fel ailalluogi',
    '2': 'Llwybr 2: gwely yn y gymuned i wella',
    '3': 'Llwybr 3: lle mewn cartref gofal',
  },
};
