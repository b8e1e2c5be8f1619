import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, listKeptAsideDrafts } from '@otforms/core';
import { mountAssessment, notices } from './session.test-support.js';

const KEY = 'kept-aside-moved';

describe('a draft that cannot be used', () => {
  it('is moved aside, not copied: two loads of the same broken draft keep one entry and fire one event', async () => {
    const storage = new MemoryDraftStorage();
    storage.write(KEY, { nonsense: 'not a draft of this form' });
    const first = await mountAssessment({ storageKey: KEY, storage });
    await first.element.updateComplete;
    expect(first.kept).to.have.length(1);
    expect(notices(first.element, 'kept-aside')).to.have.length(1);
    await first.element.updateComplete;
    expect(storage.read(KEY), 'removed from its key once safe').to.equal(null);
    first.element.remove();

    const second = await mountAssessment({ storageKey: KEY, storage });
    expect([second.kept, second.errors]).to.deep.equal([[], []]);
    expect(notices(second.element, 'kept-aside')).to.have.length(0);
    expect((await listKeptAsideDrafts(storage)).map((entry) => entry.id)).to.deep.equal([first.kept[0]!.id]);
  });
});
