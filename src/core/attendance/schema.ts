// Invitations, attendance and non-attendance for one meeting, and how each child took part.
import { z } from 'zod';
import { isoDate } from '../shared/dates';
import { idSchema, longText, optionalLine } from '../shared/strings';

export const INVITE_METHODS = ['email', 'letter', 'phone', 'text', 'in-person'] as const;
export const INVITE_REPLIES = ['no-reply-yet', 'coming', 'coming-remotely', 'cannot-come', 'sending-update', 'sending-someone'] as const;
export const INVITE_REPLY_LABELS: Record<(typeof INVITE_REPLIES)[number], string> = {
  'no-reply-yet': 'No reply yet',
  coming: 'Coming',
  'coming-remotely': 'Joining online or by phone',
  'cannot-come': 'Cannot come',
  'sending-update': 'Sending a written update',
  'sending-someone': 'Sending someone else',
};

export const invitationSchema = z.object({
  personId: idSchema,
  invitedOn: isoDate('Enter the date they were invited'),
  how: z.enum(INVITE_METHODS, { error: 'Choose how they were invited' }),
  reply: z.enum(INVITE_REPLIES).default('no-reply-yet'),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const ATTENDANCE_STATUSES = [
  'in-person', 'remote', 'part', 'apologies', 'written-update', 'sent-someone-else', 'did-not-attend', 'not-invited',
] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  'in-person': 'Came in person',
  remote: 'Joined online or by phone',
  part: 'Came for part of the meeting',
  apologies: 'Sent apologies',
  'written-update': 'Sent a written update',
  'sent-someone-else': 'Sent someone else',
  'did-not-attend': 'Did not come and did not let us know',
  'not-invited': 'Not invited',
};
/** Statuses that count as being at the meeting. */
export const PRESENT_STATUSES: readonly AttendanceStatus[] = ['in-person', 'remote', 'part', 'sent-someone-else'];

/**
 * One person's attendance. The status is kept as soon as it is chosen: what it asks for next (the
 * written update's summary, who came instead, why they were not invited) can follow, and the
 * closing check asks for it while it is missing (see `attendanceGaps`).
 */
export const attendanceSchema = z.object({
  personId: idSchema,
  status: z.enum(ATTENDANCE_STATUSES, { error: 'Choose whether they came' }),
  writtenUpdate: longText(20_000),
  substituteName: optionalLine(120),
  notInvitedReason: optionalLine(400),
  askedForView: z.boolean().default(false),
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** What a status asks for next, and the words for it when it is missing. */
export const ATTENDANCE_NEEDS: Partial<Record<AttendanceStatus, { field: 'writtenUpdate' | 'substituteName' | 'notInvitedReason'; missing: string }>> = {
  'written-update': { field: 'writtenUpdate', missing: 'the summary of their written update' },
  'sent-someone-else': { field: 'substituteName', missing: 'the name of the person who came instead' },
  'not-invited': { field: 'notInvitedReason', missing: 'why they were not invited' },
};

/** The entries whose status is kept but whose companion detail is still missing. */
export function attendanceGaps(entries: readonly Attendance[]): { entry: Attendance; missing: string }[] {
  return entries.flatMap((entry) => {
    const need = ATTENDANCE_NEEDS[entry.status];
    return need && !entry[need.field].trim() ? [{ entry, missing: need.missing }] : [];
  });
}

export const CHILD_PARTICIPATION = ['present', 'part', 'views-beforehand', 'not-involved'] as const;
export const CHILD_PARTICIPATION_LABELS: Record<(typeof CHILD_PARTICIPATION)[number], string> = {
  present: 'Came to the meeting',
  part: 'Came for part of the meeting',
  'views-beforehand': 'Gave their views beforehand',
  'not-involved': 'Did not take part',
};

export const childParticipationSchema = z.object({
  childId: idSchema,
  how: z.enum(CHILD_PARTICIPATION, { error: "Choose how the child's views were heard" }),
  viewsGivenTo: optionalLine(200),
  reason: optionalLine(400),
});
export type ChildParticipation = z.infer<typeof childParticipationSchema>;
