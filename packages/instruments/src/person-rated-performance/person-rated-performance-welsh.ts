import type { TranslationInput } from '../definition-input.js';
import { otformsWelshSource } from '../otforms-licence.js';

const performanceScale = 'O 1 (methu ei wneud o gwbl) i 10 (yn ei wneud yn dda iawn).';
const satisfactionScale = 'O 1 (ddim yn fodlon o gwbl) i 10 (yn gwbl fodlon).';
const atReview = 'Gadewch yn wag tan yr adolygiad.';

/**
 * Our own Welsh for person-rated-performance: every text field, none left in
 * English (catalogue.test.ts checks). The references in the notes (journal
 * names, a DOI, the COPM's name) stay as published.
 */
export const personRatedPerformanceWelsh = {
  source: otformsWelshSource,
  title: 'Perfformiad galwedigaethol wedi’i sgorio gan y person',
  description:
    'Cytunwch â’r person ar hyd at 5 o weithgareddau mae eisiau neu angen eu gwneud ac sy’n anodd ar hyn o bryd, yn ei eiriau ei hun. Ar gyfer pob gweithgaredd, mae’r person yn rhoi 3 sgôr o 1 i 10: pa mor bwysig yw’r gweithgaredd iddo, pa mor dda mae’n ei wneud nawr, a pha mor fodlon ydyw â’r ffordd mae’n ei wneud nawr. Yn yr adolygiad, mae’n sgorio eto pa mor dda mae’n ei wneud a pha mor fodlon ydyw.',
  notes: [
    'Patrwm cyffredinol yw hwn, gyda’i eiriad ei hun. Nid y Canadian Occupational Performance Measure (COPM) mohono, nac unrhyw fesur arall sydd wedi’i gyhoeddi, ac ni ddylid ei gyflwyno fel un ohonyn nhw. Nid yw’n defnyddio dim o’u henwau, eu geiriad, eu meysydd na’u protocol cyfweld.',
    'Mae pob sgôr yn gyfartaledd o’r sgorau a roddwyd: perfformiad a bodlonrwydd nawr dros bob gweithgaredd, ac yn yr adolygiad dros y gweithgareddau a sgoriwyd yn yr adolygiad. Sgoriwch bob gweithgaredd yn yr adolygiad, fel bod y newid yn cymharu’r un gweithgareddau.',
    'Caiff newid o 2 bwynt neu fwy ei nodi’n newid ystyrlon. Mae’r gwerth diofyn yn dilyn amcangyfrifon cyhoeddedig o’r newid pwysig lleiaf ar raddfeydd 1–10 a sgorir gan y person (tua 2.2 ar gyfer perfformiad a 2.1 ar gyfer bodlonrwydd mewn cleifion mewnol is-aciwt, J Patient Rep Outcomes 2021, doi:10.1186/s41687-021-00405-y; trothwyon o 0.9 i 1.9 mewn therapi galwedigaethol i gleifion allanol, Eyssen et al., J Rehabil Res Dev 2011). Gall cyngor newid y gwerth yn ei gopi ei hun o’r diffiniad hwn.',
  ],
  sections: {
    ratings: { title: 'Gweithgareddau mae’r person eisiau neu angen eu gwneud' },
  },
  items: {
    activities: { label: 'Gweithgareddau', hint: 'Ychwanegwch hyd at 5 o weithgareddau.', entryLabel: 'Gweithgaredd' },
    activity: {
      label: 'Gweithgaredd',
      hint: 'Yng ngeiriau’r person ei hun, er enghraifft “Gwneud pryd poeth” neu “Mynd i’r siopau”.',
    },
    importance: { label: 'Pwysigrwydd', hint: 'Pa mor bwysig yw’r gweithgaredd hwn i’r person, o 1 (ddim yn bwysig) i 10 (y pwysicaf oll).' },
    performance: { label: 'Perfformiad nawr', hint: performanceScale },
    satisfaction: { label: 'Bodlonrwydd nawr', hint: satisfactionScale },
    performanceAtReview: { label: 'Perfformiad yn yr adolygiad', hint: `${atReview} ${performanceScale}` },
    satisfactionAtReview: { label: 'Bodlonrwydd yn yr adolygiad', hint: `${atReview} ${satisfactionScale}` },
  },
  scoring: {
    groupScores: {
      performance: 'Perfformiad nawr (cyfartaledd)',
      satisfaction: 'Bodlonrwydd nawr (cyfartaledd)',
      performanceAtReview: 'Perfformiad yn yr adolygiad (cyfartaledd)',
      satisfactionAtReview: 'Bodlonrwydd yn yr adolygiad (cyfartaledd)',
    },
    differences: {
      performanceChange: 'Newid mewn perfformiad',
      satisfactionChange: 'Newid mewn bodlonrwydd',
    },
    thresholds: {
      'meaningful-performance-change': 'Perfformiad wedi gwella 2 bwynt neu fwy',
      'meaningful-satisfaction-change': 'Bodlonrwydd wedi gwella 2 bwynt neu fwy',
    },
  },
} satisfies TranslationInput;
