import { FHIR_EXTENSION, findExtension } from './extensions.js';
import type { Extension, QuestionnaireAnswerOption } from './questionnaire-types.js';

/** Small readers for `fromFhirQuestionnaire`: FHIR JSON in, otforms values out. */

export const identifierPattern = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** An otforms identifier for a FHIR linkId, code or id: kept when it already is one. */
export function toIdentifier(source: string, prefix: string): string {
  if (identifierPattern.test(source)) return source;
  const cleaned = source.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned ? `${prefix}-${cleaned}` : prefix;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asExtensions(value: unknown): Extension[] | undefined {
  return Array.isArray(value) ? (value as Extension[]) : undefined;
}

export function readJson(extension: Extension | undefined): unknown {
  if (typeof extension?.valueString !== 'string') return undefined;
  try {
    return JSON.parse(extension.valueString) as unknown;
  } catch {
    return undefined;
  }
}

export function joinText(existing: string | undefined, text: string | undefined): string | undefined {
  if (!text?.trim()) return existing;
  return existing ? `${existing}\n\n${text.trim()}` : text.trim();
}

export function scoreOf(extensions: Extension[] | undefined): number | undefined {
  const found = findExtension(extensions, FHIR_EXTENSION.ordinalValue) ?? findExtension(extensions, FHIR_EXTENSION.itemWeight);
  return found?.valueDecimal ?? found?.valueInteger;
}

export const codingKey = (coding: { system?: string; code?: string; display?: string }) => `coding:${coding.code ?? coding.display ?? ''}`;

export function optionKey(option: QuestionnaireAnswerOption): string | undefined {
  if (option.valueCoding) return codingKey(option.valueCoding);
  if (option.valueString !== undefined) return `string:${option.valueString}`;
  if (option.valueInteger !== undefined) return `integer:${option.valueInteger}`;
  return undefined;
}

export function optionLabel(option: QuestionnaireAnswerOption): string | undefined {
  return option.valueCoding?.display ?? option.valueCoding?.code ?? option.valueString ?? (option.valueInteger === undefined ? undefined : String(option.valueInteger));
}

/** otforms option codes for each FHIR option, unique within the item. */
export function optionCodes(options: QuestionnaireAnswerOption[]): Map<string, string> {
  const codes = new Map<string, string>();
  const used = new Set<string>();
  for (const option of options) {
    const key = optionKey(option);
    if (key === undefined || codes.has(key)) continue;
    const raw = option.valueCoding?.code ?? option.valueCoding?.display ?? option.valueString ?? String(option.valueInteger);
    let code = toIdentifier(raw, 'option');
    for (let n = 2; used.has(code); n += 1) code = `${code.replace(/-\d+$/, '')}-${n}`;
    used.add(code);
    codes.set(key, code);
  }
  return codes;
}
