// Minutes: entries under each agenda item — notes, decisions, differing views side by side,
// information not shared, worries and strengths — with who said it and whether it is their own words.
import { z } from 'zod';
import { idSchema, longText, optionalLine } from '../shared/strings';

export const NOTE_KINDS = [
  'note', 'decision', 'differing-views', 'info-not-shared', 'worry', 'strength', 'view',
] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  note: 'Note',
  decision: 'Decision',
  'differing-views': 'Differing views',
  'info-not-shared': 'Information not shared',
  worry: 'Worry',
  strength: 'What is going well',
  view: 'View',
};

export const viewSchema = z.object({
  personId: idSchema.optional(),
  name: optionalLine(120),
  text: longText(),
});

export const noteEntrySchema = z
  .object({
    id: idSchema,
    agendaItemId: idSchema,
    kind: z.enum(NOTE_KINDS).default('note'),
    text: longText(),
    speakerId: idSchema.optional(),
    /** The family's or child's words, kept verbatim: never rephrased, never swapped for plain forms. */
    ownWords: z.boolean().default(false),
    professionalsOnly: z.boolean().default(false),
    professionalsOnlyReason: optionalLine(400),
    views: z.array(viewSchema).max(10).default([]),
    reasonNotShared: optionalLine(400),
    followUpActionId: idSchema.optional(),
    /** Its words suggest harm or a disclosure (the council's safeguarding list); set by the app on each save. */
    harmFlagged: z.boolean().optional(),
    /** The chair confirmed a flagged entry may go in the family's plan. */
    familyMaySee: z.boolean().optional(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** How many times the entry has been saved (missing on older records: 0). A save names the one it was based on. */
    revision: z.number().int().min(0).optional(),
  });
// A note marked for professionals only is kept (and kept from the family) before its reason is
// written; the closing check asks for the reason while it is missing.
export type NoteEntry = z.infer<typeof noteEntrySchema>;
