import type { InstrumentDefinitionInput } from '@otforms/core';
import { concernInstruction, fesIItems, type FesIItemId } from '../fes-i/fes-i-items.js';

/** Items 2, 4, 6, 7, 9, 15 and 16 of FES-I, with the same ids (domain brief §2.6). */
export const shortFesIItemIds: FesIItemId[] = ['dressing', 'bathing', 'chair', 'stairs', 'reaching', 'slope', 'socialEvent'];

/**
 * Short FES-I, 7 items of FES-I scored 1–4, total 7–28. No missing-item rule
 * is published, so any missing item means no total.
 */
export const shortFesIDefinition = {
  id: 'short-fes-i-7',
  version: '1.0.0',
  title: 'Short Falls Efficacy Scale–International (Short FES-I)',
  description: `How concerned the person is about falling during 7 everyday activities. ${concernInstruction}`,
  citation:
    'Kempen GIJM, Yardley L, van Haastregt JCM, Zijlstra GAR, Beyer N, Hauer K, Todd C. The Short FES-I: a shortened version of the falls efficacy scale-international to assess fear of falling. Age and Ageing. 2008;37(1):45–50.',
  licence: {
    holder: 'Prevention of Falls Network Europe (ProFaNE), University of Manchester',
    terms:
      'Free to download from ProFaNE for use; the wording must be used unchanged. Terms for redistribution or changes in software have not been verified: check with the holder before commercial use.',
    attribution: 'Short FES-I © ProFaNE (Prevention of Falls Network Europe). Kempen GIJM, et al. (2008).',
    commercialUseNeedsPermission: true,
  },
  notes: [
    'Item labels are short labels, not the official wording. Before use with people, take the exact item wording (with its examples) and instructions from the ProFaNE form, unchanged.',
    'No missing-item rule for Short FES-I was found, so any missing item means no total (library policy).',
    'The bands 7–8 low, 9–13 moderate and 14–28 high are commonly quoted but have not been verified against the published guidance. Check them before using them to make decisions.',
  ],
  administrationModes: ['self-report', 'interview'],
  sections: [
    {
      id: 'concern',
      title: 'Concern about falling',
      description: concernInstruction,
      items: fesIItems.filter((item) => shortFesIItemIds.includes(item.id)),
    },
  ],
  scoring: {
    method: 'sum',
    totalLabel: 'Short FES-I (7–28)',
    // A higher total is more concern about falling.
    betterWhen: 'lower',
    missing: { rule: 'no-total' },
    bandSets: [
      {
        id: 'commonly-quoted',
        label: 'Commonly quoted bands',
        source: 'Commonly quoted in secondary sources; not verified against the published Short FES-I guidance.',
        bands: [
          { min: 7, max: 8, label: 'Low concern' },
          { min: 9, max: 13, label: 'Moderate concern' },
          { min: 14, max: 28, label: 'High concern' },
        ],
      },
    ],
  },
} satisfies InstrumentDefinitionInput;
