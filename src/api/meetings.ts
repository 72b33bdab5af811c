// meetings.*: scheduling, changing and cancelling meetings of the team around the family.
import { z } from 'zod';
import { method } from './method';
import { meetingPlanSchema } from '../core/meetings/schema';
import { familyRecordSchema } from '../core/families/record';
import { idSchema, requiredLine } from '../core/shared/strings';

export const meetingsMethods = {
  schedule: method({
    summary: 'Plan a meeting. Returns the family and any warning that the venue goes against the family’s wishes.',
    input: z.object({ familyId: idSchema, plan: meetingPlanSchema }).strict(),
    output: z.object({ record: familyRecordSchema, meetingId: z.string(), warnings: z.array(z.string()) }),
  }),
  update: method({
    summary: 'Change a planned meeting’s kind, time, place, chair or minute-taker.',
    input: z.object({ familyId: idSchema, meetingId: idSchema, plan: meetingPlanSchema }).strict(),
    output: z.object({ record: familyRecordSchema, meetingId: z.string(), warnings: z.array(z.string()) }),
  }),
  cancel: method({
    summary: 'Cancel a planned meeting, with the reason.',
    input: z
      .object({ familyId: idSchema, meetingId: idSchema, reason: requiredLine('Say why the meeting is cancelled', 400) })
      .strict(),
    output: familyRecordSchema,
  }),
};
