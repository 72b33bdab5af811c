// attendance.*: invitations, who came (or why not) and how each child took part, one person at a time.
import { z } from 'zod';
import { method } from './method';
import { attendanceSchema, childParticipationSchema, invitationSchema } from '../core/attendance/schema';
import { familyRecordSchema } from '../core/families/record';
import { idSchema } from '../core/shared/strings';

const where = { familyId: idSchema, meetingId: idSchema };

export const attendanceMethods = {
  set: method({
    summary: 'Record one person’s attendance at a meeting (came, joined online, sent apologies, a written update…).',
    input: z.object({ ...where, entry: attendanceSchema }).strict(),
    output: familyRecordSchema,
  }),
  clear: method({
    summary: 'Remove one person’s attendance entry (a slip).',
    input: z.object({ ...where, personId: idSchema }).strict(),
    output: familyRecordSchema,
  }),
  invite: method({
    summary: 'Record when and how someone was invited, and their reply.',
    input: z.object({ ...where, invitation: invitationSchema }).strict(),
    output: familyRecordSchema,
  }),
  setChild: method({
    summary: 'Record how a child took part: at the meeting, part of it, views given beforehand (and to whom), or not.',
    input: z.object({ ...where, participation: childParticipationSchema }).strict(),
    output: familyRecordSchema,
  }),
};
