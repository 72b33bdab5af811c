// notes.*: the minutes as they are typed — one note entry saved (added or changed) at a time, every
// second or so while someone types, so the answer is small: the entry as kept, when, and the record's revision.
import { z } from 'zod';
import { method } from './method';
import { noteEntrySchema } from '../core/minutes/schema';
import { idSchema, optionalLine } from '../core/shared/strings';
import { concernSchema } from '../core/safeguarding/concern';
import { familyRecordSchema } from '../core/families/record';

const { createdAt: _createdAt, updatedAt: _updatedAt, id: _id, revision: _revision, ...noteFields } = noteEntrySchema.shape;

/**
 * One note entry as the minutes screen sends it: no timestamps (the app sets them). The id is
 * normally made by the screen when the entry is first typed, so a save that is sent twice (a retry
 * after a lost answer) changes the same entry instead of adding a second one.
 */
export const noteInputSchema = z
  .object({ ...noteFields, id: idSchema.optional() })
  .strict();
export type NoteInput = z.input<typeof noteInputSchema>;

export const noteSavedSchema = z.object({
  note: noteEntrySchema,
  /** When the app kept it (the entry's updatedAt). */
  savedAt: z.iso.datetime(),
  /** The family record's revision after the save. */
  revision: z.number().int(),
});
export type NoteSaved = z.infer<typeof noteSavedSchema>;

export const notesMethods = {
  save: method({
    summary: 'Keep one note entry of a meeting under way (add it, or change it when its id is known). Answers with the entry only, not the whole family.',
    input: z
      .object({
        familyId: idSchema,
        meetingId: idSchema,
        note: noteInputSchema,
        /**
         * The entry's revision this save was based on (0 for an entry saved before revisions were
         * kept). When the stored entry has moved on, the save is refused with a `conflict` whose
         * details hold the stored entry, so the screen can show both and nothing is lost.
         */
        basedOn: z.number().int().min(0).optional(),
      })
      .strict(),
    output: noteSavedSchema,
  }),
  saveConcern: method({
    summary: 'Record (or change) a safeguarding concern raised during a meeting under way: who raised it, with whom, when, and the reference. It goes in the meeting record, never the family plan.',
    input: z.object({ familyId: idSchema, meetingId: idSchema, concern: concernSchema.extend({ id: idSchema.optional() }).strict() }).strict(),
    output: z.object({ concern: concernSchema, revision: z.number().int() }),
  }),
  saveNoConcernReason: method({
    summary: 'Say why no safeguarding concern was raised about a note whose words may suggest harm (an empty reason takes it back). Kept in the meeting, for the closing check.',
    input: z.object({ familyId: idSchema, meetingId: idSchema, noteId: idSchema, reason: optionalLine(400) }).strict(),
    output: z.object({ noteId: z.string(), reason: z.string(), record: familyRecordSchema }),
  }),
  removeConcern: method({
    summary: 'Take a safeguarding concern entry out of a meeting under way (a slip).',
    input: z.object({ familyId: idSchema, meetingId: idSchema, concernId: idSchema }).strict(),
    output: z.object({ concernId: z.string(), removed: z.boolean(), revision: z.number().int() }),
  }),
  remove: method({
    summary: 'Take a note entry out of the minutes of a meeting under way (a slip). Any follow-up action it led to stays in the plan.',
    input: z.object({ familyId: idSchema, meetingId: idSchema, noteId: idSchema }).strict(),
    output: z.object({ noteId: z.string(), removed: z.boolean(), revision: z.number().int() }),
  }),
};
