// circulation.*: after a meeting, who is to be sent which version of the record (the whole team and
// the family, present or not, with the family's consent respected), and recording each copy sent.
import { z } from 'zod';
import { method } from './method';
import { DOCUMENT_KINDS, SEND_METHODS, circulationEntrySchema } from '../core/circulation/schema';
import { familyPlanFactsSchema } from '../core/circulation/family-plan';
import { familyRecordSchema } from '../core/families/record';
import { isoDate, isTime } from '../core/shared/dates';
import { idSchema, optionalLine, personRef } from '../core/shared/strings';

export const familyPlanStatusSchema = familyPlanFactsSchema.extend({
  state: z.enum(['sent', 'due', 'overdue']),
  dueBy: z.string(),
  workingDaysPassed: z.number().int(),
  withinWorkingDays: z.number().int(),
  title: z.string(),
  detail: z.string(),
});

export const circulationRowSchema = z.object({
  personId: z.string(),
  name: z.string(),
  kind: z.enum(['family', 'team']),
  role: z.string(),
  agency: z.string(),
  attendance: z.string(),
  present: z.boolean(),
  version: z.enum(DOCUMENT_KINDS),
  versions: z.array(z.enum(DOCUMENT_KINDS)),
  email: z.string(),
  note: z.string(),
  leftTeam: z.boolean(),
  excluded: z
    .object({ kind: z.enum(['excluded-by-family', 'no-consent']), agency: z.string(), message: z.string() })
    .optional(),
  sent: z.array(circulationEntrySchema),
});

export const circulationListSchema = z.object({
  meetingId: z.string(),
  rows: z.array(circulationRowSchema),
  excludedAgencies: z.array(z.string()),
  consentInForce: z.boolean(),
  /** The family's copy of the latest plan (undefined when no meeting has finished). */
  familyPlan: familyPlanStatusSchema.optional(),
});

export const circulationMethods = {
  list: method({
    summary: 'The circulation list for a finished meeting: everyone in the team and the family, at the meeting or not, the version meant for each, consent exclusions, copies already sent, and whether the family has their plan.',
    input: z.object({ familyId: idSchema, meetingId: idSchema }).strict(),
    output: circulationListSchema,
  }),
  record: method({
    summary: 'Record one copy as sent: to whom, which version, when and how. An agency the family excluded needs a reason, which is kept.',
    input: z
      .object({
        familyId: idSchema,
        meetingId: idSchema,
        personId: personRef('Choose who it was sent to'),
        version: z.enum(DOCUMENT_KINDS, { error: 'Choose which version they were sent' }),
        how: z.enum(SEND_METHODS, { error: 'Choose how it was sent' }),
        /** The London date it was sent; today when not given. */
        sentOn: isoDate('Enter the date it was sent, for example 23 11 2026').optional(),
        /** The London time it was sent, like 14:30; now (or midday on another day) when not given. */
        sentTime: z.string().refine(isTime, { error: 'Enter the time it was sent, like 14:30' }).optional(),
        excludedOverrideReason: optionalLine(600),
      })
      .strict(),
    output: z.object({ record: familyRecordSchema, entryId: z.string(), list: circulationListSchema }),
  }),
};
