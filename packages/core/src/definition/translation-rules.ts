import type { InstrumentDefinitionInput } from './definition-shape.js';
import type { LocatedItem, Path, Report } from './rule-support.js';

type Translation = NonNullable<InstrumentDefinitionInput['translations']>[string];
type ScoringInput = NonNullable<InstrumentDefinitionInput['scoring']>;
type Section = InstrumentDefinitionInput['sections'][number];

/**
 * A translation may only carry text the definition has in its source
 * language: an id or code it does not have is a typing slip that would
 * otherwise show nothing, and a hint or description the source lacks would
 * make the two languages ask different questions.
 */
export function checkTranslations(definition: InstrumentDefinitionInput, located: Map<string, LocatedItem>, report: Report): void {
  if (!definition.translations) return;
  const languages = definition.languages ?? ['en-GB'];
  // By id, the first of any repeated id (as a search would find): a search per translated section grows with the square of the form.
  const sections = new Map<string, Section>();
  for (const section of definition.sections) if (!sections.has(section.id)) sections.set(section.id, section);
  for (const [tag, translation] of Object.entries(definition.translations)) {
    const path: Path = ['translations', tag];
    if (tag === languages[0]) report(path, `"${tag}" is the language the definition is written in; a translation must be into another language`);
    else if (!languages.includes(tag)) report(path, `Add "${tag}" to languages, or remove this translation`);
    checkTranslation(definition, { sections, located }, translation, path, report);
  }
}

/** The definition's sections and items by id, worked out once for every translation. */
interface Sources {
  sections: Map<string, Section>;
  located: Map<string, LocatedItem>;
}

function checkTranslation(definition: InstrumentDefinitionInput, { sections, located }: Sources, translation: Translation, path: Path, report: Report): void {
  if (translation.description !== undefined && definition.description === undefined) {
    report([...path, 'description'], 'The definition has no description to translate');
  }
  if (translation.notes) checkLength(translation.notes, definition.notes ?? [], [...path, 'notes'], 'notes', report);
  for (const [id, section] of entries(translation.sections)) {
    const source = sections.get(id);
    if (!source) report([...path, 'sections', id], `The definition has no section "${id}"`);
    else if (section.description !== undefined && source.description === undefined) {
      report([...path, 'sections', id, 'description'], `Section "${id}" has no description to translate`);
    }
  }
  for (const [id, item] of entries(translation.items)) {
    const itemPath: Path = [...path, 'items', id];
    const source = located.get(id)?.item;
    if (!source) {
      report(itemPath, `The definition has no item "${id}"`);
      continue;
    }
    if (item.hint !== undefined && source.hint === undefined) report([...itemPath, 'hint'], `Item "${id}" has no hint to translate`);
    if (item.entryLabel !== undefined && source.type !== 'group') report([...itemPath, 'entryLabel'], `Item "${id}" is not a repeating group`);
    if (item.unit !== undefined && !hasTextUnit(source)) report([...itemPath, 'unit'], `Item "${id}" has no unit to translate`);
    if (item.options) {
      const codes = 'options' in source ? new Set(source.options.map((option) => option.code)) : undefined;
      if (!codes) report([...itemPath, 'options'], `Item "${id}" has no options`);
      else for (const code of Object.keys(item.options)) if (!codes.has(code)) report([...itemPath, 'options', code], `Item "${id}" has no option "${code}"`);
    }
  }
  if (translation.scoring) {
    if (definition.scoring) checkScoringTranslation(definition.scoring, translation.scoring, [...path, 'scoring'], report);
    else report([...path, 'scoring'], 'The definition has no scoring to translate');
  }
  const rules = new Set((definition.suggestions ?? []).map((rule) => rule.id));
  for (const id of Object.keys(translation.suggestions ?? {})) {
    if (!rules.has(id)) report([...path, 'suggestions', id], `The definition has no suggestion rule "${id}"`);
  }
}

function checkScoringTranslation(scoring: ScoringInput, translation: NonNullable<Translation['scoring']>, path: Path, report: Report): void {
  const checkIds = (key: 'alternativeScales' | 'subscales' | 'groupScores' | 'differences' | 'thresholds', what: string) => {
    const ids = new Set((scoring[key] ?? []).map((entry) => entry.id));
    for (const id of Object.keys(translation[key] ?? {})) if (!ids.has(id)) report([...path, key, id], `The scoring has no ${what} "${id}"`);
  };
  checkIds('alternativeScales', 'alternative scale');
  checkIds('subscales', 'subscale');
  checkIds('groupScores', 'group score');
  checkIds('differences', 'difference');
  checkIds('thresholds', 'threshold');
  for (const [id, bandSet] of entries(translation.bandSets)) {
    const source = (scoring.bandSets ?? []).find((candidate) => candidate.id === id);
    if (!source) {
      report([...path, 'bandSets', id], `The scoring has no band set "${id}"`);
      continue;
    }
    if (bandSet.source !== undefined && source.source === undefined) report([...path, 'bandSets', id, 'source'], `Band set "${id}" has no source to translate`);
    if (bandSet.bands) checkLength(bandSet.bands, source.bands, [...path, 'bandSets', id, 'bands'], `bands in band set "${id}"`, report);
  }
  if (translation.noTotalReasons) checkLength(translation.noTotalReasons, scoring.noTotalWhen ?? [], [...path, 'noTotalReasons'], 'noTotalWhen rules', report);
}

/** Lists translated in order (notes, bands, reasons) have no ids, so only a full list can say which text is which. */
function checkLength(translated: readonly unknown[], source: readonly unknown[], path: Path, what: string, report: Report): void {
  if (translated.length !== source.length) report(path, `Give ${source.length} translations, one for each of the definition’s ${what}; there are ${translated.length}`);
}

/** Integer and decimal questions' units are free text; a measurement's unit is a code (mm, kg). */
function hasTextUnit(item: { type: string }): boolean {
  return (item.type === 'integer' || item.type === 'decimal') && (item as { unit?: string }).unit !== undefined;
}

function entries<T>(record: Record<string, T> | undefined): [string, T][] {
  return record ? Object.entries(record) : [];
}
