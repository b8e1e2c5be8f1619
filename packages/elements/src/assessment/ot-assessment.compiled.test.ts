import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { compileDefinition, InstrumentDefinitionSchema, loadDefinition, MemoryDraftStorage, OTFORMS_VERSION, type AssessmentRecord } from '@otforms/core';
import { catalogue, getInstrument } from '@otforms/instruments';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { forgeCompiled } from '../../../core/src/test-support/forge-compiled.js';

/**
 * A definition compiled ahead of time (compileDefinition), as a host ships a
 * catalogue form: stored as JSON, read back and given to `loadDefinition` (the
 * host's decision to trust it), the element takes it without running the
 * schema, and the assessment and its record are the raw definition's. A
 * compiled definition given to the element as it is, forged or edited, is
 * not trusted: its definition is checked in full, as a raw one is.
 */

const barthel = getInstrument('barthel-cw20')!;
const reference = catalogue[0]!.referenceCases[1]!;
const compiledFromJson = () => JSON.parse(JSON.stringify(compileDefinition(barthel)));

let renders = 0;

async function render(definition: unknown) {
  // A key of its own: two forms of one instrument on a page would otherwise share a draft, and the second would wait for the first.
  const element = await fixture<OtAssessment>(
    html`<ot-assessment storage-key=${`compiled-test-${++renders}`} .definition=${definition} .storage=${new MemoryDraftStorage()}></ot-assessment>`,
  );
  const driver = new AssessmentDriver(element);
  await driver.settle();
  return { element, driver };
}

async function recordOf(definition: unknown): Promise<AssessmentRecord> {
  const { element, driver } = await render(definition);
  const missing = barthel.sections[0]!.items.map((item) => item.id).filter((id) => !(id in reference.answers));
  const outcome = oneEvent(element, 'ot-outcome');
  await driver.complete(reference.answers, missing);
  return ((await outcome) as CustomEvent<AssessmentRecord>).detail;
}

/** Gives the element a definition and waits for the definition problems it reports and shows. */
async function definitionIssues(definition: unknown) {
  const element = document.createElement('ot-assessment');
  element.storage = new MemoryDraftStorage();
  const reported = oneEvent(element, 'ot-error');
  element.definition = definition;
  document.body.append(element);
  try {
    const { detail } = (await reported) as CustomEvent<{ kind: string; issues: { path: string; message: string }[] }>;
    await element.updateComplete;
    return { kind: detail.kind, issues: detail.issues, shown: element.shadowRoot!.querySelector('[role=alert]')!.textContent };
  } finally {
    element.remove();
  }
}

/** The record without its id and times, which differ between any two runs. */
const timeless = (record: AssessmentRecord) =>
  JSON.parse(JSON.stringify(record), (key, value) => (key === 'recordId' || /At$/.test(key) ? 'differs' : value));

/** How often the definition schema runs while `run` does. */
async function schemaRuns(run: () => Promise<unknown>): Promise<number> {
  const schema = InstrumentDefinitionSchema as { safeParse: (...args: unknown[]) => unknown };
  const original = schema.safeParse;
  let runs = 0;
  schema.safeParse = (...args) => {
    runs++;
    return original.apply(schema, args);
  };
  try {
    await run();
  } finally {
    schema.safeParse = original;
  }
  return runs;
}

describe('<ot-assessment> with a compiled definition', () => {
  it('renders loadDefinition(compiled) without running the definition schema', async () => {
    const compiled = compiledFromJson();
    let element: OtAssessment | undefined;
    let driver: AssessmentDriver | undefined;
    expect(await schemaRuns(async () => ({ element, driver } = await render(loadDefinition(compiled))))).to.equal(0);
    expect(driver!.heading()!.textContent).to.equal('Activities of daily living');
    expect(element!.shadowRoot!.querySelectorAll('ot-choice-question')).to.have.length(10);
    // The count can fail: the same definition given raw runs the schema.
    expect(await schemaRuns(() => render(structuredClone(barthel)))).to.be.greaterThan(0);
  });

  it('checks a compiled definition given to it as it is in full (the host did not say to trust it)', async () => {
    expect(await schemaRuns(() => render(compiledFromJson()))).to.equal(1);
  });

  it('gives the same record as the raw definition', async () => {
    const raw = await recordOf(barthel);
    const compiled = await recordOf(loadDefinition(compiledFromJson()));
    expect(compiled.total).to.equal(reference.expected.total);
    expect(timeless(compiled)).to.deep.equal(timeless(raw));
  });

  it('shows the problems of a forged compiled definition, checksum and all, as it would a raw one', async () => {
    const definition = structuredClone(compiledFromJson().definition);
    definition.sections[0].items[1].id = definition.sections[0].items[0].id;
    const forged = forgeCompiled(definition, OTFORMS_VERSION);
    // A real forgery: the host's loadDefinition would take it unchecked.
    expect(loadDefinition(structuredClone(forged)).sections[0]!.items[1]!.id).to.equal('bowels');
    const shown = await definitionIssues(forged);
    expect(shown.kind).to.equal('definition');
    expect(shown.issues).to.deep.equal([{ path: 'sections[0].items[1].id', message: 'Item id "bowels" is already used at sections[0].items[0].id' }]);
    expect(shown.shown).to.contain('sections[0].items[1].id');
  });

  it('checks an edited compiled definition in full, and shows its problems as it would a raw one', async () => {
    const edited = compiledFromJson();
    edited.definition.sections[0].items[1].id = edited.definition.sections[0].items[0].id;
    const shown = await definitionIssues(edited);
    expect(shown.kind).to.equal('definition');
    expect(shown.issues).to.deep.equal([{ path: 'sections[0].items[1].id', message: 'Item id "bowels" is already used at sections[0].items[0].id' }]);
    expect(shown.shown).to.contain('sections[0].items[1].id');
  });

  it('uses an edited compiled definition that is still valid, as edited', async () => {
    const edited = compiledFromJson();
    edited.definition.sections[0].title = 'Everyday activities';
    const { driver } = await render(edited);
    expect(driver.heading()!.textContent).to.equal('Everyday activities');
  });
});
