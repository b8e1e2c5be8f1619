import type { InstrumentDefinitionInput } from '@otforms/core';
import { barthelDefinition as catalogued } from '@otforms/instruments';

/**
 * The 10-item size of the bench: the catalogue's Barthel Index. In its own
 * module so that only the ?items=10 page loads it (bench/page-definition.ts);
 * @otforms/instruments has no side effects, so this chunk holds the Barthel alone.
 *
 * Its scored items are written out (by default every choice item is scored,
 * which is all ten), as generate-definition.ts writes every defaulted field:
 * the driver and the vanilla floor read a definition as is, without otforms'
 * parser. otforms scores it exactly as the catalogued one.
 */
export const barthelDefinition: InstrumentDefinitionInput = {
  ...catalogued,
  scoring: {
    ...catalogued.scoring,
    items: catalogued.sections.flatMap((section) => section.items).filter((item) => item.type === 'single-choice').map((item) => item.id),
  },
};
