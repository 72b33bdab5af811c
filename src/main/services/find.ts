// Finding parts of a family record inside a change, with plain "not found" errors.
import { AppError } from '../../core/shared/result';
import type { FamilyRecord } from '../../core/families/record';

export function findMeeting(draft: FamilyRecord, meetingId: string) {
  const meeting = draft.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new AppError('not-found', 'We could not find that meeting.');
  return meeting;
}

export function findEpisode(draft: FamilyRecord, episodeId: string) {
  const episode = draft.episodes.find((e) => e.id === episodeId);
  if (!episode) throw new AppError('not-found', 'We could not find that support record.');
  return episode;
}

export function findAction(draft: FamilyRecord, actionId: string) {
  const action = draft.actions.find((a) => a.id === actionId);
  if (!action) throw new AppError('not-found', 'We could not find that action.');
  return action;
}

/** A meeting that is under way (attendance, notes and reviews can change only then). */
export function runningMeeting(draft: FamilyRecord, meetingId: string) {
  const meeting = findMeeting(draft, meetingId);
  if (meeting.status !== 'in-progress') {
    throw new AppError('conflict', meeting.status === 'finished' ? 'This meeting has finished, so it cannot be changed here.' : 'Start the meeting first.');
  }
  return meeting;
}

export function isPersonOnRecord(draft: FamilyRecord, personId: string): boolean {
  return draft.children.some((c) => c.id === personId) || draft.members.some((m) => m.id === personId) || draft.team.some((t) => t.id === personId);
}
