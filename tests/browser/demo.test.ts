import { expect } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../packages/elements/src/test-support/axe.js';
import { driverInput } from '../../packages/elements/src/test-support/episode-driver.js';
import { catalogueVisitDraft } from '../../packages/elements/src/home-visit/home-visit.test-support.js';
import { afterClosure, barthel, episodeDraftAfter } from '../../packages/machines/src/episode/episode-script.test-support.js';

/**
 * The demo pages that `npm start` serves, loaded as a person would open them:
 * each shows its form, and the whole page (not only the element) passes axe.
 */
async function openDemo(path: string, ready: (doc: Document) => boolean = (doc) => Boolean(doc.querySelector('[data-page-heading]')) || findHeading(doc)): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  for (let waited = 0; !ready(doc); waited += 1) {
    if (waited > 1200) throw new Error(`${path} never showed its form`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return doc;
}

const findHeading = (doc: Document) =>
  [...doc.querySelectorAll('ot-assessment, ot-goal-plan, ot-episode')].some((element) => element.shadowRoot?.querySelector('[data-page-heading], h2'));

describe('the demo pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('index.html shows the episode task list and passes axe as a whole page', async () => {
    localStorage.removeItem('demo-episode');
    const doc = await openDemo('/demo/index.html');
    const episode = doc.querySelector('ot-episode')!;
    expect(episode.shadowRoot!.querySelector('[data-page-heading]')!.textContent).to.equal('Reablement episode');
    const tasks = [...episode.shadowRoot!.querySelectorAll('.task')].map((task) => task.textContent!.replace(/\s+/g, ' ').trim());
    expect(tasks[0]).to.equal('Referral and start of reablement Not yet started');
    expect(tasks).to.have.length(7);
    expect(doc.querySelector('nav a[aria-current="page"]')!.textContent).to.equal('Episode');
    await expectNoAxeViolations(doc.body);
  });

  it('index.html shows the record, its FHIR Bundle and its CLD rows once the episode is closed', async () => {
    const readyToClose = afterClosure.slice(0, -1);
    localStorage.setItem('demo-episode', JSON.stringify(episodeDraftAfter(readyToClose, [barthel], { ...driverInput, subjectReference: 'Patient/demo-ada-example' })));
    const doc = await openDemo('/demo/index.html');
    const episode = doc.querySelector('ot-episode')!;
    [...episode.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Close the episode')!.click();
    const cld = doc.querySelector('#cld')!;
    for (let waited = 0; !cld.textContent; waited += 1) {
      if (waited > 200) throw new Error('The CLD rows never appeared');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect((doc.querySelector('#outcome') as HTMLElement).hidden).to.equal(false);
    expect(JSON.parse(doc.querySelector('#record')!.textContent!)).to.include({ kind: 'episode', schemaVersion: 6 });
    const bundle = JSON.parse(doc.querySelector('#fhir')!.textContent!) as { resourceType: string; entry: { resource: { resourceType: string } }[] };
    expect(bundle.resourceType).to.equal('Bundle');
    expect(bundle.entry.map((entry) => entry.resource.resourceType)).to.include.members(['EpisodeOfCare', 'QuestionnaireResponse', 'Observation', 'Goal', 'DeviceRequest']);
    const [header, ...rows] = cld.textContent!.trim().split('\r\n');
    expect(header!.split(',')).to.include.members(['Event_Type', 'Event_Outcome', 'Service_Type', 'Service_Component']);
    expect(rows.map((row) => row.split(',').find((cell) => ['Request', 'Assessment', 'Service', 'Review'].includes(cell)))).to.deep.equal(['Request', 'Assessment', 'Service', 'Service', 'Review']);
    expect((doc.querySelector('#cld-download') as HTMLAnchorElement).href).to.match(/^blob:/);
    await expectNoAxeViolations(doc.body);
    localStorage.removeItem('demo-episode');
  });

  it('assessment.html shows the Barthel Index and passes axe as a whole page', async () => {
    localStorage.removeItem('otforms:draft:barthel-cw20@1.0.0:Patient/demo-ada-example');
    const doc = await openDemo('/demo/assessment.html');
    const assessment = doc.querySelector('ot-assessment')!;
    expect(assessment.shadowRoot!.querySelector('[data-page-heading]')!.textContent).to.equal('Activities of daily living');
    expect(doc.querySelector('nav a[aria-current="page"]')!.textContent).to.equal('Barthel Index');
    await expectNoAxeViolations(doc.body);
  });

  it('outcomes.html reports on 2,000 fictional episodes by team and quarter, and passes axe as a whole page', async () => {
    // The report is ready once it shows which figures it is showing.
    const doc = await openDemo('/demo/outcomes.html', (page) => Boolean(page.querySelector('ot-outcome-report')?.shadowRoot?.querySelector('.selection-caption')));
    const report = doc.querySelector('ot-outcome-report')!;
    const options = (id: string) => [...report.shadowRoot!.querySelectorAll<HTMLOptionElement>(`#${id} option`)].map((option) => option.textContent!.trim());
    expect(options('group-filter')).to.include.members(['All groups', 'North', 'South', 'East', 'West', 'Hospital discharge']);
    expect(options('period-filter')).to.include('April to June 2025 (quarter 1 of 2025 to 2026)');
    expect(doc.querySelector('nav a[aria-current="page"]')!.textContent).to.equal('Outcome report');
    await expectNoAxeViolations(doc.body);
  });

  it('home-visit.html starts the home visit at its first assessment and passes axe as a whole page', async () => {
    localStorage.removeItem('demo-home-visit');
    const visitHeading = (page: Document) => page.querySelector('ot-home-visit')?.shadowRoot?.querySelector('[data-page-heading]');
    const doc = await openDemo('/demo/home-visit.html', (page) => Boolean(visitHeading(page)));
    expect(visitHeading(doc)!.textContent).to.equal('Home environment and function assessment');
    expect(doc.querySelector('ot-home-visit')!.shadowRoot!.querySelector('[aria-current="step"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^1\. Home environment/);
    expect(doc.querySelector('nav a[aria-current="page"]')!.textContent).to.equal('Home visit');
    expect(doc.querySelectorAll('ot-home-visit-summary[audience]')).to.have.length(2);
    await expectNoAxeViolations(doc.body);
  });

  it('home-visit.html shows both summaries to print once the visit is finished, and passes axe as a whole page', async () => {
    localStorage.setItem('demo-home-visit', JSON.stringify(catalogueVisitDraft('review', 'Patient/demo-sam-example')));
    const visitHeading = (page: Document) => page.querySelector('ot-home-visit')?.shadowRoot?.querySelector('[data-page-heading]');
    const doc = await openDemo('/demo/home-visit.html', (page) => visitHeading(page)?.textContent === 'Check the home visit before finishing');
    [...doc.querySelector('ot-home-visit')!.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Finish visit')!.click();
    const outcome = doc.querySelector<HTMLElement>('#outcome')!;
    for (let waited = 0; outcome.hidden; waited += 1) {
      if (waited > 200) throw new Error('The summaries never appeared');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(JSON.parse(doc.querySelector('#record')!.textContent!)).to.include({ kind: 'home-visit', schemaVersion: 6, visitedOn: '2026-12-03' });
    for (const summary of doc.querySelectorAll('ot-home-visit-summary')) expect(summary.shadowRoot!.textContent!.trim(), summary.getAttribute('audience')!).to.not.equal('');
    expect([...doc.querySelectorAll<HTMLButtonElement>('[data-print]')].map((button) => button.textContent)).to.deep.equal([
      'Print the summary for Mr Example',
      'Print the summary for the housing authority',
    ]);
    await expectNoAxeViolations(doc.body);
    localStorage.removeItem('demo-home-visit');
  });

  it('goals.html shows a goal plan to agree and passes axe as a whole page', async () => {
    localStorage.removeItem('demo-goal-plan');
    const doc = await openDemo('/demo/goals.html');
    const plan = doc.querySelector('ot-goal-plan')!;
    expect(plan.shadowRoot!.querySelector('h2')!.textContent).to.equal('Agree goals with the person');
    await expectNoAxeViolations(doc.body);
  });
});
