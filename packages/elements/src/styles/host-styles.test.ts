import { expect, fixture, html } from '@open-wc/testing';
import { GoalPlanSchema, MemoryDraftStorage, parseDefinition, type QuestionItem } from '@otforms/core';
import { barthelDefinition } from '@otforms/instruments';
import type { TemplateResult } from 'lit';
import '../define.js';
import { episodeRecordFixture } from '../../../interop/src/test-support/episode-record-fixture.js';
import { openTask, referralSteps } from '../../../machines/src/episode/episode-script.test-support.js';
import { driverInput, settle, storageAfter } from '../test-support/episode-driver.js';

/**
 * A host page's inherited typography (a banner in capitals, a spaced-out
 * title, an italic note, a centred card, a table cell that does not wrap)
 * must not reach inside the elements: each one's :host sets it back. Our own
 * elements nested in another take it from their parent instead, so what a
 * host deliberately sets on the outermost element reaches them all.
 */

/** A fictional definition whose one page has a question of each kind. */
const definition = parseDefinition({
  id: 'host-styles',
  version: '1.0.0',
  title: 'Host styles check',
  citation: 'Written for the otforms tests.',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms test fixture' },
  sections: [
    {
      id: 'only',
      title: 'Getting about',
      items: [
        {
          id: 'walk',
          type: 'single-choice',
          label: 'Walking indoors',
          hint: 'Think about the last week.',
          options: [
            { code: 'unable', label: 'Unable' },
            { code: 'alone', label: 'Alone' },
          ],
        },
        {
          id: 'aids',
          type: 'multiple-choice',
          label: 'Walking aids used',
          options: [
            { code: 'stick', label: 'Walking stick' },
            { code: 'frame', label: 'Walking frame' },
          ],
        },
        { id: 'notes', type: 'text', label: 'Notes about walking', hint: 'For example, where they stop to rest.', required: false },
      ],
    },
  ],
});
const [choiceItem, checkboxesItem, textItem] = definition.sections[0]!.items as QuestionItem[];

/** One goal, reviewed once: the chart draws its figure. */
const plan = GoalPlanSchema.parse({
  goals: [
    {
      id: 'kettle',
      statement: 'Make a cup of tea on my own',
      baseline: -1,
      levels: { expected: 'Makes tea with the kettle tipper' },
      dueDate: '2026-12-20',
      reviews: [{ date: '2026-12-20', level: 0 }],
      lifecycleStatus: 'active',
    },
  ],
});

/** Each inherited property a careless page passes down: what it sets, and what every element must show instead. */
const distortions = {
  textTransform: ['uppercase', 'none'],
  fontVariantCaps: ['small-caps', 'normal'],
  letterSpacing: ['5px', 'normal'],
  wordSpacing: ['9px', '0px'],
  fontStyle: ['italic', 'normal'],
  fontWeight: ['700', '400'],
  textIndent: ['48px', '0px'],
  textAlign: ['center', 'start'],
  whiteSpace: ['nowrap', 'normal'],
  wordBreak: ['break-all', 'normal'],
  textShadow: ['rgb(255, 0, 0) 2px 2px 0px', 'none'],
} as const;

type Styled = keyof typeof distortions;
const properties = Object.keys(distortions) as Styled[];
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const pageStyle = properties.map((name) => `${kebab(name)}: ${distortions[name][0]}`).join('; ');

/** `template` inside a container that sets every distortion; resolves to the element, settled. */
async function inDistortedPage(template: TemplateResult): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(html`<div style=${pageStyle}>${template}</div>`);
  const element = container.firstElementChild as HTMLElement;
  await settle(element);
  return element;
}

/** The computed value of each property, leaving out those the element's own styles set on purpose. */
function computed(element: Element, ownStyle: readonly Styled[] = []): Partial<Record<Styled, string>> {
  const style = getComputedStyle(element);
  return Object.fromEntries(properties.filter((name) => !ownStyle.includes(name)).map((name) => [name, style[name]]));
}

function reset(ownStyle: readonly Styled[] = []): Partial<Record<Styled, string>> {
  return Object.fromEntries(properties.filter((name) => !ownStyle.includes(name)).map((name) => [name, distortions[name][1]]));
}

function first(root: ParentNode, selector: string): Element {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
}

/** The label or legend of a nested question. */
const questionLabel = (form: Element, selector: string) => first(first(form.shadowRoot!, selector).shadowRoot!, '[part~="label"]');

describe('host styles: inherited typography stops at each element', () => {
  // Every element on its own, and in its shadow root some text our styles neither bold nor align.
  const elements: [string, () => TemplateResult, string][] = [
    ['ot-assessment', () => html`<ot-assessment .definition=${definition} .storage=${new MemoryDraftStorage()}></ot-assessment>`, '.licence p'],
    ['ot-goal-plan', () => html`<ot-goal-plan .storage=${new MemoryDraftStorage()} .today=${'2026-11-22'}></ot-goal-plan>`, 'p'],
    ['ot-episode', () => html`<ot-episode .instruments=${[definition]} .storage=${new MemoryDraftStorage()}></ot-episode>`, '.task a'],
    ['ot-gas-chart', () => html`<ot-gas-chart .plan=${plan}></ot-gas-chart>`, '[part~="legend"] li'],
    ['ot-episode-summary', () => html`<ot-episode-summary .record=${episodeRecordFixture()}></ot-episode-summary>`, '[part~="legend"] li'],
    ['ot-choice-question', () => html`<ot-choice-question .item=${choiceItem}></ot-choice-question>`, '[part~="hint"]'],
    ['ot-checkboxes-question', () => html`<ot-checkboxes-question .item=${checkboxesItem}></ot-checkboxes-question>`, '.option label'],
    ['ot-input-question', () => html`<ot-input-question .item=${textItem}></ot-input-question>`, '[part~="hint"]'],
  ];

  for (const [tag, template, inside] of elements) {
    it(`<${tag}> resets them on its host and inside its shadow root`, async () => {
      const element = await inDistortedPage(template());
      expect(element.localName).to.equal(tag);
      expect(computed(element)).to.deep.equal(reset());
      expect(computed(first(element.shadowRoot!, inside)), `${tag} ${inside}`).to.deep.equal(reset());
    });
  }

  it('reaches no question nested in a form', async () => {
    const element = await inDistortedPage(html`<ot-assessment .definition=${definition} .storage=${new MemoryDraftStorage()}></ot-assessment>`);
    const hint = first(first(element.shadowRoot!, '#question-walk').shadowRoot!, '[part~="hint"]');
    expect(computed(hint)).to.deep.equal(reset());
    for (const id of ['#question-walk', '#question-aids', '#question-notes']) {
      const label = questionLabel(element, id);
      expect(computed(label, ['fontWeight']), id).to.deep.equal(reset(['fontWeight']));
      expect(getComputedStyle(label).fontWeight, `${id}: bold by its own style`).to.equal('700');
    }
  });

  it('passes what the host sets on the outermost element to every form and question nested in it', async () => {
    const element = await inDistortedPage(html`<ot-episode
      style="letter-spacing: 2px; text-transform: lowercase"
      .instruments=${[barthelDefinition]}
      .storage=${storageAfter([...referralSteps, openTask])}
      storage-key="episode:test"
      subject-reference=${driverInput.subjectReference}
    ></ot-episode>`);
    const assessment = first(element.shadowRoot!, 'ot-assessment');
    const label = questionLabel(assessment, 'ot-choice-question');
    const style = getComputedStyle(label);
    expect([style.letterSpacing, style.textTransform]).to.deep.equal(['2px', 'lowercase']);
    // What the host did not set on the element stays reset.
    expect(computed(label, ['letterSpacing', 'textTransform', 'fontWeight'])).to.deep.equal(reset(['letterSpacing', 'textTransform', 'fontWeight']));
  });

  it('passes what the host sets on <ot-assessment> to each of its questions', async () => {
    const element = await inDistortedPage(
      html`<ot-assessment style="font-style: oblique 10deg; word-spacing: 3px" .definition=${definition} .storage=${new MemoryDraftStorage()}></ot-assessment>`,
    );
    for (const id of ['#question-walk', '#question-aids', '#question-notes']) {
      const style = getComputedStyle(questionLabel(element, id));
      expect([style.fontStyle, style.wordSpacing, style.letterSpacing], id).to.deep.equal(['oblique 10deg', '3px', 'normal']);
    }
  });
});
