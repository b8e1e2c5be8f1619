import { expect } from '@open-wc/testing';
import { recommendationFieldKey, suggestionFieldKey, suggestionKey } from '@otforms/machines';
import { domId, recommendationsTargetId } from './home-visit-fields.js';

/**
 * The error summary's links read the machine's error keys back into the
 * page's ids. The keys are made here with the machine's own helpers, so a
 * change to their format fails this test rather than silently sending the
 * links nowhere.
 */
describe('recommendationsTargetId: the machine’s error keys to the page’s fields', () => {
  it('takes a recommendation’s error to its field, a suggestion’s to its reason, anything else to the recommendations', () => {
    const suggestion = { instrumentId: 'home-check-fixture', ruleId: 'front-rail' };
    expect(recommendationsTargetId(recommendationFieldKey(2, 'what'))).to.equal(domId('recommendation', 2, 'what'));
    expect(recommendationsTargetId(recommendationFieldKey(0, 'status'))).to.equal('recommendation-0-status');
    expect(recommendationsTargetId(suggestionFieldKey(suggestion))).to.equal(domId('suggestion', suggestionKey(suggestion), 'reason'));
    expect(recommendationsTargetId(suggestionFieldKey(suggestion))).to.equal('suggestion-home-check-fixture-front-rail-reason');
    expect(recommendationsTargetId('recommendations')).to.equal('recommendations');
  });
});
