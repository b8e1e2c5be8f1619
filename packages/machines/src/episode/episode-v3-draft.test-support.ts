/**
 * An episode draft as a version 3 release saved it, for the tests: a draft
 * the current machine made (a copy), with every record it holds written as
 * version 3 wrote it and the draft fields version 4 added taken out.
 * Version 4 added photos to assessments (`attachments`), the home visit
 * (`homeVisit` in an episode; `homeVisitInstruments` in its draft), goals
 * started from the conversation (`seededFrom`) and the goal plan's seeds
 * (`options.seeds`, `usedSeeds`), and an assessment draft's
 * `responses.attachments`. Version 5 added the audit of answers
 * (`answerAudit` in a record, `audit` in an assessment's draft).
 */
export function asVersion3Draft(current: unknown): Draft {
  const draft = structuredClone(current) as Draft;
  const { context } = draft;
  delete context.homeVisitInstruments;
  delete context.homeVisit;
  for (const entry of context.assessments) entry.record = assessmentV3(entry.record);
  if (context.goalPlan) context.goalPlan = goalPlanV3(context.goalPlan);
  if (context.record) {
    const record = { ...context.record, schemaVersion: 3 } as Draft['context'];
    delete record.homeVisit;
    record.assessments = record.assessments.map((entry: { record: Record<string, unknown> }) => ({ ...entry, record: assessmentV3(entry.record) }));
    if (record.goalPlan) record.goalPlan = goalPlanV3(record.goalPlan);
    context.record = record;
  }
  for (const child of Object.values(draft.children)) {
    const childContext = child.snapshot.context;
    delete childContext.usedSeeds;
    delete childContext.options?.seeds;
    for (const goal of childContext.goals ?? []) delete goal.seededFrom;
    if (childContext.responses) delete childContext.responses.attachments;
    delete childContext.audit;
  }
  return draft;
}

// A draft is JSON the machine wrote; the tests reach into it by name.
type Draft = { context: Record<string, any>; children: Record<string, { snapshot: { context: Record<string, any> } }> } & Record<string, unknown>;

function assessmentV3(record: Record<string, unknown>): Record<string, unknown> {
  const old: Record<string, unknown> = { ...record, schemaVersion: 3 };
  delete old.attachments;
  delete old.answerAudit;
  return old;
}

function goalPlanV3(record: Record<string, unknown>): Record<string, unknown> {
  const plan = record.goalPlan as { goals: Record<string, unknown>[] };
  const goals = plan.goals.map((goal) => {
    const old = { ...goal };
    delete old.seededFrom;
    return old;
  });
  return { ...record, schemaVersion: 3, goalPlan: { ...plan, goals } };
}
