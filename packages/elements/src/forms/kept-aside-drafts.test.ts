import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, exportKeptAsideDraft, listKeptAsideDrafts, type DraftStorage, type KeptAsideReason } from '@otforms/core';
import { LocalStorageDraftStorage } from '../storage/local-storage-draft-storage.js';
import { until } from '../test-support/form-element-suite.js';
import { barthelDraft, checkedCodes, mountAssessment, notices } from './session.test-support.js';

const KEY = 'kept-aside-corpus';
const answered = { bowels: 'continent', bladder: 'occasional-accident' };

type Broken = { text: string } | { value: unknown };

/** A draft changed by `change`, from a Barthel draft with two answers. */
function changed(change: (draft: { context: Record<string, unknown> & { responses: Record<string, unknown>; instrument: Record<string, unknown> } }) => void): unknown {
  const draft = barthelDraft(answered) as Parameters<typeof change>[0];
  change(draft);
  return draft;
}

/** Broken drafts as a browser may hold them, and why each is kept aside. */
const corpus: readonly [string, KeptAsideReason, Broken][] = [
  ['garbage text', 'not-json', { text: '\u0000\u00ff garbage, not a draft {{' }],
  ['truncated JSON', 'not-json', { text: JSON.stringify(barthelDraft(answered)).slice(0, 120) }],
  ['a draft of another instrument', 'other-instrument', { value: changed((draft) => (draft.context.instrument['id'] = 'lawton-iadl-8')) }],
  ['a draft of another version of the instrument', 'other-instrument', { value: changed((draft) => (draft.context.instrument['version'] = '0.0.1-earlier')) }],
  ['a draft missing context.responses.invalidInputs', 'malformed', { value: changed((draft) => delete draft.context.responses['invalidInputs']) }],
  ['a draft whose instrument id is a 3 MB string', 'other-instrument', { value: changed((draft) => (draft.context.instrument['id'] = 'x'.repeat(3 * 1024 * 1024))) }],
  ['a draft that is not an object', 'malformed', { value: [1, 2, 3] }],
];

describe('<ot-assessment> with a draft it cannot use', () => {
  let storage: DraftStorage;
  afterEach(async () => {
    localStorage.removeItem(KEY);
    for (const { id } of await listKeptAsideDrafts(storage)) await storage.remove(`otforms:kept-aside:${id}`);
    await storage.remove('otforms:kept-aside');
  });

  for (const [what, reason, broken] of corpus) {
    it(`${what}: starts afresh at a question, keeps it aside once (${reason}) exactly as it was, and never saves over the copy`, async () => {
      storage = 'text' in broken ? new LocalStorageDraftStorage() : new MemoryDraftStorage();
      if ('text' in broken) localStorage.setItem(KEY, broken.text);
      else await storage.write(KEY, broken.value);
      const original = 'text' in broken ? broken.text : broken.value;

      const { element, driver, errors, kept } = await mountAssessment({ storageKey: KEY, storage });
      expect(driver.heading()?.textContent, 'never blank').to.equal('Activities of daily living');
      expect(element.shadowRoot!.querySelectorAll('ot-choice-question').length).to.be.greaterThan(0);
      expect(kept.map((entry) => [entry.draftKey, entry.reason])).to.deep.equal([[KEY, reason]]);
      expect(errors.map((error) => error.kind)).to.deep.equal(['draft']);
      expect(notices(element, 'kept-aside')).to.have.length(1);
      expect(await listKeptAsideDrafts(storage)).to.deep.equal(kept);
      expect((await exportKeptAsideDraft(storage, kept[0]!.id))?.draft).to.deep.equal(original);

      await driver.choose('feeding', 'independent');
      await until(async () => (await storage.read(KEY)) !== null && JSON.stringify(await storage.read(KEY)).includes('"feeding":"independent"'), 'the fresh start saved');
      expect(checkedCodes(element)).to.deep.equal({ feeding: 'independent' });
      expect((await exportKeptAsideDraft(storage, kept[0]!.id))?.draft, 'the copy as it was').to.deep.equal(original);
      expect(kept, 'kept aside once').to.have.length(1);
    });
  }

  it('a draft with extra fields is resumed with its answers (the machine reads only what it knows), and nothing is kept aside', async () => {
    storage = new MemoryDraftStorage();
    const draft = changed((draft) => {
      draft.context['addedByALaterVersion'] = { note: 'kept' };
      (draft as unknown as Record<string, unknown>)['somethingElse'] = 1;
    });
    await storage.write(KEY, draft);
    const { element, errors, kept } = await mountAssessment({ storageKey: KEY, storage });
    expect(checkedCodes(element)).to.deep.equal(answered);
    expect([errors, kept, await listKeptAsideDrafts(storage)]).to.deep.equal([[], [], []]);
  });

  it('a draft whose answer is a 3 MB string is resumed and shown, not blank', async () => {
    storage = new MemoryDraftStorage();
    const huge = 'x'.repeat(3 * 1024 * 1024);
    await storage.write(KEY, changed((draft) => ((draft.context.responses['answers'] as Record<string, unknown>)['bowels'] = huge)));
    const { element, driver, errors, kept } = await mountAssessment({ storageKey: KEY, storage });
    expect(driver.heading()?.textContent).to.equal('Activities of daily living');
    expect(checkedCodes(element)).to.deep.equal({ bladder: 'occasional-accident' });
    expect([errors, kept]).to.deep.equal([[], []]);
  });

  it('a store read that throws (not an unreadable draft) starts afresh in memory, reports storage, and never writes the key', async () => {
    const memory = new MemoryDraftStorage();
    memory.write(KEY, barthelDraft(answered));
    let writes = 0;
    storage = {
      read: (key) => {
        if (key === KEY) throw new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError');
        return memory.read(key);
      },
      write: (key, value) => {
        writes += 1;
        memory.write(key, value);
      },
      remove: (key) => memory.remove(key),
    };
    const { element, driver, errors, kept } = await mountAssessment({ storageKey: KEY, storage });
    expect(driver.heading()?.textContent).to.equal('Activities of daily living');
    expect([errors.map((error) => error.kind), kept]).to.deep.equal([['storage'], []]);
    await driver.choose('feeding', 'independent');
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writes, 'nothing written over what could not be read').to.equal(0);
    expect((memory.read(KEY) as { context: { responses: { answers: object } } }).context.responses.answers).to.deep.equal(answered);
  });
});
