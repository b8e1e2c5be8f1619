import { afterEach, describe, expect, it, vi } from 'vitest';
import { newGoalId } from './goal-id.js';
import { GoalSchema } from './goal-plan-schema.js';

const goal = (id: string) => ({ id, statement: 'Walk to the shop', baseline: -2, levels: { expected: 'Walks there with a frame' }, dueDate: '2026-12-20', lifecycleStatus: 'proposed' });

describe('newGoalId', () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes ids in the format records have always had, which the goal schema accepts', () => {
    const ids = Array.from({ length: 50 }, () => newGoalId());
    for (const id of ids) {
      expect(id).toMatch(/^goal-[0-9a-f]{8}$/);
      expect(GoalSchema.safeParse(goal(id)).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never returns an id the plan already has', () => {
    const uuids = ['0a1b2c3d-0000-4000-8000-000000000000', '0a1b2c3d-1111-4000-8000-000000000000', '9f8e7d6c-0000-4000-8000-000000000000'];
    vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(() => uuids.shift() as `${string}-${string}-${string}-${string}-${string}`);
    expect(newGoalId(['goal-0a1b2c3d'])).toBe('goal-9f8e7d6c');
  });
});
