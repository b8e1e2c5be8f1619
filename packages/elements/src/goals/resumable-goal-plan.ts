/**
 * Whether a stored value is an unfinished goal plan this element can resume:
 * a persisted snapshot of the goal-plan machine that has not closed. A closed
 * plan's draft is removed when it closes, so anything else is not ours.
 */
export function isResumableGoalPlan(draft: unknown): boolean {
  if (typeof draft !== 'object' || draft === null) return false;
  const { status, value, context } = draft as { status?: unknown; value?: unknown; context?: Record<string, unknown> };
  if (status !== 'active' || typeof context !== 'object' || context === null) return false;
  const options = context.options as { startedAt?: unknown } | undefined;
  return (
    (value === 'drafting' || value === 'active' || value === 'reviewing') &&
    Array.isArray(context.goals) &&
    Array.isArray(context.errors) &&
    typeof options?.startedAt === 'string' &&
    (value !== 'reviewing' || typeof context.review === 'object')
  );
}
