import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { buildOutcomeRecord, parseDefinition, type AssessmentRecord } from '@otforms/core';
import { renderCompletedPage } from './render-pages.js';
import { enGB } from '../i18n/en-gb.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { sampleDefinition } from '../../../core/src/test-support/sample-definitions.js';

const definition = parseDefinition(sampleDefinition);
const record = buildOutcomeRecord(
  definition,
  { answers: { walk: 'alone', stairs: 'alone', visits: 3, seenOn: '2026-03-04' }, invalidInputs: {}, notAssessed: [] },
  { recordId: '5f0c8a3e-1b2d-4c6e-8f9a-0b1c2d3e4f5a', startedAt: '2026-11-22T09:00:00.000Z', completedAt: '2026-11-22T09:30:00.000Z' },
);

/** The score rows of the completed page, as "label: value". */
function scoreRows(shown: AssessmentRecord): string[] {
  const container = document.createElement('div');
  render(renderCompletedPage(definition, shown, { t: enGB as Catalogue, textLang: 'en-GB' }), container);
  return [...container.querySelectorAll('.score .summary-row')].map((row) => `${row.querySelector('dt')!.textContent}: ${row.querySelector('dd')!.textContent}`);
}

describe('the completed page', () => {
  it('shows the scores the record holds', () => {
    expect(scoreRows(record)).to.deep.equal(['Total: 4 out of 4', 'Out of 40: 40 out of 40', 'Simple: High']);
  });

  it('reads them from the record, never by scoring its answers again', () => {
    // A record whose figures its answers would not give: the page shows the record's.
    const kept = { ...record, total: 1, scales: { x10: 10 }, band: { bandSetId: 'simple', bandSetLabel: 'Simple', scale: 'total', value: 1, label: 'Low' } };
    expect(scoreRows(kept)).to.deep.equal(['Total: 1 out of 4', 'Out of 40: 10 out of 40', 'Simple: Low']);
  });
});
