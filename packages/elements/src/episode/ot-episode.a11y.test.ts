import { expect } from '@open-wc/testing';
import '../define.js';
import {
  assessmentSteps,
  baselineAnswers,
  closureSteps,
  goalSteps,
  interventionSteps,
  referralSteps,
  reviewSteps,
} from '../../../machines/src/episode/episode-script.test-support.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { episodeDraftAfter, renderEpisode, storageWith, type EpisodeStep } from '../test-support/episode-driver.js';

const episode = (event: object): EpisodeStep => ({ to: 'episode', event });
const open = episode({ type: 'OPEN_TASK' });
const row = (list: string, index: number, field: string, value: string) => episode({ type: 'SET_ROW', list, index, field, value });

const afterReferral = referralSteps;
const afterInitial = [...afterReferral, open, ...assessmentSteps(baselineAnswers, '2026-11-04', '1a2b3c4d-0000-4000-8000-000000000001')];
const afterGoals = [...afterInitial, ...goalSteps];
const afterIntervention = [...afterGoals, ...interventionSteps];
const afterReview = [...afterIntervention, ...reviewSteps];
const afterClosure = [...afterReview, ...closureSteps];
/** The review's steps up to and including the episode's CONTINUE to the final assessment. */
const toFinalAssessment = reviewSteps.slice(0, reviewSteps.findIndex((step) => step.to === 'episode' && (step.event as { type: string }).type === 'CONTINUE') + 1);
const everyRow = [
  episode({ type: 'ADD_ROW', list: 'equipment' }),
  row('equipment', 0, 'item', 'Shower seat'),
  row('equipment', 0, 'issuedOn', '2026-11-05'),
  row('equipment', 0, 'recycled', 'no'),
  episode({ type: 'ADD_ROW', list: 'minorAdaptations' }),
  row('minorAdaptations', 0, 'description', 'Grab rail by the shower'),
  row('minorAdaptations', 0, 'cost', '85'),
  episode({ type: 'ADD_ROW', list: 'majorAdaptations' }),
  row('majorAdaptations', 0, 'description', 'Level-access shower'),
  row('majorAdaptations', 0, 'amount', '6500'),
  episode({ type: 'ADD_ROW', list: 'advice' }),
  row('advice', 0, 'text', 'Signposted to the falls prevention class'),
];

/** Every state the person can see, as the steps that lead there. */
const states: [string, EpisodeStep[]][] = [
  ['the task list, nothing started', []],
  ['the task list after the referral', afterReferral],
  ['the task list after the initial assessment', afterInitial],
  ['the task list after agreeing goals', afterGoals],
  ['the task list after the intervention', afterIntervention],
  ['the task list after the review', afterReview],
  ['the closed overview with the summary', afterClosure],
  ['the referral page', [open]],
  ['the referral page with its error summary', [open, episode({ type: 'CONTINUE' })]],
  [
    'the referral page with invalid dates',
    [open, episode({ type: 'SET_FIELD', field: 'request.date', value: '2026-11-10' }), episode({ type: 'SET_FIELD', field: 'startedOn', value: '2026-11-01' }), episode({ type: 'CONTINUE' })],
  ],
  ['the nested initial assessment', [...afterReferral, open]],
  ['the nested initial assessment with its error summary', [...afterReferral, open, { to: 'assessment', event: { type: 'CONTINUE' } }]],
  ['the nested initial assessment at "Check your answers"', afterInitial.slice(0, -1)],
  ['agreeing goals, none yet', [...afterInitial, open]],
  ['agreeing goals, one written', [...afterInitial, ...goalSteps.slice(0, -1)]],
  ['agreeing goals with the error summary', [...afterInitial, open, { to: 'goalPlan', event: { type: 'AGREE', date: '2026-11-05' } }]],
  ['the intervention page, empty', [...afterGoals, open]],
  ['the intervention page with a row of each kind', [...afterGoals, open, ...everyRow]],
  [
    'the intervention page with its error summary (missing fields)',
    [...afterGoals, open, episode({ type: 'ADD_ROW', list: 'equipment' }), episode({ type: 'ADD_ROW', list: 'advice' }), episode({ type: 'CONTINUE' })],
  ],
  [
    'the intervention page with its error summary (the £1,000 rule)',
    [
      ...afterGoals,
      open,
      episode({ type: 'ADD_ROW', list: 'minorAdaptations' }),
      row('minorAdaptations', 0, 'description', 'Stair lift'),
      row('minorAdaptations', 0, 'cost', '1500'),
      episode({ type: 'CONTINUE' }),
    ],
  ],
  ['reviewing goals', [...afterIntervention, open]],
  ['reviewing goals, a review under way', [...afterIntervention, open, { to: 'goalPlan', event: { type: 'START_REVIEW', date: '2026-12-09' } }]],
  ['reviewing goals with the error summary', [...afterIntervention, open, episode({ type: 'CONTINUE' })]],
  ['the nested final assessment', [...afterIntervention, ...toFinalAssessment]],
  ['the nested final assessment with its error summary', [...afterIntervention, ...toFinalAssessment, { to: 'assessment', event: { type: 'CONTINUE' } }]],
  ['ready to finish the review', [...afterIntervention, ...reviewSteps.slice(0, -1)]],
  ['the closure page', [...afterReview, open]],
  ['the closure page with its error summary', [...afterReview, open, episode({ type: 'CLOSE', completedAt: '2026-12-10T15:00:00.000Z', recordId: '0f7c2a9e-4c1b-4e0a-9d2f-5b8e6a1c3d40' })]],
  [
    'the closure page with the end before the start',
    [
      ...afterReview,
      open,
      episode({ type: 'SET_FIELD', field: 'endedOn', value: '2026-11-01' }),
      episode({ type: 'SET_FIELD', field: 'endOutcome', value: 'NFA: Support ended as planned' }),
      episode({ type: 'CLOSE', completedAt: '2026-12-10T15:00:00.000Z', recordId: '0f7c2a9e-4c1b-4e0a-9d2f-5b8e6a1c3d40' }),
    ],
  ],
  ['the follow-up page', [...afterClosure, open]],
  ['the follow-up page with a row', [...afterClosure, open, episode({ type: 'ADD_ROW', list: 'followUp' }), row('followUp', 0, 'kind', '84-day')]],
  ['the follow-up page with its error summary', [...afterClosure, open, episode({ type: 'ADD_ROW', list: 'followUp' }), episode({ type: 'FINISH', completedAt: '2027-01-26T12:00:00.000Z' })]],
];

describe('<ot-episode> accessibility (axe, WCAG 2.2 A and AA)', () => {
  for (const [name, steps] of states) {
    it(`has no violations: ${name}`, async () => {
      const { element, driver } = await renderEpisode({ storage: storageWith(episodeDraftAfter(steps)), today: '2026-12-09' });
      if (name.includes('error summary') || name.includes('invalid') || name.includes('before the start')) expect(driver.errorSummary() ?? nestedErrorSummary(element), 'error summary shown').to.not.equal(null);
      expect(driver.heading(), 'resumed at a page').to.not.equal('');
      await expectNoAxeViolations(element);
    });
  }

  it('has no violations: done, with the summary', async () => {
    const steps = [...afterClosure, open, episode({ type: 'ADD_ROW', list: 'followUp' }), row('followUp', 0, 'kind', '84-day'), row('followUp', 0, 'date', '2027-01-26'), row('followUp', 0, 'status', 'at-home')];
    const { element, driver } = await renderEpisode({ storage: storageWith(episodeDraftAfter(steps)) });
    [...driver.root.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Finish the episode')!.click();
    await driver.settle();
    expect(driver.root.querySelector('.panel h2')?.textContent).to.equal('Episode complete');
    expect(driver.root.querySelector('ot-episode-summary')).to.not.equal(null);
    await expectNoAxeViolations(element);
  });
});

function nestedErrorSummary(element: Element): Element | null {
  for (const nested of element.shadowRoot!.querySelectorAll('ot-assessment, ot-goal-plan')) {
    const summary = nested.shadowRoot?.querySelector('.error-summary');
    if (summary) return summary;
  }
  return null;
}
