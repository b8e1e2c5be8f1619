import { expect } from '@open-wc/testing';
import '../define.js';
import {
  afterClosure,
  afterGoals,
  afterInitial,
  afterIntervention,
  afterReferral,
  afterReview,
  episode,
  followUpSteps,
  goalSteps,
  openTask,
  reviewSteps,
  row,
  toFinalAssessment,
  type ScriptStep,
} from '../../../machines/src/episode/episode-script.test-support.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { renderEpisode, storageAfter } from '../test-support/episode-driver.js';

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
const states: [string, ScriptStep[]][] = [
  ['the task list, nothing started', []],
  ['the task list after the referral', afterReferral],
  ['the task list after the initial assessment', afterInitial],
  ['the task list after agreeing goals', afterGoals],
  ['the task list after the intervention', afterIntervention],
  ['the task list after the review', afterReview],
  ['the closed overview with the summary', afterClosure],
  ['the referral page', [openTask]],
  ['the referral page with its error summary', [openTask, episode({ type: 'CONTINUE' })]],
  [
    'the referral page with invalid dates',
    [openTask, episode({ type: 'SET_FIELD', field: 'request.date', value: '2026-11-10' }), episode({ type: 'SET_FIELD', field: 'startedOn', value: '2026-11-01' }), episode({ type: 'CONTINUE' })],
  ],
  ['the nested initial assessment', [...afterReferral, openTask]],
  ['the nested initial assessment with its error summary', [...afterReferral, openTask, { to: 'assessment', event: { type: 'CONTINUE' } }]],
  ['the nested initial assessment at "Check your answers"', afterInitial.slice(0, -1)],
  ['agreeing goals, none yet', [...afterInitial, openTask]],
  ['agreeing goals, one written', [...afterInitial, ...goalSteps.slice(0, -1)]],
  ['agreeing goals with the error summary', [...afterInitial, openTask, { to: 'goalPlan', event: { type: 'AGREE', date: '2026-11-05' } }]],
  ['the intervention page, empty', [...afterGoals, openTask]],
  ['the intervention page with a row of each kind', [...afterGoals, openTask, ...everyRow]],
  [
    'the intervention page with its error summary (missing fields)',
    [...afterGoals, openTask, episode({ type: 'ADD_ROW', list: 'equipment' }), episode({ type: 'ADD_ROW', list: 'advice' }), episode({ type: 'CONTINUE' })],
  ],
  [
    'the intervention page with its error summary (the £1,000 rule)',
    [
      ...afterGoals,
      openTask,
      episode({ type: 'ADD_ROW', list: 'minorAdaptations' }),
      row('minorAdaptations', 0, 'description', 'Stair lift'),
      row('minorAdaptations', 0, 'cost', '1500'),
      episode({ type: 'CONTINUE' }),
    ],
  ],
  ['reviewing goals', [...afterIntervention, openTask]],
  ['reviewing goals, a review under way', [...afterIntervention, openTask, { to: 'goalPlan', event: { type: 'START_REVIEW', date: '2026-12-09' } }]],
  ['reviewing goals with the error summary', [...afterIntervention, openTask, episode({ type: 'CONTINUE' })]],
  ['the nested final assessment', [...afterIntervention, ...toFinalAssessment]],
  ['the nested final assessment with its error summary', [...afterIntervention, ...toFinalAssessment, { to: 'assessment', event: { type: 'CONTINUE' } }]],
  ['ready to finish the review', [...afterIntervention, ...reviewSteps.slice(0, -1)]],
  ['the closure page', [...afterReview, openTask]],
  ['the closure page with its error summary', [...afterReview, openTask, episode({ type: 'CLOSE', completedAt: '2026-12-10T15:00:00.000Z', recordId: '0f7c2a9e-4c1b-4e0a-9d2f-5b8e6a1c3d40' })]],
  [
    'the closure page with the end before the start',
    [
      ...afterReview,
      openTask,
      episode({ type: 'SET_FIELD', field: 'endedOn', value: '2026-11-01' }),
      episode({ type: 'SET_FIELD', field: 'endOutcome', value: 'NFA: Support ended as planned' }),
      episode({ type: 'CLOSE', completedAt: '2026-12-10T15:00:00.000Z', recordId: '0f7c2a9e-4c1b-4e0a-9d2f-5b8e6a1c3d40' }),
    ],
  ],
  ['the follow-up page', [...afterClosure, openTask]],
  ['the follow-up page with a row', [...afterClosure, openTask, episode({ type: 'ADD_ROW', list: 'followUp' }), row('followUp', 0, 'kind', '84-day')]],
  ['the follow-up page with its error summary', [...afterClosure, openTask, episode({ type: 'ADD_ROW', list: 'followUp' }), episode({ type: 'FINISH', completedAt: '2027-01-26T12:00:00.000Z' })]],
];

describe('<ot-episode> accessibility (axe, WCAG 2.2 A and AA)', () => {
  for (const [name, steps] of states) {
    it(`has no violations: ${name}`, async () => {
      const { element, driver } = await renderEpisode({ storage: storageAfter(steps), today: '2026-12-09' });
      if (name.includes('error summary') || name.includes('invalid') || name.includes('before the start')) expect(driver.errorSummary() ?? nestedErrorSummary(element), 'error summary shown').to.not.equal(null);
      expect(driver.heading(), 'resumed at a page').to.not.equal('');
      await expectNoAxeViolations(element);
    });
  }

  it('has no violations: done, with the summary', async () => {
    const steps = [...afterClosure, ...followUpSteps.slice(0, -1)];
    const { element, driver } = await renderEpisode({ storage: storageAfter(steps) });
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
