import type { Catalogue } from '../i18n/catalogue.js';
import { formatNumber } from '../i18n/intl.js';
import type { MissingReason } from './episode-summary-model.js';

/**
 * The words of `<ot-episode-summary>` in Welsh: the `episodeSummary`
 * namespace of the `cy` catalogue. Values and dates arrive written for the
 * locale. After a numeral Welsh keeps the noun singular ("3 mesur",
 * "10.5 awr"), so counts need one form. No word says a change is better or worse.
 */
const LOCALE = 'cy';

type Side = 'start' | 'end';
const sideName = (side: Side, ended: boolean) => (side === 'start' ? 'Dechrau' : ended ? 'Diwedd' : 'Diweddaraf');

export const episodeSummaryCy: Catalogue['episodeSummary'] = {
  measureTitles: { gas: 'Cyrhaeddiad nodau (sgôr T)', 'care-hours': 'Oriau gofal wedi’u cynllunio bob wythnos' },
  timepoints: {
    baseline: 'Llinell sylfaen',
    interim: 'Asesiad interim',
    discharge: 'Rhyddhau',
    start: 'Dechrau’r cyfnod',
    end: 'Diwedd y cyfnod',
    review: 'Adolygiad',
  },
  caption: (startedOn: string, endedOn: string | null) =>
    endedOn ? `Canlyniadau’r cyfnod, ${startedOn} i ${endedOn}` : `Canlyniadau hyd yma’r cyfnod a ddechreuodd ar ${startedOn}`,
  underWay: 'Mae’r cyfnod hwn ar waith: mae’r golofn olaf yn dangos y gwerthoedd diweddaraf hyd yma.',
  noGoalPlan: 'Nid oes gan y cyfnod hwn gynllun nodau, felly nid oes sgôr cyrhaeddiad nodau.',
  chartName: (ended: boolean, titles: readonly string[]) =>
    `${ended ? 'Dechrau a diwedd' : 'Dechrau a gwerthoedd diweddaraf'} ${formatNumber(LOCALE, titles.length)} mesur, pob un ar ei raddfa ei hun: ` +
    `${titles.join('; ')}. Mae’r ffigurau o dan “Dangos y ffigurau”.`,
  legendStart: 'Dechrau',
  legendEnd: (ended: boolean) => (ended ? 'Diwedd' : 'Diweddaraf hyd yma'),
  showFigures: 'Dangos y ffigurau',
  tableCaption: (ended: boolean) => (ended ? 'Dechrau a diwedd pob mesur' : 'Dechrau a gwerth diweddaraf pob mesur'),
  columnMeasure: 'Mesur',
  columnStart: 'Dechrau',
  columnEnd: (ended: boolean) => (ended ? 'Diwedd' : 'Diweddaraf'),
  columnChange: 'Newid',
  hoursAWeek: (_hours: number, value: string) => `${value} awr yr wythnos`,
  taken: (timepoint: string, date: string | null) => (date ? `${timepoint}, ${date}` : timepoint),
  missing: (reason: MissingReason, side: Side, ended: boolean) => {
    switch (reason.kind) {
      case 'no-total':
        return `Dim cyfanswm: ${reason.detail ?? (reason.incomplete ? 'anghyflawn' : 'heb ei sgorio')}`;
      case 'not-measured':
        return side === 'start' ? 'Heb ei fesur ar y dechrau' : ended ? 'Heb ei fesur ar y diwedd' : 'Heb ei fesur eto';
      case 'no-t-score':
        return 'Dim sgôr T: nid oes pwysau i unrhyw nod';
      case 'not-reviewed':
        return 'Heb ei adolygu eto';
      case 'not-recorded':
        return side === 'end' && !ended ? 'Anhysbys eto' : 'Heb ei gofnodi';
    }
  },
  changeNotKnown: 'Anhysbys',
  noChange: 'Dim newid',
  scaleGas: (min: string, max: string) => `Sgôr T: mae 50 yn golygu bod pob nod ar ei ganlyniad disgwyliedig. Wedi’i lunio o ${min} i ${max}.`,
  scaleHours: (min: string, max: string) => `Wedi’i lunio o ${min} i ${max} awr yr wythnos.`,
  scaleValues: (min: string, max: string) => `Nid yw’r cofnod yn rhoi ystod i’r cyfanswm hwn: wedi’i lunio o ${min} i ${max} i gynnwys y gwerthoedd.`,
  scaleInstrument: (min: string, max: string) => `Mae’r cyfansymiau’n amrywio o ${min} i ${max}.`,
  scaleNote: 'graddfa o’r gwerthoedd',
  chartLabel: (side: Side, ended: boolean, value: string, clamped: boolean) => `${sideName(side, ended)} ${value}${clamped ? ' (oddi ar y raddfa)' : ''}`,
  chartMissing: (side: Side, ended: boolean, text: string) => `${sideName(side, ended)}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`,
  noTotalShort: 'Dim cyfanswm (mae’r rheswm yn y ffigurau)',
  invalidRecord: 'Nid oes modd dangos y cyfnod hwn:',
};
