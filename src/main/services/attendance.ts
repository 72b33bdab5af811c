// attendance.* handlers: one person's attendance, invitation or child's participation at a time.
import type { Handlers } from '../../api';
import { AppError } from '../../core/shared/result';
import { findMeeting, isPersonOnRecord } from './find';
import type { ServiceContext } from './context';

function upsert<T>(list: T[], item: T, same: (x: T) => boolean): void {
  const i = list.findIndex(same);
  if (i >= 0) list[i] = item;
  else list.push(item);
}

export function attendanceHandlers(ctx: ServiceContext): Handlers['attendance'] {
  const { store } = ctx;
  const notFinished = (status: string) => {
    if (status === 'finished' || status === 'cancelled') throw new AppError('conflict', 'This meeting has finished, so its attendance cannot be changed here.');
  };
  return {
    async set({ familyId, meetingId, entry }) {
      return store.update(familyId, (draft) => {
        const meeting = findMeeting(draft, meetingId);
        notFinished(meeting.status);
        if (!isPersonOnRecord(draft, entry.personId)) throw new AppError('invalid-input', 'Choose someone from the team or the family', { personId: 'Choose someone from the team or the family' });
        upsert(meeting.attendance, entry, (a) => a.personId === entry.personId);
      });
    },
    async clear({ familyId, meetingId, personId }) {
      return store.update(familyId, (draft) => {
        const meeting = findMeeting(draft, meetingId);
        notFinished(meeting.status);
        meeting.attendance = meeting.attendance.filter((a) => a.personId !== personId);
      });
    },
    async invite({ familyId, meetingId, invitation }) {
      return store.update(familyId, (draft) => {
        const meeting = findMeeting(draft, meetingId);
        notFinished(meeting.status);
        if (!isPersonOnRecord(draft, invitation.personId)) throw new AppError('invalid-input', 'Choose someone from the team or the family', { personId: 'Choose someone from the team or the family' });
        upsert(meeting.invitations, invitation, (i) => i.personId === invitation.personId);
      });
    },
    async setChild({ familyId, meetingId, participation }) {
      return store.update(familyId, (draft) => {
        const meeting = findMeeting(draft, meetingId);
        notFinished(meeting.status);
        if (!meeting.childIds.includes(participation.childId)) {
          throw new AppError('invalid-input', 'Choose a child this meeting is about', { childId: 'Choose a child this meeting is about' });
        }
        upsert(meeting.childParticipation, participation, (c) => c.childId === participation.childId);
      });
    },
  };
}
