import { describe, expect, it } from 'vitest';
import { EXTRACT_COLUMNS } from '../extract/extract-columns.js';
import { createOutcomeExtractor, outcomeExtract } from '../extract/outcome-extract.js';
import { summariseOutcomes } from '../summarise/outcome-summariser.js';
import { episodeVariant } from '../test-support/episode-variants.js';
import { outcomeExtractCsv } from './extract-csv.js';
import { outcomeSummaryCsv } from './summary-csv.js';

const lines = (csv: string) => csv.split('\r\n').filter(Boolean);

describe('outcomeSummaryCsv', () => {
  const records = Array.from({ length: 6 }, (_, index) => episodeVariant(index === 0 ? { episode: { endOutcome: 'NFA: Deceased' } } : {}));
  const csv = outcomeSummaryCsv(summariseOutcomes(records, { groupBy: (record) => (record.recordId < records[3]!.recordId ? 'North' : 'South') }));

  it('writes one figure a row in four columns, for the whole and each group', () => {
    const rows = lines(csv);
    expect(rows[0]).toBe('group,period,figure,value');
    expect(rows).toContain(',,counts.episodes,6');
    expect(rows).toContain(',,ascof2a.numerator,5');
    expect(rows.some((row) => row.startsWith('North,,counts.episodes,'))).toBe(true);
    expect(rows).toContain(',,followUp.84-day.at-home,6');
  });

  it('suppresses small counts, here one death and each group of three', () => {
    expect(lines(csv)).toContain(',,ascof2a.excluded,fewer than 5');
    expect(lines(csv)).toContain('South,,counts.episodes,fewer than 5');
    expect(lines(outcomeSummaryCsv(summariseOutcomes(records), { threshold: 1 }))).toContain(',,ascof2a.excluded,1');
  });
});

describe('outcomeSummaryCsv with headers for people', () => {
  it('writes the labels given as the header and keeps every row as the machine-named file has it', () => {
    const summary = summariseOutcomes([episodeVariant(), episodeVariant()]);
    const machine = outcomeSummaryCsv(summary);
    const people = outcomeSummaryCsv(summary, { headers: { group: 'Grŵp', period: 'Cyfnod, amser', figure: 'Ffigur', value: '=Gwerth' } });
    expect(lines(people)[0]).toBe(`Grŵp,"Cyfnod, amser",Ffigur,'=Gwerth`);
    expect(lines(people).slice(1)).toEqual(lines(machine).slice(1));
  });
});

describe('outcomeExtractCsv', () => {
  it('writes a header for people when given one, naming each instrument by its own id', () => {
    const extract = outcomeExtract([episodeVariant()]);
    const machine = lines(outcomeExtractCsv(extract));
    const people = lines(outcomeExtractCsv(extract, { header: (column) => (column.instrument ? `${column.instrument.id} (${column.instrument.at})` : column.name.toUpperCase()) }));
    expect(people[0]!.split(',')).toEqual([...EXTRACT_COLUMNS.map((column) => column.name.toUpperCase()), 'barthel-cw20 (baseline)', 'barthel-cw20 (discharge)']);
    expect(people.slice(1)).toEqual(machine.slice(1));
  });

  it('writes one row per episode in the extract’s columns, lists joined by ";"', () => {
    const withAdaptations = episodeVariant({
      episode: {
        majorAdaptations: [
          { description: 'Level access shower', recommendedOn: '2026-11-01', completedOn: '2027-01-30' },
          { description: 'Ramp', recommendedOn: '2026-11-10', completedOn: '2027-06-08' },
        ],
      },
    });
    const extract = outcomeExtract([episodeVariant(), withAdaptations, withAdaptations.goalPlan, { not: 'a record' }]);
    const rows = lines(outcomeExtractCsv(extract));
    expect(rows).toHaveLength(3);
    const header = rows[0]!.split(',');
    expect(header).toEqual([...EXTRACT_COLUMNS.map((column) => column.name), 'barthel_cw20_baseline', 'barthel_cw20_discharge']);
    const second = Object.fromEntries(header.map((name, index) => [name, rows[2]!.split(',')[index]]));
    expect(second).toMatchObject({ recordId: withAdaptations.recordId, majorAdaptationDaysToComplete: '90;210', careHoursChange: 'reduced', barthel_cw20_baseline: '12', barthel_cw20_discharge: '18' });
    expect(extract.unreadable).toEqual([expect.objectContaining({ position: 3, recordId: null })]);
  });
});

describe('outcomeExtract and createOutcomeExtractor', () => {
  /** An episode whose Barthel records carry another instrument id. */
  const withInstrumentId = (id: string) => {
    const record = episodeVariant();
    for (const { record: assessment } of record.assessments) assessment.instrument.id = id;
    return record;
  };

  it('refuses two instrument ids that would share columns, in one set or across batches', () => {
    expect(() => outcomeExtract([withInstrumentId('fes-i'), withInstrumentId('fes_i')])).toThrow(/"fes-i" and "fes_i" would share the columns fes_i_baseline/);
    const extractor = createOutcomeExtractor();
    extractor.add(withInstrumentId('fes-i'));
    expect(() => extractor.add(withInstrumentId('fes_i'))).toThrow(RangeError);
  });

  it('gives one record at a time what outcomeExtract gives all at once', () => {
    const records = [episodeVariant(), null, episodeVariant()];
    const extractor = createOutcomeExtractor();
    for (const record of records) extractor.add(record);
    expect(extractor.result()).toEqual(outcomeExtract(records));
  });
});

