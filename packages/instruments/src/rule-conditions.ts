import type { ConditionInput } from './definition-input.js';

/**
 * Short builders for the conditions of suggestion rules and `enableWhen`, so a
 * rule reads as its sentence. They only build plain data: `parseDefinition`
 * checks it.
 */
export const is = (item: string, value: string | number): ConditionInput => ({ item, operator: 'equals', value });
export const isNot = (item: string, value: string | number): ConditionInput => ({ item, operator: 'notEquals', value });
export const above = (item: string, value: number): ConditionInput => ({ item, operator: 'greaterThan', value });
export const below = (item: string, value: number): ConditionInput => ({ item, operator: 'lessThan', value });
