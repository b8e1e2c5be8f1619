import type { InstrumentDefinitionInput } from '@otforms/core';
import { concernInstruction, fesIItems } from './fes-i-items.js';

/**
 * Falls Efficacy Scale–International, 16 items scored 1–4, total 16–64, with
 * the proration rule for up to 4 missing items and the Delbaere bands.
 * Items, options, scoring and bands: domain brief §2.6.
 */
export const fesIDefinition = {
  id: 'fes-i-16',
  version: '1.0.0',
  title: 'Falls Efficacy Scale–International (FES-I)',
  description: `How concerned the person is about falling during 16 everyday activities. ${concernInstruction}`,
  citation:
    'Yardley L, Beyer N, Hauer K, Kempen G, Piot-Ziegler C, Todd C. Development and initial validation of the Falls Efficacy Scale-International (FES-I). Age and Ageing. 2005;34(6):614–619. Bands: Delbaere K, Close JCT, Mikolaizak AS, Sachdev PS, Brodaty H, Lord SR. The Falls Efficacy Scale International (FES-I). A comprehensive longitudinal validation study. Age and Ageing. 2010;39(2):210–216.',
  licence: {
    holder: 'Prevention of Falls Network Europe (ProFaNE), University of Manchester',
    terms:
      'Free to download from ProFaNE for use; the wording must be used unchanged. Terms for redistribution or changes in software have not been verified: check with the holder before commercial use.',
    attribution: 'FES-I © ProFaNE (Prevention of Falls Network Europe). Yardley L, et al. (2005).',
    commercialUseNeedsPermission: true,
  },
  notes: [
    'Item labels are short labels, not the official wording. Before use with people, take the exact item wording (with its examples) and instructions from the ProFaNE form, unchanged.',
    'With up to 4 items missing, the total is the mean of the answered items × 16, rounded up; with more than 4 missing there is no total. This rule is from a secondary source and has not been checked against the official FES-I guidance.',
    'Bands are those of Delbaere et al. (2010): low concern 16–19, moderate 20–27, high 28–64.',
  ],
  administrationModes: ['self-report', 'interview'],
  sections: [
    {
      id: 'concern',
      title: 'Concern about falling',
      description: concernInstruction,
      items: fesIItems,
    },
  ],
  scoring: {
    method: 'sum',
    totalLabel: 'FES-I (16–64)',
    // A higher total is more concern about falling.
    betterWhen: 'lower',
    missing: { rule: 'prorate', maxMissing: 4, rounding: 'up' },
    bandSets: [
      {
        id: 'delbaere-2010',
        label: 'Delbaere et al. (2010)',
        source: 'Delbaere K, et al. Age and Ageing 2010;39(2):210–216.',
        bands: [
          { min: 16, max: 19, label: 'Low concern' },
          { min: 20, max: 27, label: 'Moderate concern' },
          { min: 28, max: 64, label: 'High concern' },
        ],
      },
    ],
  },
} satisfies InstrumentDefinitionInput;
