// A safeguarding concern raised during a meeting: who raised it, with whom, when, and the reference
// the safeguarding team gave. Kept in the meeting record, never in the family's plan.
import { z } from 'zod';
import { idSchema, optionalLine, requiredLine } from '../shared/strings';
import { isoDate, isTime } from '../shared/dates';

export const concernSchema = z.object({
  id: idSchema,
  /** Who raised it: a name as said, or someone on the record. */
  raisedBy: requiredLine('Enter who raised the concern', 160),
  /** Who it was raised with: "Duty social worker, Children's Services front door". */
  raisedWith: requiredLine('Enter who the concern was raised with', 200),
  date: isoDate('Enter the date it was raised, for example 4 6 2026'),
  time: z.string({ error: 'Enter the time, like 10:30' }).refine(isTime, { error: 'Enter the time, like 10:30' }).optional(),
  reference: optionalLine(120),
  /** The minutes entry it is about, if any. */
  noteId: idSchema.optional(),
});
export type Concern = z.infer<typeof concernSchema>;
