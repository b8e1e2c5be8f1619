import * as z from 'zod/mini';
import { checkDefinitionRules } from './definition-rules.js';
import { InstrumentDefinitionShape } from './definition-shape.js';
import { about } from './schema-parts.js';

/**
 * The instrument definition with its cross-field rules. The fields and every
 * type live in definition-shape.ts, which the rules read; keeping this one
 * line apart is what lets the rules import those types without a circle.
 */
export const InstrumentDefinitionSchema = InstrumentDefinitionShape.check(
  z.superRefine(checkDefinitionRules),
  about({ id: 'InstrumentDefinition', title: 'otforms instrument definition v1' }),
);

export * from './definition-shape.js';
