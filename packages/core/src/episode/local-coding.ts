import * as z from 'zod/mini';
import { ENGLAND_CLD_SYSTEM, isEnglandCldSystem } from './vocabulary.js';

/**
 * A value from a vocabulary that is not England's CLD (a Scottish or local
 * list): the episode's `request.routeOfAccessCoding` and `endOutcomeCoding`
 * (record version 6). The CLD fields `routeOfAccess` and `endOutcome` keep
 * their meaning, so a local value can never pass for a CLD one: its system
 * may not be CLD's.
 */
export const LocalCodingSchema = z
  .strictObject({
    system: z.string().check(z.trim(), z.regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/, 'Enter a URI naming the code system, such as urn:example:route-of-access')),
    code: z.string().check(z.trim(), z.minLength(1, 'Enter the code')),
    display: z.optional(z.string().check(z.trim(), z.minLength(1, 'Enter the text shown for the code, or leave it out'))),
  })
  .check(
    z.superRefine((coding, ctx) => {
      if (isEnglandCldSystem(coding.system)) {
        ctx.addIssue({
          code: 'custom',
          path: ['system'],
          message: `A CLD value goes in the CLD field, not in a local coding (${ENGLAND_CLD_SYSTEM} is England's CLD)`,
          params: { rule: 'coding-not-cld' },
        });
      }
    }),
    z.meta({ id: 'LocalCoding', description: 'A code from a vocabulary that is not England’s CLD, with the URI of its system and the text shown for it.' }),
  );

export type LocalCoding = z.output<typeof LocalCodingSchema>;
