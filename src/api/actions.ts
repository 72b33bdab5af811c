// actions.*: reviewing last time's actions at a meeting. (Capturing and editing actions is added
// by the minutes-and-actions work.)
import { z } from 'zod';
import { method } from './method';
import { actionReviewSchema } from '../core/actions/schema';
import { familyRecordSchema } from '../core/families/record';
import { idSchema } from '../core/shared/strings';

export const actionsMethods = {
  review: method({
    summary: 'Record what happened with an action from last time: done, partly done, not done (with the reason), no longer needed or carried forward.',
    input: z.object({ familyId: idSchema, meetingId: idSchema, review: actionReviewSchema }).strict(),
    output: familyRecordSchema,
  }),
};
