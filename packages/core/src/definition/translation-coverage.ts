import type { InstrumentDefinition, Item } from './definition-shape.js';
import { formatPath, type Path } from './rule-support.js';
import type { DefinitionTranslation } from './translation-schema.js';

/**
 * The text of a definition that its translation into `tag` leaves in the
 * source language, as paths into the translation
 * (`translations.cy.items.walk.options.alone`); empty when the translation
 * covers every word the form can show. A translation may leave text out
 * (parseDefinition accepts it), but a form that switches language in the
 * middle of a question is hard to answer, so a catalogue can insist on none.
 * With no translation for `tag`, every text path is listed.
 */
export function untranslatedText(definition: InstrumentDefinition, tag: string): string[] {
  const translation: DefinitionTranslation =
    definition.translations && Object.hasOwn(definition.translations, tag) ? definition.translations[tag]! : { source: '' };
  const missing: string[] = [];
  const need = (present: unknown, ...path: Path) => {
    if (present === undefined) missing.push(formatPath(['translations', tag, ...path]));
  };
  const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined => (record && Object.hasOwn(record, key) ? record[key] : undefined);

  need(translation.title, 'title');
  if (definition.description !== undefined) need(translation.description, 'description');
  if (definition.notes.length > 0) need(translation.notes, 'notes');
  for (const section of definition.sections) {
    const text = own(translation.sections, section.id);
    need(text?.title, 'sections', section.id, 'title');
    if (section.description !== undefined) need(text?.description, 'sections', section.id, 'description');
  }
  const items = definition.sections.flatMap((section) => section.items.flatMap((item): readonly Item[] | Item[] => (item.type === 'group' ? [item, ...item.items] : [item])));
  for (const item of items) {
    const text = own(translation.items, item.id);
    const at = ['items', item.id];
    need(text?.label, ...at, 'label');
    if (item.hint !== undefined) need(text?.hint, ...at, 'hint');
    if (item.type === 'group') need(text?.entryLabel, ...at, 'entryLabel');
    if ((item.type === 'integer' || item.type === 'decimal') && item.unit !== undefined) need(text?.unit, ...at, 'unit');
    if ('options' in item) for (const option of item.options) need(own(text?.options, option.code), ...at, 'options', option.code);
  }
  const scoring = definition.scoring;
  if (scoring) {
    const text = translation.scoring;
    if (scoring.method !== 'none') need(text?.totalLabel, 'scoring', 'totalLabel');
    const labelled = (key: 'alternativeScales' | 'subscales' | 'groupScores' | 'differences' | 'thresholds') => {
      for (const entry of scoring[key]) need(own(text?.[key], entry.id), 'scoring', key, entry.id);
    };
    labelled('alternativeScales');
    for (const bandSet of scoring.bandSets) {
      const set = own(text?.bandSets, bandSet.id);
      need(set?.label, 'scoring', 'bandSets', bandSet.id, 'label');
      if (bandSet.source !== undefined) need(set?.source, 'scoring', 'bandSets', bandSet.id, 'source');
      need(set?.bands, 'scoring', 'bandSets', bandSet.id, 'bands');
    }
    labelled('subscales');
    labelled('groupScores');
    labelled('differences');
    labelled('thresholds');
    if (scoring.noTotalWhen.length > 0) need(text?.noTotalReasons, 'scoring', 'noTotalReasons');
  }
  for (const rule of definition.suggestions) {
    const text = own(translation.suggestions, rule.id);
    need(text?.what, 'suggestions', rule.id, 'what');
    need(text?.reason, 'suggestions', rule.id, 'reason');
  }
  return missing;
}
