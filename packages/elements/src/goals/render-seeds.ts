import { html, nothing, type TemplateResult } from 'lit';
import type { GoalSeed } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';

export interface SeedsView {
  t: Catalogue;
  /** The seeds still on offer (`availableSeeds`). */
  seeds: readonly GoalSeed[];
  /** Whether the machine would take another goal: a full plan shows the words without the buttons. */
  canAdd: boolean;
  disabled: boolean;
  onUseSeed(seedId: string): void;
}

/** The DOM id of a seed's "Use as a goal" button; seed ids hold a `/`, so the position names it. */
export const seedButtonId = (index: number) => `use-seed-${index}`;

/**
 * "From the conversation": what the person said, each with the question it
 * answered and a button that starts a goal from it. The words are the
 * person's and are rendered as text, never as HTML; nothing is copied into a
 * goal until the OT chooses to.
 */
export function renderSeeds({ t, seeds, canAdd, disabled, onUseSeed }: SeedsView): TemplateResult | typeof nothing {
  if (seeds.length === 0) return nothing;
  const m = t.goals;
  return html`
    <section class="seeds" aria-labelledby="seeds-title">
      <h3 id="seeds-title" class="seeds-title">${m.seedsTitle}</h3>
      <p class="hint">${m.seedsIntro}</p>
      <ul class="seed-list">
        ${seeds.map(
          (seed, index) => html`<li class="seed">
            <p class="seed-label">${seed.label}</p>
            <p class="statement seed-text">${seed.text}</p>
            ${canAdd
              ? html`<button type="button" class="secondary" id=${seedButtonId(index)} ?disabled=${disabled} @click=${() => onUseSeed(seed.id)}>
                  ${m.useSeed}<span class="visually-hidden">${m.ofSeed(seed.label)}</span>
                </button>`
              : nothing}
          </li>`,
        )}
      </ul>
    </section>
  `;
}
