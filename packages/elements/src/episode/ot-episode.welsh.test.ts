import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage } from '@otforms/core';
import type { OtErrorDetail } from '../events/ot-error-event.js';
import type { OtEpisode } from './ot-episode.js';
import '../define.js';
import { afterClosure, afterReferral, episode, field, openTask } from '../../../machines/src/episode/episode-script.test-support.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { deepActiveElement } from '../test-support/keyboard.js';
import { clickText, normalise, renderEpisode, storageAfter } from '../test-support/episode-driver.js';

/**
 * An episode on a Welsh page (`lang="cy"` on an element around it) speaks
 * Welsh on every page: the task list, a page with its errors, the closed
 * episode's summary with its chart, table and dates. The CLD values stay
 * as codes in the draft and the record; only their labels are Welsh.
 */

const welsh = { lang: 'cy' };

describe('<ot-episode> in Welsh', () => {
  it('shows the task list in Welsh', async () => {
    const { element, driver } = await renderEpisode({ ...welsh, storage: storageAfter(afterReferral) });
    expect(driver.heading()).to.equal('Cyfnod ailalluogi');
    expect(normalise(driver.root.querySelector('.caption[role=status]')?.textContent)).to.equal('Rydych wedi cwblhau 1 o 7 tasg.');
    expect(driver.statuses()).to.deep.equal({
      'Atgyfeirio a dechrau ailalluogi': 'Wedi cwblhau',
      'Asesiad cychwynnol': 'Heb ddechrau eto',
      'Cytuno ar nodau': 'Methu dechrau eto',
      'Offer, addasiadau a chyngor': 'Methu dechrau eto',
      'Adolygu nodau a’r asesiad terfynol': 'Methu dechrau eto',
      'Cau’r cyfnod': 'Methu dechrau eto',
      'Dilyn i fyny': 'Methu dechrau eto',
    });
    expect(driver.root.querySelector('.task-list')!.getAttribute('aria-label')).to.equal('Tasgau');
    await expectNoAxeViolations(element);
  });

  it('names the problems of a page in Welsh, in the error summary that takes focus and beside each field', async () => {
    const { element, driver } = await renderEpisode(welsh);
    await clickText(driver, 'Atgyfeirio a dechrau ailalluogi');
    expect(driver.heading()).to.equal('Atgyfeirio a dechrau ailalluogi');
    await clickText(driver, 'Cadw a pharhau');
    const summary = driver.errorSummary()!;
    expect(normalise(summary.querySelector('h2')?.textContent)).to.equal('Mae problem');
    expect(driver.errorLinks()).to.deep.equal(['Rhowch ddyddiad y cais', 'Rhowch y dyddiad y dechreuodd ailalluogi']);
    expect(summary.contains(deepActiveElement()) || deepActiveElement() === summary, 'the error summary takes focus').to.equal(true);
    expect(driver.fieldError('field-request-date')).to.equal('Rhowch ddyddiad y cais');
    const label = driver.root.querySelector('#field-startedOn')!.shadowRoot!.querySelector('label, legend');
    expect(normalise(label?.textContent)).to.contain('Dyddiad dechrau ailalluogi');
    await expectNoAxeViolations(element);
  });

  it('says a rule is broken in Welsh, and keeps its words when the language changes back', async () => {
    const steps = [openTask, field('request.date', '2026-11-10'), field('startedOn', '2026-11-01'), episode({ type: 'CONTINUE', at: '2026-11-10T10:00:00.000Z' })];
    const { element, driver } = await renderEpisode({ ...welsh, storage: storageAfter(steps) });
    await driver.settle();
    expect(driver.errorLinks()).to.deep.equal(['Rhaid i’r cyfnod ddechrau ar ddiwrnod y cais neu ar ôl hynny']);
    element.parentElement!.setAttribute('lang', 'en-GB');
    await new Promise((resolve) => setTimeout(resolve));
    await driver.settle();
    expect(driver.errorLinks()).to.deep.equal(['The episode must start on or after the request']);
    expect(driver.heading()).to.equal('Referral and start of reablement');
  });

  it('labels the CLD choices in Welsh and keeps the CLD code as the value', async () => {
    const { driver } = await renderEpisode({ ...welsh, storage: storageAfter([openTask]) });
    const route = driver.root.querySelector('#field-request-routeOfAccess')!.shadowRoot!;
    const hospital = route.querySelector<HTMLInputElement>('input[value="Discharge from Hospital"]')!;
    expect(normalise(route.querySelector(`label[for="${hospital.id}"]`)?.textContent)).to.equal('Rhyddhau o’r ysbyty');
    const pathway = driver.root.querySelector('#field-request-dischargePathway')!.shadowRoot!;
    expect(normalise(pathway.querySelector(`label[for="${pathway.querySelector<HTMLInputElement>('input[value="1"]')!.id}"]`)?.textContent)).to.equal(
      'Llwybr 1: adref gyda chymorth newydd neu ychwanegol, fel ailalluogi',
    );
  });

  it('shows the closed episode and its summary in Welsh: chart, table and Welsh dates', async () => {
    const { element, driver } = await renderEpisode({ ...welsh, storage: storageAfter(afterClosure) });
    expect(driver.heading()).to.equal('Mae’r cyfnod wedi’i gau');
    const summary = driver.root.querySelector('ot-episode-summary')!;
    await (summary as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const root = summary.shadowRoot!;
    expect(normalise(root.querySelector('figcaption')?.textContent)).to.equal('Canlyniadau’r cyfnod, 4 Tachwedd 2026 i 10 Rhagfyr 2026');
    expect(root.querySelector('svg.chart')!.getAttribute('aria-label')).to.match(/^Dechrau a diwedd 3 mesur, pob un ar ei raddfa ei hun: .*Cyrhaeddiad nodau \(sgôr T\); Oriau gofal/);
    expect([...root.querySelectorAll('thead th')].map((cell) => normalise(cell.textContent))).to.deep.equal(['Mesur', 'Dechrau', 'Diwedd', 'Newid']);
    expect(normalise(root.querySelector('summary')?.textContent)).to.equal('Dangos y ffigurau');
    const hours = root.querySelector('tr[data-measure="care-hours"]')!;
    expect(normalise(hours.querySelector('.start')?.textContent)).to.equal('10.5 awr yr wythnos Dechrau’r cyfnod, 4 Tachwedd 2026');
    expect(normalise(root.querySelector('svg .measure[data-measure="care-hours"] .label.start')?.textContent)).to.equal('Dechrau 10.5');
    expect([...root.querySelectorAll('.legend li')].map((item) => normalise(item.textContent))).to.deep.equal(['Dechrau', 'Diwedd']);
    await expectNoAxeViolations(element);
  });

  it('takes the host’s own words for Welsh over the catalogue’s, and keeps the rest', async () => {
    const messages = { cy: { episode: { title: 'Cyfnod ailalluogi Cyngor Sir Enghraifft', errors: { fields: { 'request.date': { missing: 'Rhowch y dyddiad y daeth y cais' } } } } } };
    const { driver } = await renderEpisode({ ...welsh, messages });
    expect(driver.heading()).to.equal('Cyfnod ailalluogi Cyngor Sir Enghraifft');
    await clickText(driver, 'Atgyfeirio a dechrau ailalluogi');
    await clickText(driver, 'Cadw a pharhau');
    expect(driver.errorLinks()).to.deep.equal(['Rhowch y dyddiad y daeth y cais', 'Rhowch y dyddiad y dechreuodd ailalluogi']);
    expect(driver.fieldError('field-request-date')).to.equal('Rhowch y dyddiad y daeth y cais');
  });

  it('tells the host in English with ot-error, while the page says the same in Welsh', async () => {
    const errors: OtErrorDetail[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy" @ot-error=${(event: CustomEvent<OtErrorDetail>) => errors.push(event.detail)}>
      <ot-episode .instruments=${[{ id: 'broken', sections: 'none' }]} .storage=${new MemoryDraftStorage()}></ot-episode>
    </div>`);
    const element = wrapper.querySelector<OtEpisode>('ot-episode')!;
    await element.updateComplete;
    expect(errors.map(({ kind, message }) => [kind, message])).to.deep.equal([['definition', 'The episode cannot start because an instrument definition is not valid.']]);
    expect(normalise(element.shadowRoot!.querySelector('[role="alert"] h2')?.textContent)).to.equal('Ni all y cyfnod ddechrau am nad yw diffiniad offeryn yn ddilys.');

    element.vocabulary = { system: 'not a vocabulary' } as unknown as OtEpisode['vocabulary'];
    await element.updateComplete;
    expect(errors.map(({ message }) => message)).to.include('The episode cannot start because its vocabulary is not valid.');
    expect(normalise(element.shadowRoot!.querySelector('[role="alert"] h2')?.textContent)).to.equal('Ni all y cyfnod ddechrau am nad yw ei eirfa yn ddilys.');
  });
});
