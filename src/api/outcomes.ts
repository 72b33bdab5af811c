// outcomes.*: the outcomes agreed for a child, and their 0–10 ratings from the family and the team
// at each meeting, with what has changed in the family's own words.
import { z } from 'zod';
import { method } from './method';
import { outcomeRatingSchema } from '../core/outcomes/schema';
import { outcomeSchema } from '../core/episodes/schema';
import { familyRecordSchema } from '../core/families/record';
import { idSchema } from '../core/shared/strings';

export const outcomesMethods = {
  save: method({
    summary: 'Agree an outcome for a child (what will be different for them), or change one (when the id is given).',
    input: z.object({ familyId: idSchema, episodeId: idSchema, outcome: outcomeSchema.extend({ id: idSchema.optional() }) }).strict(),
    output: familyRecordSchema,
  }),
  rate: method({
    summary: 'Record this meeting’s rating of one outcome: the family’s and the team’s 0–10, better, no change or worse, and the family’s words.',
    input: z.object({ familyId: idSchema, meetingId: idSchema, rating: outcomeRatingSchema }).strict(),
    output: familyRecordSchema,
  }),
};
