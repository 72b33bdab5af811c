// notes.* handlers: keep one note entry of a meeting under way, checked against the record (agenda item,
// speaker, views, follow-up action) and against the revision it was based on, so two places never overwrite each other.
import type { Handlers } from '../../api';
import { AppError } from '../../core/shared/result';
import type { NoteEntry } from '../../core/minutes/schema';
import { isPersonOnRecord, runningMeeting } from './find';
import type { ServiceContext } from './context';
import { compileHarmList, suggestsHarm, type CompiledHarmList } from '../../core/safeguarding';
import type { Concern } from '../../core/safeguarding';

const NOT_ON_RECORD = 'Choose someone from the team or the family';
export const NOTE_CHANGED_ELSEWHERE =
  'This note was changed in another place (another window or tab) after you started. Your words were not saved over it: compare the two and choose what to keep.';

/** True when a save would change nothing (a retry of a save that landed, its answer lost). */
function sameWords(existing: NoteEntry, note: Record<string, unknown>): boolean {
  return Object.keys(note).every((k) => k === 'id' || JSON.stringify(note[k]) === JSON.stringify((existing as unknown as Record<string, unknown>)[k]));
}

export function notesHandlers(ctx: ServiceContext): Handlers['notes'] {
  const { store } = ctx;
  let harmList: { words: readonly string[]; compiled: CompiledHarmList } | undefined;
  const harm = () => {
    const words = ctx.templates.safeguarding.words;
    if (harmList?.words !== words) harmList = { words, compiled: compileHarmList(words) };
    return harmList.compiled;
  };
  return {
    async save({ familyId, meetingId, note, basedOn }) {
      let kept: NoteEntry | undefined;
      const record = await store.update(familyId, (draft) => {
        const meeting = runningMeeting(draft, meetingId);
        if (!meeting.agenda.some((i) => i.id === note.agendaItemId)) {
          throw new AppError('not-found', 'That item is not on this meeting’s agenda.', { 'note.agendaItemId': 'Choose an item on this meeting’s agenda' });
        }
        if (note.speakerId && !isPersonOnRecord(draft, note.speakerId)) {
          throw new AppError('invalid-input', NOT_ON_RECORD, { 'note.speakerId': NOT_ON_RECORD });
        }
        note.views.forEach((v, i) => {
          if (v.personId && !isPersonOnRecord(draft, v.personId)) {
            throw new AppError('invalid-input', NOT_ON_RECORD, { [`note.views.${i}.personId`]: NOT_ON_RECORD });
          }
        });
        if (note.followUpActionId && !draft.actions.some((a) => a.id === note.followUpActionId)) {
          throw new AppError('not-found', 'We could not find the follow-up action.', { 'note.followUpActionId': 'We could not find the follow-up action' });
        }
        const now = ctx.now().toISOString();
        // Whether its words suggest harm is the app's judgement, made on every save from the council's list.
        note.harmFlagged = suggestsHarm([note.text, ...note.views.map((v) => v.text)], harm());
        if (!note.harmFlagged) note.familyMaySee = undefined;
        const at = note.id ? meeting.notes.findIndex((n) => n.id === note.id) : -1;
        if (at >= 0) {
          const existing = meeting.notes[at];
          const current = existing.revision ?? 0;
          if (basedOn !== undefined && basedOn !== current) {
            if (sameWords(existing, note)) {
              kept = existing;
              return;
            }
            throw new AppError('conflict', NOTE_CHANGED_ELSEWHERE, { basedOn: NOTE_CHANGED_ELSEWHERE });
          }
          meeting.notes[at] = { ...note, id: existing.id, createdAt: existing.createdAt, updatedAt: now, revision: current + 1 };
          kept = meeting.notes[at];
        } else {
          if (note.id && draft.meetings.some((m) => m.notes.some((n) => n.id === note.id))) {
            throw new AppError('conflict', 'That note belongs to another meeting, so it was not changed here.');
          }
          kept = { ...note, id: note.id ?? ctx.newId(), createdAt: now, updatedAt: now, revision: 1 };
          meeting.notes.push(kept);
        }
        meeting.updatedAt = now;
      });
      const saved = record.meetings.find((m) => m.id === meetingId)?.notes.find((n) => n.id === kept!.id) ?? kept!;
      return { note: saved, savedAt: saved.updatedAt, revision: record.revision };
    },

    async saveConcern({ familyId, meetingId, concern }) {
      let kept: Concern | undefined;
      const record = await store.update(familyId, (draft) => {
        const meeting = runningMeeting(draft, meetingId);
        if (concern.noteId && !meeting.notes.some((n) => n.id === concern.noteId)) {
          throw new AppError('not-found', 'We could not find that entry in the minutes.');
        }
        const list = meeting.concerns ?? [];
        const at = concern.id ? list.findIndex((c) => c.id === concern.id) : -1;
        kept = { ...concern, id: concern.id ?? ctx.newId() };
        if (at >= 0) list[at] = kept;
        else list.push(kept);
        meeting.concerns = list;
        meeting.updatedAt = ctx.now().toISOString();
      });
      return { concern: kept!, revision: record.revision };
    },

    async saveNoConcernReason({ familyId, meetingId, noteId, reason }) {
      const record = await store.update(familyId, (draft) => {
        const meeting = runningMeeting(draft, meetingId);
        if (!meeting.notes.some((n) => n.id === noteId)) throw new AppError('not-found', 'We could not find that entry in the minutes.');
        const others = (meeting.noConcernReasons ?? []).filter((r) => r.noteId !== noteId);
        meeting.noConcernReasons = reason ? [...others, { noteId, reason }] : others;
        meeting.updatedAt = ctx.now().toISOString();
      });
      return { noteId, reason, record };
    },

    async removeConcern({ familyId, meetingId, concernId }) {
      let removed = false;
      const record = await store.update(familyId, (draft) => {
        const meeting = runningMeeting(draft, meetingId);
        const before = meeting.concerns?.length ?? 0;
        meeting.concerns = (meeting.concerns ?? []).filter((c) => c.id !== concernId);
        removed = meeting.concerns.length < before;
        if (removed) meeting.updatedAt = ctx.now().toISOString();
      });
      return { concernId, removed, revision: record.revision };
    },

    async remove({ familyId, meetingId, noteId }) {
      let removed = false;
      const record = await store.update(familyId, (draft) => {
        const meeting = runningMeeting(draft, meetingId);
        const before = meeting.notes.length;
        meeting.notes = meeting.notes.filter((n) => n.id !== noteId);
        removed = meeting.notes.length < before;
        if (removed) meeting.updatedAt = ctx.now().toISOString();
      });
      return { noteId, removed, revision: record.revision };
    },
  };
}
