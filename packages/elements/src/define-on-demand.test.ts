import { expect } from '@open-wc/testing';
import { defineOnDemand } from './define-on-demand.js';

describe('defineOnDemand', () => {
  it('loads once however often it is asked', async () => {
    let loads = 0;
    const load = defineOnDemand(async () => {
      loads += 1;
    });
    await Promise.all([load(), load(), load()]);
    await load();
    expect(loads).to.equal(1);
  });

  it('rejects a failed load for the caller to report, and tries again when asked next', async () => {
    let loads = 0;
    const load = defineOnDemand(async () => {
      loads += 1;
      if (loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
    });
    let reported: unknown;
    await load().catch((error: unknown) => (reported = error));
    expect(reported).to.be.instanceOf(TypeError);
    await load();
    expect(loads, 'the second call loaded again, and succeeded').to.equal(2);
    await load();
    expect(loads).to.equal(2);
  });
});
