// meetings.*: scheduling, changing and cancelling meetings of the team around the family.
import { z } from 'zod';
import { method } from './method';
import { FAMILY_PLAN_DELIVERY, SKIPPED_CHOICES, closingDraftSchema, meetingPlanSchema, nextMeetingSchema } from '../core/meetings/schema';
import { optionalLine } from '../core/shared/strings';
import { isoDate } from '../core/shared/dates';
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
  start: method({
    summary:
      'Start a planned meeting: builds its agenda from the template and the last meeting (open actions, worries, ratings). Started on another day than planned, it needs `heldOn`: the planned date or today, which becomes the meeting’s one date.',
    input: z.object({ familyId: idSchema, meetingId: idSchema, heldOn: isoDate('Enter the date the meeting is held on').optional() }).strict(),
    output: familyRecordSchema,
  }),
  goTo: method({
    summary: 'Move to an agenda item, marking the one left as done or not.',
    input: z.object({ familyId: idSchema, meetingId: idSchema, itemId: idSchema, markDoneId: idSchema.optional() }).strict(),
    output: familyRecordSchema,
  }),
  addItem: method({
    summary: 'Add an item to a running meeting’s agenda, after the current one.',
    input: z.object({ familyId: idSchema, meetingId: idSchema, title: requiredLine('Enter a title for the item', 200) }).strict(),
    output: familyRecordSchema,
  }),
  setNextMeeting: method({
    summary: 'Set the next meeting’s date, time and place before closing.',
    input: z.object({ familyId: idSchema, meetingId: idSchema, nextMeeting: nextMeetingSchema }).strict(),
    output: familyRecordSchema,
  }),
  saveClosing: method({
    summary: 'Keep what the chair has filled in for the closing check (how the family will get the plan, why their view is missing, how their views were brought in) before finishing.',
    input: z.object({ familyId: idSchema, meetingId: idSchema, closing: closingDraftSchema }).strict(),
    output: familyRecordSchema,
  }),
  finish: method({
    summary: 'Finish a meeting after the closing check (anything not given here is taken from the saved closing details). If a check is not met, the chair must give a reason, which is kept.',
    input: z
      .object({
        familyId: idSchema,
        meetingId: idSchema,
        familyPlanDelivery: z.enum(FAMILY_PLAN_DELIVERY).optional(),
        familyViewMissingReason: optionalLine(600),
        familyAbsentViews: optionalLine(600),
        overrideReason: optionalLine(600),
        skipped: z.enum(SKIPPED_CHOICES).optional(),
        skippedReason: optionalLine(600),
      })
      .strict(),
    output: z.object({ record: familyRecordSchema, nextMeetingId: z.string().optional() }),
  }),
  familyView: method({
    summary: 'What the family sees on a shared screen: large plain words, who is here, the item now, the plan so far. Nothing for professionals only.',
    input: z.object({ familyId: idSchema, meetingId: idSchema }).strict(),
    output: z.object({
      title: z.string(),
      itemNow: z.string(),
      here: z.array(z.string()),
      couldNotCome: z.array(z.string()),
      plan: z.array(z.object({ who: z.string(), what: z.string(), when: z.string() })),
      nextMeeting: z.string(),
      keyPerson: z.string(),
      teamName: z.string(),
      planName: z.string(),
    }),
  }),
};
