import type { InstrumentDefinitionInput } from '@otforms/core';

/**
 * The benchmark's instrument: 15 sections × 20 items = 300 items (or 15 × N
 * for the larger forms of the same shape, `generateDefinition(N)`), built
 * deterministically so every run (and both pages) see exactly the same form.
 *
 * Per section, by position (see `roleAt`):
 *   - 16 scored single-choice items, alternating 3 and 4 options (scores 0…n-1);
 *   -  2 integer items (0–100, required, not scored);
 *   -  2 conditional items: required, unscored single-choice follow-ups, each
 *      shown only when the scored item before it (its trigger) has the answer
 *      the driver gives it (`enableWhen: equals`, see `conditionalItem`). So
 *      each follow-up is hidden when its section first renders and appears
 *      once its trigger is answered; all 300 items are answered in the end.
 * The last item of every section is scored, so that the last answer of the
 * whole form changes the total (the "score update" metric depends on it).
 *
 * Explicit values are given for every defaulted field (`required`,
 * `allowNotAssessed`, …) so the vanilla page can read the definition as is,
 * without otforms' parser.
 */

export const SECTION_COUNT = 15;
export const ITEMS_PER_SECTION = 20;

type SectionInput = InstrumentDefinitionInput['sections'][number];
type ItemInput = SectionInput['items'][number];
export type Role = 'scored' | 'integer' | 'conditional';

export function roleAt(index: number): Role {
  if (index === 6 || index === 13) return 'integer';
  if (index === 4 || index === 16) return 'conditional';
  return 'scored';
}

/**
 * Which option the driver chooses for a choice item: a spread of scores, and
 * the top score for the very last item. `position` is the item's place in the
 * whole form (0…299), so the generator knows each trigger's answer in advance.
 */
export function chosenOptionIndex(position: number, optionCount: number, isLast: boolean): number {
  return isLast ? optionCount - 1 : (position * 7 + 3) % optionCount;
}

const fourOptions = ['Never', 'Sometimes', 'Often', 'Always'];
const threeOptions = ['Unable', 'Needs help', 'Independent'];

function scoredItem(id: string, section: number, index: number): ItemInput {
  const labels = (section + index) % 2 === 0 ? fourOptions : threeOptions;
  return {
    id,
    type: 'single-choice',
    label: `Activity ${index + 1} of section ${section + 1}: how does the person manage it?`,
    // Every fifth item has a hint, as real instruments do; it adds one line per question.
    ...(index % 5 === 0 ? { hint: 'Think about the last 24 to 48 hours.' } : {}),
    required: true,
    allowNotAssessed: false,
    options: labels.map((label, score) => ({ code: `o${score}`, label, score })),
  };
}

function integerItem(id: string, section: number, index: number): ItemInput {
  return {
    id,
    type: 'integer',
    label: `Minutes spent on task ${index + 1} of section ${section + 1}`,
    required: true,
    min: 0,
    max: 100,
    unit: 'minutes',
  };
}

/**
 * A follow-up shown only when `trigger` (the item before) has the answer the
 * driver will give it, so it appears while the form is answered. Required
 * while shown; never scored, so the total is the same whether it shows or not.
 */
function conditionalItem(id: string, section: number, index: number, trigger: ItemInput, perSection: number): ItemInput {
  if (trigger.type !== 'single-choice') throw new Error(`bench: the trigger of ${id} must be a single-choice item`);
  const position = section * perSection + index - 1;
  const code = trigger.options[chosenOptionIndex(position, trigger.options.length, false)]!.code;
  return {
    id,
    type: 'single-choice',
    label: `Follow-up ${index + 1} of section ${section + 1}: is more support needed?`,
    required: true,
    enableWhen: [{ item: trigger.id, operator: 'equals', value: code }],
    enableBehavior: 'all',
    allowNotAssessed: false,
    options: ['No', 'Not sure', 'Yes'].map((label, n) => ({ code: `o${n}`, label })),
  };
}

const pad = (n: number, width = 2) => String(n + 1).padStart(width, '0');

/**
 * `perSection` items in each of the 15 sections; roles stay where `roleAt`
 * puts them, so every size has 2 conditional follow-ups and 2 integer items
 * per section and the rest scored. The default is the 300-item form, unchanged.
 */
export function generateDefinition(perSection = ITEMS_PER_SECTION): InstrumentDefinitionInput {
  if (perSection < 18) throw new Error('bench: a section needs at least 18 items for its follow-ups and number items');
  const width = String(perSection).length < 2 ? 2 : String(perSection).length;
  const sections: SectionInput[] = [];
  const scored: string[] = [];
  let max = 0;
  for (let s = 0; s < SECTION_COUNT; s++) {
    const items: ItemInput[] = [];
    for (let i = 0; i < perSection; i++) {
      const id = `s${pad(s)}-q${pad(i, width)}`;
      const role = roleAt(i);
      if (role === 'integer') items.push(integerItem(id, s, i));
      else if (role === 'conditional') items.push(conditionalItem(id, s, i, items[i - 1]!, perSection));
      else {
        const item = scoredItem(id, s, i);
        items.push(item);
        scored.push(id);
        if (item.type === 'single-choice') max += item.options.length - 1;
      }
    }
    sections.push({ id: `s${pad(s)}`, title: `Section ${s + 1}: daily activities, part ${s + 1}`, items });
  }
  const count = SECTION_COUNT * perSection;
  return {
    id: `bench-${count}`,
    version: '1.0.0',
    title: `Benchmark instrument (${count} items)`,
    citation: 'Generated by bench/generate-definition.ts for performance measurement only.',
    licence: {
      holder: 'otforms',
      terms: 'For benchmarking only.',
      attribution: 'Synthetic benchmark instrument, not a clinical tool.',
      commercialUseNeedsPermission: false,
    },
    notes: [],
    administrationModes: ['observed'],
    sections,
    scoring: {
      method: 'sum',
      items: scored,
      totalLabel: 'Total',
      alternativeScales: [],
      missing: { rule: 'no-total' },
      // One band set over the whole range 0…max, in four contiguous bands.
      bandSets: [{ id: 'need', label: 'Level of need', scale: 'total', bands: quarterBands(max) }],
      defaultBandSet: 'need',
    },
  };
}

function quarterBands(max: number) {
  const cut = (q: number) => Math.floor((max * q) / 4);
  const labels = ['High need', 'Moderate need', 'Low need', 'Independent'];
  return labels.map((label, q) => ({ min: q === 0 ? 0 : cut(q) + 1, max: q === 3 ? max : cut(q + 1), label }));
}
