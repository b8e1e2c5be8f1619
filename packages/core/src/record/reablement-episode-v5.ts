import * as z from 'zod/mini';
import { checkReablementEpisode, ReablementEpisodeSchema } from '../episode/episode-schema.js';

/**
 * The reablement episode as record versions 3 to 5 published it: before a
 * route of access or end outcome could come from a vocabulary that is not
 * England's CLD (`routeOfAccessCoding`, `endOutcomeCoding`, version 6).
 * Built from the current fields less those two, in the same order, so the
 * frozen JSON Schema files stay byte for byte as published; the rules are
 * the current ones, which say the same of an episode with no codings.
 */
const { routeOfAccessCoding: _routeOfAccessCoding, ...requestV5 } = ReablementEpisodeSchema.shape.request.shape;
const { request: _request, endOutcomeCoding: _endOutcomeCoding, ...fieldsV5 } = ReablementEpisodeSchema.shape;

export const ReablementEpisodeV5Schema = z
  .strictObject({ request: z.strictObject(requestV5), ...fieldsV5 })
  .check(z.superRefine(checkReablementEpisode), z.meta({ id: 'ReablementEpisodeV5' }));

export type ReablementEpisodeV5 = z.output<typeof ReablementEpisodeV5Schema>;
