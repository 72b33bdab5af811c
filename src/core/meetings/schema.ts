// A meeting of the team around the family: what kind, when and where, who chairs and who takes
// the minutes; and, once it runs, its agenda, attendance, minutes, reviews, ratings and circulation.
import { z } from 'zod';
import { isoDate, isTime } from '../shared/dates';
import { idSchema, longText, optionalLine, personRef, requiredLine } from '../shared/strings';
import { VENUE_KINDS } from './venue';
import { attendanceSchema, childParticipationSchema, invitationSchema } from '../attendance/schema';
import { agendaItemSchema } from '../agenda/schema';
import { noteEntrySchema } from '../minutes/schema';
import { concernSchema } from '../safeguarding/concern';
import { actionReviewSchema } from '../actions/schema';
import { outcomeRatingSchema } from '../outcomes/schema';
import { circulationEntrySchema } from '../circulation/schema';

export const MEETING_KINDS = ['first', 'review', 'closing'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  first: 'First meeting',
  review: 'Review meeting',
  closing: 'Closing meeting',
};

export const MEETING_STATUSES = ['planned', 'in-progress', 'finished', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  planned: 'Planned',
  'in-progress': 'Under way',
  finished: 'Finished',
  cancelled: 'Cancelled',
};

export const timeSchema = (message: string) =>
  z.string({ error: message }).refine(isTime, { error: message });

export const FAMILY_PLAN_DELIVERY = ['email', 'post', 'by-hand', 'at-meeting'] as const;
/** For what was skipped: carry it all forward to the next meeting, or finish without it for a reason. */
export const SKIPPED_CHOICES = ['carry-forward', 'reason'] as const;
export type SkippedChoice = (typeof SKIPPED_CHOICES)[number];

export const closingSchema = z.object({
  finishedAt: z.iso.datetime(),
  /** How the family will get the plan. */
  familyPlanDelivery: z.enum(FAMILY_PLAN_DELIVERY).optional(),
  familyViewMissingReason: optionalLine(600),
  familyAbsentViews: optionalLine(600),
  /** Closing checks that were not met when the chair finished anyway. */
  unmetChecks: z.array(z.string().max(4000)).max(20).default([]),
  overrideReason: optionalLine(600),
  /** What the chair chose for actions not reviewed and outcomes not rated: carry them forward, or a reason. */
  skipped: z.enum(SKIPPED_CHOICES).optional(),
  skippedReason: optionalLine(600).optional(),
  /** Actions open at the start that no one looked at (carried forward with a note when so chosen). */
  notLookedAtActionIds: z.array(idSchema).max(1000).optional(),
  /** Who had no attendance recorded when the meeting finished (older records leave it out). */
  notRecordedIds: z.array(idSchema).max(1000).optional(),
  /** Outcomes agreed but not rated at this meeting. */
  notRatedOutcomeIds: z.array(idSchema).max(100).optional(),
});

/** What the chair has filled in for the closing check while the meeting runs, kept until it finishes. */
export const closingDraftSchema = z.object({
  familyPlanDelivery: z.enum(FAMILY_PLAN_DELIVERY).optional(),
  familyViewMissingReason: optionalLine(600),
  familyAbsentViews: optionalLine(600),
  skipped: z.enum(SKIPPED_CHOICES).optional(),
  skippedReason: optionalLine(600).optional(),
});

/** Why no safeguarding concern was raised about a note whose words suggest harm. */
export const noConcernReasonSchema = z.object({
  noteId: idSchema,
  reason: requiredLine('Say why no concern was raised', 400),
});
export type NoConcernReason = z.infer<typeof noConcernReasonSchema>;

export const nextMeetingSchema = z.object({
  date: isoDate('Enter the date of the next meeting'),
  startTime: timeSchema('Enter a time for the next meeting, like 10:30'),
  venue: optionalLine(200),
  venueKind: z.enum(VENUE_KINDS).optional(),
});

/** The details set when scheduling: what the scheduling form edits. */
export const meetingPlanSchema = z.object({
  kind: z.enum(MEETING_KINDS, { error: 'Choose the kind of meeting' }),
  childIds: z.array(idSchema).min(1, { error: 'Choose which children this meeting is about' }).max(20),
  date: isoDate('Enter the date of the meeting, for example 4 6 2026'),
  startTime: timeSchema('Enter the start time, like 10:30'),
  endTime: timeSchema('Enter the end time, like 11:30').optional(),
  venue: requiredLine('Enter where the meeting will be, for example the family home', 200),
  venueKind: z.enum(VENUE_KINDS, { error: 'Choose the kind of venue' }),
  chairId: personRef('Choose who will chair the meeting'),
  minuteTakerId: personRef('Choose who will take the minutes'),
});
export type MeetingPlan = z.infer<typeof meetingPlanSchema>;

export const meetingSchema = meetingPlanSchema.extend({
  id: idSchema,
  status: z.enum(MEETING_STATUSES).default('planned'),
  cancelledReason: optionalLine(400),
  invitations: z.array(invitationSchema).max(200).default([]),
  attendance: z.array(attendanceSchema).max(200).default([]),
  childParticipation: z.array(childParticipationSchema).max(20).default([]),
  agenda: z.array(agendaItemSchema).max(500).default([]),
  currentItemId: idSchema.optional(),
  notes: z.array(noteEntrySchema).max(5000).default([]),
  /** Safeguarding concerns raised during the meeting: in the record, never in the family's plan. */
  concerns: z.array(concernSchema).max(100).optional(),
  /** For a note whose words suggest harm, why no concern was raised (the closing check asks). */
  noConcernReasons: z.array(noConcernReasonSchema).max(500).optional(),
  actionReviews: z.array(actionReviewSchema).max(1000).default([]),
  outcomeRatings: z.array(outcomeRatingSchema).max(100).default([]),
  nextMeeting: nextMeetingSchema.optional(),
  nextMeetingId: idSchema.optional(),
  closing: closingSchema.optional(),
  closingDraft: closingDraftSchema.optional(),
  circulation: z.array(circulationEntrySchema).max(500).default([]),
  chairNotes: longText(50_000),
  startedAt: z.iso.datetime().optional(),
  /** The date it was planned for, when it was held on another day (`date` is then the day it was held). */
  plannedDate: isoDate('Enter a real date').optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export function meetingSortKey(m: Pick<Meeting, 'date' | 'startTime'>): string {
  return `${m.date}T${m.startTime}`;
}

/** What every newly planned meeting starts with: planned, with nothing recorded yet. */
export function nothingRecordedYet(now: string) {
  return {
    status: 'planned' as const,
    cancelledReason: '',
    invitations: [],
    attendance: [],
    childParticipation: [],
    agenda: [],
    notes: [],
    actionReviews: [],
    outcomeRatings: [],
    circulation: [],
    chairNotes: '',
    createdAt: now,
    updatedAt: now,
  };
}

/** Meetings held: finished ones only. A meeting under way is not held yet; every count uses this. */
export function heldMeetings<M extends Pick<Meeting, 'status'>>(meetings: readonly M[]): M[] {
  return meetings.filter((m) => m.status === 'finished');
}
