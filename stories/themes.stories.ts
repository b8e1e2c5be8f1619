/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { DraftStorage } from '@otforms/core';
import type { GoalPlanEvent } from '@otforms/machines';
import '@otforms/elements/define';
// The shipped files, through the package's own export, as a host imports them.
import govukTheme from '@otforms/elements/themes/govuk.css?inline';
import nhsTheme from '@otforms/elements/themes/nhs.css?inline';
import { afterIntervention, barthel, episodeDraftAfter } from '../packages/machines/src/episode/episode-script.test-support.js';
import { answers, draftAfter, storyStorage } from './support/drafts.js';
import { goalPlanDraftAfter, ratings, writeGoal } from './support/goal-plan-drafts.js';

/**
 * The GOV.UK and NHS themes (`@otforms/elements/themes/*.css`) beside the
 * default look, over the same states: an assessment whose error summary and
 * error messages show, a reviewed goal plan with its chart, the episode's
 * task list part way through, and the main button with keyboard focus.
 *
 * A host loads a theme as a stylesheet on its page. Here each story puts the
 * theme's text in a `<style>` inside `@scope`, so a theme reaches only its
 * own story's elements and never another story's on the same page; the theme
 * files themselves are used unchanged. The NHS stories sit on the NHS grey
 * page background, which the theme is made for.
 */

type ThemeName = 'default' | 'govuk' | 'nhs';

const themes: Record<ThemeName, { css?: string; page?: string }> = {
  default: {},
  govuk: { css: govukTheme },
  nhs: { css: nhsTheme, page: '#f0f4f5' },
};

/** A `<style>` holding `css` scoped to the story's wrapper. (Lit does not bind inside `<style>`, so it is made here.) */
function scopedStyle(name: ThemeName, css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = `@scope ([data-story-theme='${name}']) {\n${css}\n}`;
  return style;
}

/** The story's elements as a host page themed with `name` would show them. */
function themed(name: ThemeName, content: TemplateResult): TemplateResult {
  const { css, page } = themes[name];
  return html`<div data-story-theme=${name} style="padding: 1rem${page ? `; background: ${page}` : ''}">
    ${css ? scopedStyle(name, css) : nothing}${content}
  </div>`;
}

/** Goals agreed on 2 March and reviewed on 30 March (fictional). */
const kettle = {
  id: 'kettle',
  statement: 'Make a cup of tea on my own',
  domain: 'domestic-life',
  baseline: '-1',
  levels: { expected: 'Makes tea with the kettle tipper, sitting to rest once' },
  dueDate: '2026-03-30',
} as const;
const bus = {
  id: 'bus',
  statement: 'Get the bus into town on market day',
  domain: 'mobility',
  baseline: '-2',
  levels: { expected: 'Gets the bus with a friend, using the stick' },
  dueDate: '2026-03-30',
} as const;
const reviewedPlan: GoalPlanEvent[] = [
  ...writeGoal(kettle),
  ...writeGoal(bus),
  { type: 'AGREE', date: '2026-03-02' },
  { type: 'START_REVIEW', date: '2026-03-30' },
  ...ratings({ kettle: 1, bus: 0 }),
  { type: 'SAVE_REVIEW' },
];

/** What a story's loader hands to its render: its own draft store and key. */
interface Loaded {
  storage: DraftStorage;
  storageKey: string;
}

type State = 'errors' | 'goal-plan' | 'task-list' | 'focus';

/** Each state's draft, made headlessly from the machines' own events as the other stories make theirs. */
const drafts: Record<State, () => unknown> = {
  errors: () => draftAfter(barthel, [...answers({ bowels: 'continent' }), { type: 'CONTINUE' }], { subjectReference: 'person-0042' }),
  'goal-plan': () => goalPlanDraftAfter(reviewedPlan, { subjectReference: 'person-0042' }),
  'task-list': () => episodeDraftAfter(afterIntervention),
  focus: () => undefined,
};

/**
 * Focuses the main button once the element has rendered, as a keyboard
 * user's Tab would. Not on a docs page, where focus would scroll to it.
 */
async function focusMainButton(element: Element | undefined, onDocsPage: boolean): Promise<void> {
  await null;
  if (!(element instanceof HTMLElement) || !element.isConnected || onDocsPage) return;
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="button"]')?.focus({ focusVisible: true } as FocusOptions);
}

function renderState(state: State, { storage, storageKey }: Loaded, onDocsPage: boolean): TemplateResult {
  switch (state) {
    case 'errors':
      return html`<ot-assessment .definition=${barthel} .storage=${storage} storage-key=${storageKey} subject-reference="person-0042"></ot-assessment>`;
    case 'goal-plan':
      return html`<ot-goal-plan .storage=${storage} storage-key=${storageKey} subject-reference="person-0042" .today=${'2026-03-30'}></ot-goal-plan>`;
    case 'task-list':
      // The scripted episode's own subject and assessor, so the element resumes its draft.
      return html`<ot-episode
        .instruments=${[barthel]}
        .storage=${storage}
        storage-key=${storageKey}
        subject-reference="Patient/ada-example"
        assessor-role="Occupational therapist"
        .today=${'2026-12-09'}
      ></ot-episode>`;
    case 'focus':
      return html`<ot-assessment
        .definition=${barthel}
        .storage=${storage}
        storage-key=${storageKey}
        subject-reference="person-0042"
        ${ref((element) => void focusMainButton(element, onDocsPage))}
      ></ot-assessment>`;
  }
}

const meta = {
  title: 'Themes',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** One theme over one state, with its own draft store. */
function story(theme: ThemeName, state: State): Story {
  const storageKey = `stories:themes:${theme}:${state}`;
  return {
    loaders: [async (): Promise<Loaded> => ({ storage: storyStorage(storageKey, drafts[state]()), storageKey })],
    render: (_args, { loaded, viewMode }) => themed(theme, renderState(state, loaded as Loaded, viewMode === 'docs')),
  };
}

/** GOV.UK: "Continue" pressed with one question answered, so the error summary and the question's error show. */
export const GovukErrors: Story = story('govuk', 'errors');
/** GOV.UK: a goal plan reviewed once, with its chart and T-scores. */
export const GovukGoalPlan: Story = story('govuk', 'goal-plan');
/** GOV.UK: the episode's task list with the referral, initial assessment, goals and intervention done. */
export const GovukTaskList: Story = story('govuk', 'task-list');
/** GOV.UK: the main button with keyboard focus: yellow, with a black edge. */
export const GovukFocusedButton: Story = story('govuk', 'focus');

/** NHS: "Continue" pressed with one question answered, so the error summary and the question's error show. */
export const NhsErrors: Story = story('nhs', 'errors');
/** NHS: a goal plan reviewed once, with its chart and T-scores. */
export const NhsGoalPlan: Story = story('nhs', 'goal-plan');
/** NHS: the episode's task list with the referral, initial assessment, goals and intervention done. */
export const NhsTaskList: Story = story('nhs', 'task-list');
/** NHS: the main button with keyboard focus: yellow, with a dark underline. */
export const NhsFocusedButton: Story = story('nhs', 'focus');

/** No theme: the elements' own defaults, to compare. */
export const DefaultErrors: Story = story('default', 'errors');
/** No theme: a goal plan reviewed once. */
export const DefaultGoalPlan: Story = story('default', 'goal-plan');
/** No theme: the episode's task list. */
export const DefaultTaskList: Story = story('default', 'task-list');
/** No theme: the main button with keyboard focus. */
export const DefaultFocusedButton: Story = story('default', 'focus');
