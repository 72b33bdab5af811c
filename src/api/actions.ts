// actions.*: adding and changing actions in the plan (from the one-line capture or the full form),
// and reviewing last time's actions at a meeting.
import { z } from 'zod';
import { method } from './method';
import { actionInputSchema, actionReviewSchema } from '../core/actions/schema';
import { familyRecordSchema } from '../core/families/record';
import { idSchema } from '../core/shared/strings';

export const actionsMethods = {
  save: method({
    summary: 'Add an action to the plan (agreed at this meeting when meetingId is given), or change one (when the id is given).',
    input: z.object({ familyId: idSchema, meetingId: idSchema.optional(), action: actionInputSchema }).strict(),
    output: z.object({ record: familyRecordSchema, actionId: z.string() }),
  }),
  remove: method({
    summary: 'Take an action out of the plan (a slip while typing). Only an action agreed at a meeting still under way, and not yet reviewed, can be removed.',
    input: z.object({ familyId: idSchema, actionId: idSchema }).strict(),
    output: familyRecordSchema,
  }),
  review: method({
    summary: 'Record what happened with an action from last time: done, partly done, not done (with the reason), no longer needed, carried forward, or waiting (since when, and the expected start if known).',
    input: z.object({ familyId: idSchema, meetingId: idSchema, review: actionReviewSchema }).strict(),
    output: familyRecordSchema,
  }),
};
