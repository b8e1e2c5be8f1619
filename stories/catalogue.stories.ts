import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { catalogue, getInstrument, type CatalogueEntry } from '@otforms/instruments';
import type { AssessmentEvent } from '@otforms/machines';
import '@otforms/elements/define';
import { draftAfter, storyStorage } from './support/drafts.js';

/**
 * Every instrument in the catalogue, as an assessor first meets it, with its
 * licence shown under the form; and the scored instruments' reference cases
 * on "Check your answers". Each story has its own in-memory draft store.
 */

interface Loaded {
  entry: CatalogueEntry;
  storageKey: string;
  storage: ReturnType<typeof storyStorage>;
}

function instrument(id: string, events?: readonly AssessmentEvent[]) {
  return async (): Promise<Loaded> => {
    const entry = catalogue.find((candidate) => candidate.id === id)!;
    const storageKey = `stories:catalogue:${id}:${events ? 'review' : 'start'}`;
    const draft = events ? draftAfter(entry.definition, events) : undefined;
    return { entry, storageKey, storage: storyStorage(storageKey, draft) };
  };
}

/** The events that answer a reference case and continue to "Check your answers" (one section). */
function referenceCase(id: string, caseId: string): AssessmentEvent[] {
  const reference = getEntry(id).referenceCases.find((candidate) => candidate.id === caseId)!;
  const events: AssessmentEvent[] = [];
  for (const [itemId, answer] of Object.entries(reference.answers)) {
    if (!Array.isArray(answer) || typeof answer[0] !== 'object') {
      events.push({ type: 'ANSWER', itemId, input: answer });
      continue;
    }
    answer.forEach((entry, index) => {
      events.push({ type: 'ADD_ENTRY', itemId });
      for (const [childId, input] of Object.entries(entry as Record<string, unknown>)) {
        events.push({ type: 'ANSWER_ENTRY', itemId, index, childId, input });
      }
    });
  }
  const sections = getInstrument(id)!.sections.length;
  for (let page = 0; page < sections; page += 1) events.push({ type: 'CONTINUE' });
  return events;
}

const getEntry = (id: string) => catalogue.find((candidate) => candidate.id === id)!;

const meta = {
  title: 'Catalogue',
  render: (_args, { loaded }) => {
    const { entry, storage, storageKey } = loaded as Loaded;
    return html`<ot-assessment .definition=${entry.definition} .storage=${storage} storage-key=${storageKey} running-score></ot-assessment>`;
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Barthel Index (Collin & Wade, 0–20 with the 0–100 view). */
export const BarthelIndex: Story = { loaders: [instrument('barthel-cw20')] };

/** Lawton–Brody instrumental activities of daily living (0–8). */
export const LawtonIadl: Story = { loaders: [instrument('lawton-iadl-8')] };

/** Lawton reference case L1 on "Check your answers": 4 out of 8. */
export const LawtonIadlScored: Story = { loaders: [instrument('lawton-iadl-8', referenceCase('lawton-iadl-8', 'L1'))] };

/** Falls Efficacy Scale – International (16 items, 16–64). */
export const FesI: Story = { loaders: [instrument('fes-i-16')] };

/** FES-I reference case F2: two items not assessed, total prorated to 35. */
export const FesIProrated: Story = { loaders: [instrument('fes-i-16', referenceCase('fes-i-16', 'F2'))] };

/** Short FES-I (7 items, 7–28). */
export const ShortFesI: Story = { loaders: [instrument('short-fes-i-7')] };

/** Timed Up and Go: the time, the walking aid and whether help was given. */
export const TimedUpAndGo: Story = { loaders: [instrument('tug')] };

/** TUG reference case T1: 14.2 seconds with a stick, at or above the 12-second threshold. */
export const TimedUpAndGoScored: Story = { loaders: [instrument('tug', referenceCase('tug', 'T1'))] };

/** The generic person-rated performance form: activities in the person's own words, rated 1 to 10. */
export const PersonRatedPerformance: Story = { loaders: [instrument('person-rated-performance')] };

/** Person-rated reference case P1 at review: mean performance 3 → 5.67, a meaningful change of +2.67. */
export const PersonRatedPerformanceReviewed: Story = {
  loaders: [instrument('person-rated-performance', referenceCase('person-rated-performance', 'P1'))],
};

/** The home environment and function assessment written for otforms: measurements in mm, photos, suggestion rules. */
export const HomeEnvironment: Story = { loaders: [instrument('home-environment')] };

/** The falls risk checklist: risk factors that prompt recommendations, with no score. */
export const FallsRiskChecklist: Story = { loaders: [instrument('falls-risk-checklist')] };

/** The strengths-based conversation: what matters to the person, in their own words. */
export const WhatMattersConversation: Story = { loaders: [instrument('what-matters-conversation')] };
