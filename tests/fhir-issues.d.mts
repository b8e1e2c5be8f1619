// Lets TypeScript import the .mjs helper under strict mode (TS7016).
export type FhirIssue = { severity?: string; expression?: string[]; details?: { text?: string } };
export type FhirBundle = { entry?: { fullUrl?: string; resource?: { resourceType?: string } }[] };
/** "severity at expression: text", as the tests report an issue. */
export declare function describeIssue(issue: FhirIssue): string;
/** The issues left once warnings about `urn:uuid:` references to entries of an allowed type are taken out. */
export declare function unexplainedIssues<Issue extends FhirIssue>(issues: readonly Issue[], bundle: FhirBundle): Issue[];
