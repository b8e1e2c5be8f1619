import type { InstrumentDefinitionInput } from '@otforms/core';
import { OTFORMS_EXTENSION, findExtension } from './extensions.js';
import { asExtensions, identifierPattern, isRecord, readJson, toIdentifier } from './import-support.js';

/**
 * The definition's own fields from a Questionnaire: the ones otforms saved in
 * its extension when it wrote the Questionnaire, or else the best reading of
 * title, publisher and copyright, with a note that the definition was imported.
 */
export function definitionHeader(q: Record<string, unknown>): Omit<InstrumentDefinitionInput, 'sections' | 'scoring'> {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const saved = readJson(findExtension(asExtensions(q.extension), OTFORMS_EXTENSION.definition));
  const title = text(q.title) ?? text(q.name) ?? 'Imported questionnaire';
  const source = text(q.url) ?? text(q.id) ?? title;
  const id = definitionId(q);
  const description = text(q.description);
  const common = { id, version: text(q.version) ?? '1', title, ...(description ? { description } : {}) };
  if (isRecord(saved)) return { ...common, ...(saved as Pick<InstrumentDefinitionInput, 'citation' | 'licence'>) };
  const publisher = text(q.publisher);
  const copyright = text(q.copyright);
  return {
    ...common,
    citation: `${publisher ? `${publisher}. ` : ''}${title}. FHIR Questionnaire ${source}${text(q.version) ? `, version ${text(q.version)}` : ''}.`,
    licence: {
      holder: publisher ?? 'Not stated in the source Questionnaire',
      terms: copyright ?? 'The source Questionnaire states no copyright or terms; check them with its publisher before use.',
      attribution: copyright ?? `${title}${publisher ? `, ${publisher}` : ''}`,
    },
    notes: [
      `Imported from the FHIR R4 Questionnaire ${source}${text(q.version) ? ` (version ${text(q.version)})` : ''}. Check the wording, scores and licence against the original before use.`,
    ],
  };
}

function definitionId(q: Record<string, unknown>): string {
  const url = typeof q.url === 'string' ? q.url : '';
  const fromUrl = url.startsWith('urn:otforms:questionnaire:') ? url.slice('urn:otforms:questionnaire:'.length) : undefined;
  if (fromUrl && identifierPattern.test(fromUrl)) return fromUrl;
  const candidate = [q.id, q.name].find((value): value is string => typeof value === 'string' && value.length > 0);
  if (!candidate) return 'imported-questionnaire';
  return toIdentifier(candidate, 'questionnaire');
}
