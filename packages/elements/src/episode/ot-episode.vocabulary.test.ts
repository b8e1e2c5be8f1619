import { expect, oneEvent } from '@open-wc/testing';
import '../define.js';
import { englandCldVocabulary, type EpisodeRecord } from '@otforms/core';
import { field, openTask } from '../../../machines/src/episode/episode-script.test-support.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { chooseIn, clickText, driverInput, normalise, renderEpisode, storageAfter } from '../test-support/episode-driver.js';
import { exampleScottishVocabulary, scottishClosure } from '../test-support/scotland-example.js';

/**
 * `<ot-episode>`'s `vocabulary`: the lists the route of access and the end
 * outcome are chosen from. England's CLD by default; another nation's lists
 * label their own choices, go into the record as codings of their system,
 * and leave out the CLD next service.
 */

/** The labels of a radio question's options, in order, and their values. */
function options(root: ShadowRoot, hostId: string): [string, string][] {
  const question = root.querySelector(`#${hostId}`)!.shadowRoot!;
  return [...question.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((input) => [input.value, normalise(question.querySelector(`label[for="${input.id}"]`)?.textContent)]);
}

const scottishStart = { ...driverInput, vocabulary: exampleScottishVocabulary };

describe('<ot-episode> vocabulary', () => {
  it('offers England’s CLD routes of access by default, each labelled as CLD writes it', async () => {
    const { driver } = await renderEpisode({ storage: storageAfter([openTask]) });
    const routes = options(driver.root, 'field-request-routeOfAccess');
    expect(routes.map(([code]) => code)).to.deep.equal(englandCldVocabulary.routesOfAccess.map((entry) => entry.code));
    expect(routes.every(([code, label]) => code === label)).to.equal(true);
    expect(driver.root.querySelector('#field-request-routeOfAccess')!.shadowRoot!.textContent).to.contain('client level data');
  });

  it('offers a local vocabulary’s own labels; an entry without one takes the catalogue’s label for its code, else the code', async () => {
    const vocabulary = {
      ...exampleScottishVocabulary,
      routesOfAccess: [...exampleScottishVocabulary.routesOfAccess, { code: 'Discharge from Hospital' }, { code: 'R99' }],
    };
    const { driver } = await renderEpisode({ vocabulary, storage: storageAfter([openTask], undefined, { ...driverInput, vocabulary }) });
    expect(options(driver.root, 'field-request-routeOfAccess')).to.deep.equal([
      ['R01', 'Referral from the hospital discharge team'],
      ['R02', 'Referral from a GP or community health team'],
      ['R03', 'Referral from social work'],
      ['R04', 'Self-referral, or referral by family or a carer'],
      ['R05', 'Another route'],
      ['Discharge from Hospital', 'Discharge from Hospital'],
      ['R99', 'R99'],
    ]);
    const hint = driver.root.querySelector('#field-request-routeOfAccess')!.shadowRoot!.textContent!;
    expect(hint).to.contain('How the request came in.');
    expect(hint).to.not.contain('client level data');
  });

  it('labels a local entry without a label by the Welsh catalogue’s label for its code on a Welsh page', async () => {
    const vocabulary = {
      ...exampleScottishVocabulary,
      routesOfAccess: [...exampleScottishVocabulary.routesOfAccess, { code: 'Discharge from Hospital' }, { code: 'R99' }],
    };
    const { driver: welsh } = await renderEpisode({ vocabulary, lang: 'cy', storage: storageAfter([openTask], undefined, { ...driverInput, vocabulary }) });
    expect(options(welsh.root, 'field-request-routeOfAccess').slice(-3)).to.deep.equal([
      ['R05', 'Another route'],
      ['Discharge from Hospital', 'Rhyddhau o’r ysbyty'],
      ['R99', 'R99'],
    ]);
  });

  it('closes a Scottish episode with its own end outcome as a coding, and no CLD next service', async () => {
    const { element, driver } = await renderEpisode({ vocabulary: exampleScottishVocabulary, storage: storageAfter(scottishClosure, undefined, scottishStart) });
    expect(driver.heading()).to.equal('Close the episode');
    expect(options(driver.root, 'field-endOutcome').map(([code]) => code)).to.deep.equal(['E01', 'E02', 'E03', 'E04', 'E05', 'E06', 'E07', 'E08']);
    expect(driver.root.querySelector('#field-nextServiceType, #field-nextServiceComponent')).to.equal(null);
    await expectNoAxeViolations(element);
    await chooseIn(driver, 'field-endOutcome', 'E02');
    const outcome = oneEvent(element, 'ot-outcome');
    await clickText(driver, 'Close the episode');
    const record = (await outcome).detail as EpisodeRecord;
    const { system } = exampleScottishVocabulary;
    expect(record.episode.endOutcomeCoding).to.deep.equal({ system, code: 'E02', display: 'Less support needed than before' });
    expect(record.episode.request.routeOfAccessCoding).to.deep.equal({ system, code: 'R01', display: 'Referral from the hospital discharge team' });
    expect(record.episode).to.not.have.any.keys('endOutcome', 'nextService');
    expect(record.episode.request).to.not.have.property('routeOfAccess');
  });

  it('takes a new vocabulary while under way, from its draft, keeping what was written', async () => {
    const steps = [openTask, field('request.date', '2026-11-02'), field('request.routeOfAccess', 'R03')];
    const { element, driver } = await renderEpisode({ vocabulary: exampleScottishVocabulary, storage: storageAfter(steps, undefined, scottishStart) });
    expect(options(driver.root, 'field-request-routeOfAccess')[0]).to.deep.equal(['R01', 'Referral from the hospital discharge team']);
    element.vocabulary = englandCldVocabulary;
    await driver.settle();
    expect(driver.heading()).to.equal('Referral and start of reablement');
    expect(options(driver.root, 'field-request-routeOfAccess').map(([code]) => code)).to.deep.equal(englandCldVocabulary.routesOfAccess.map((entry) => entry.code));
    expect(driver.root.querySelector<HTMLElement & { value: string }>('#field-request-date')!.value).to.equal('2026-11-02');
    // R03 is not one of CLD's routes: continuing names the field.
    await clickText(driver, 'Save and continue');
    expect(driver.errorLinks()).to.include('Select the route of access');
  });

  it('refuses a vocabulary that is not valid, naming each problem', async () => {
    const vocabulary = { ...exampleScottishVocabulary, eventOutcomes: [{ code: 'E01' }, { code: 'E01' }] };
    const { element, driver } = await renderEpisode({ vocabulary });
    const summary = driver.root.querySelector('.error-summary')!;
    expect(normalise(summary.querySelector('h2')?.textContent)).to.equal('The episode cannot start because its vocabulary is not valid.');
    expect(normalise(summary.querySelector('li')?.textContent)).to.contain('eventOutcomes[1].code');
    const { driver: welsh } = await renderEpisode({ vocabulary, lang: 'cy' });
    expect(normalise(welsh.root.querySelector('.error-summary h2')?.textContent)).to.equal('Ni all y cyfnod ddechrau am nad yw ei eirfa yn ddilys.');
    await expectNoAxeViolations(element);
  });
});
