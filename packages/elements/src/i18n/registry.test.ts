import { expect } from '@open-wc/testing';
import { catalogueFor, clearMessageOverrides, loadLocale, matchLocale, overrideMessages, provideSourceWords, registerLocale, registeredLocaleFor } from './registry.js';
import { enGB } from './en-gb.js';
import type { Catalogue, LocaleMessages } from './catalogue.js';

/** A catalogue for a language otforms does not ship, registered only by the tests that say so. */
const gaelic = (tag: string): Catalogue => ({ ...(enGB as Catalogue), locale: tag, assessment: { ...enGB.assessment, back: 'Air ais' } });

describe('locale registry', () => {
  afterEach(() => clearMessageOverrides());

  it('matches a tag to a registered language, and only falls back to en-GB where an element must speak', () => {
    expect([registeredLocaleFor('cy-GB'), registeredLocaleFor('en-US'), registeredLocaleFor('fr'), registeredLocaleFor('')]).to.deep.equal(['cy', 'en-GB', undefined, undefined]);
    expect(matchLocale('fr')).to.equal('en-GB');
  });

  it('never lays an element’s words for a language with no catalogue over en-GB', () => {
    const words: LocaleMessages = { fr: { assessment: { submit: 'Envoyer' } }, en: { assessment: { back: 'Go back' } } };
    const { catalogue } = catalogueFor('en-GB', words);
    expect([catalogue.assessment.submit, catalogue.assessment.back]).to.deep.equal([enGB.assessment.submit, 'Go back']);
    expect(catalogueFor('fr', words).catalogue.assessment.submit, 'a French page speaks en-GB, without the French words').to.equal(enGB.assessment.submit);
  });

  it('keeps overrideMessages for an unregistered language until its catalogue is registered, and never changes en-GB with them', () => {
    overrideMessages('ga', { assessment: { submit: 'Seol' } });
    overrideMessages('ga-IE', { assessment: { continue: 'Ar aghaidh' } });
    expect(catalogueFor('en-GB').catalogue.assessment.submit).to.equal(enGB.assessment.submit);
    expect(catalogueFor('ga').catalogue.assessment.submit).to.equal(enGB.assessment.submit);
    registerLocale(gaelic('ga'));
    const { catalogue } = catalogueFor('ga-IE');
    expect([catalogue.locale, catalogue.assessment.back, catalogue.assessment.submit, catalogue.assessment.continue]).to.deep.equal(['ga', 'Air ais', 'Seol', 'Ar aghaidh']);
    expect(catalogueFor('en-GB').catalogue.assessment.submit).to.equal(enGB.assessment.submit);
  });

  it('still checks overrideMessages for an unregistered language at once', () => {
    expect(() => overrideMessages('gv', { assessment: { nope: 'x' } } as never)).to.throw(TypeError, /assessment\.nope is not a message/);
  });

  it('forgets waiting words with clearMessageOverrides', () => {
    overrideMessages('kw', { assessment: { submit: 'Danvon' } });
    clearMessageOverrides();
    registerLocale(gaelic('kw'));
    expect(catalogueFor('kw').catalogue.assessment.submit).to.equal(enGB.assessment.submit);
  });

  it('treats words that are not an object by locale tag as none rather than throwing', async () => {
    await loadLocale('cy');
    for (const words of ['{"cy":{}}', 3, ['cy']]) {
      expect(catalogueFor('cy', words as never).catalogue.assessment.back).to.equal('Yn ôl');
    }
  });

  // This file defines no goal plan: the goals area joins only when the test provides it, as <ot-goal-plan>'s class does.
  it('keeps the words of an area whose element is not defined yet, checks them when it is, and lays them over then', () => {
    expect(catalogueFor('en-GB').catalogue.goals, 'a page without a goal plan does not carry its words').to.equal(undefined);
    registerLocale({ ...gaelic('gd'), goals: { ...enGB.goals, loading: 'A’ luchdadh', nope: 'x' } as never });
    overrideMessages('en-GB', { goals: { noGoals: 'Nothing agreed yet.' } });
    expect(() => overrideMessages('en-GB', { goal: { noGoals: 'x' } } as never), 'an area that does not exist is still a typo').to.throw(TypeError, /messages\.goal is not a message/);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      provideSourceWords({ goals: enGB.goals });
      provideSourceWords({ goals: { ...enGB.goals, noGoals: 'provided twice' } });
      const gd = catalogueFor('gd').catalogue;
      const en = catalogueFor('en-GB').catalogue;
      expect([gd.goals.loading, gd.assessment.back, en.goals.noGoals, en.goals.loading]).to.deep.equal(['A’ luchdadh', 'Air ais', 'Nothing agreed yet.', enGB.goals.loading]);
      expect((gd.goals as Record<string, unknown>).nope).to.equal(undefined);
      expect(warnings).to.deep.equal(['otforms: ignored gd.goals.nope is not a message']);
    } finally {
      console.warn = warn;
    }
  });
  it('keeps words as they were given: a host that reuses its object afterwards changes nothing already checked', () => {
    const words = { goals: { noGoals: 'Nothing agreed yet.' } };
    overrideMessages('en-GB', words);
    const catalogue = { ...gaelic('gd'), goals: { ...enGB.goals, loading: 'A’ luchdadh' } };
    registerLocale(catalogue);
    words.goals.noGoals = 'Changed after the call';
    catalogue.goals.loading = 'Changed after the call';
    // The registry lays what it was given over en-GB when a catalogue is asked for, perhaps long after the call (and again as elements' words join).
    expect([catalogueFor('en-GB').catalogue.goals.noGoals, catalogueFor('gd').catalogue.goals.loading]).to.deep.equal(['Nothing agreed yet.', 'A’ luchdadh']);
  });
});
