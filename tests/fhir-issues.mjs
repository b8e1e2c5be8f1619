// Which of Medplum's validation issues for a bundle entry are left to explain,
// shared by packages/interop's bundle tests (bundle.fixture.ts) and the browser
// tests' validate-fhir command (validate-fhir-plugin.mjs).

/** @typedef {{ severity?: string; expression?: string[]; details?: { text?: string } }} FhirIssue */
/** @typedef {{ entry?: { fullUrl?: string; resource?: { resourceType?: string } }[] }} FhirBundle */

/** @type {(issue: FhirIssue) => string} */
export const describeIssue = (issue) => `${issue.severity} at ${(issue.expression ?? []).join(', ')}: ${issue.details?.text ?? ''}`;

/**
 * The issues left once the explained ones are taken out. Medplum reads a
 * reference's target type from "Type/id", so it warns about every
 * `urn:uuid:` reference, which R4 allows inside a bundle. Such a warning is
 * explained when the entry it points to is of a type the element allows; any
 * other issue, or a reference to an entry of the wrong type, is kept.
 * @template {FhirIssue} Issue
 * @param {readonly Issue[]} issues
 * @param {FhirBundle} bundle
 * @returns {Issue[]}
 */
export function unexplainedIssues(issues, bundle) {
  const byUrl = new Map((bundle.entry ?? []).map((entry) => [entry.fullUrl, entry.resource?.resourceType]));
  return issues.filter((issue) => {
    const match = /^Invalid reference: got "(urn:uuid:[^"]+)", expected (.+)$/.exec(issue.details?.text ?? '');
    if (issue.severity !== 'warning' || !match) return true;
    const target = byUrl.get(match[1]);
    const allowed = [...match[2].matchAll(/StructureDefinition\/(\w+)"/g)].map((found) => found[1]);
    return !(target && (allowed.includes(target) || allowed.includes('Resource')));
  });
}
