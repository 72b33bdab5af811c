// documents.*: the Word documents for circulation — the meeting record for professionals, the family
// plan in plain words (with its reading age checked first) and the closing or step-up summary.
import { z } from 'zod';
import { method } from './method';
import { DOCUMENT_KINDS } from '../core/circulation/schema';
import { idSchema } from '../core/shared/strings';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Which document: a meeting's record or plan (meetingId), or the summary of support for one or more children (episodeIds). */
export const documentRequestSchema = z
  .object({
    familyId: idSchema,
    kind: z.enum(DOCUMENT_KINDS, { error: 'Choose which document' }),
    meetingId: idSchema.optional(),
    /** The closing summary: the support (episodes) it is about; brothers and sisters may close together. */
    episodeIds: z.array(idSchema).min(1).max(20).optional(),
    largePrint: z.boolean().default(false),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.kind !== 'closing-summary' && !r.meetingId) ctx.addIssue({ code: 'custom', path: ['meetingId'], message: 'Choose the meeting the document is about' });
    if (r.kind === 'closing-summary' && !r.episodeIds?.length) ctx.addIssue({ code: 'custom', path: ['episodeIds'], message: 'Choose the support the summary is about' });
  });
export type DocumentRequest = z.input<typeof documentRequestSchema>;

export const readingAgeSchema = z.object({
  /** Flesch–Kincaid grade + 5, to one decimal place. */
  readingAge: z.number(),
  /** templates/local.json readingAgeTarget. */
  target: z.number(),
  meetsTarget: z.boolean(),
  /** Flesch reading ease: 60 or more is plain English. */
  fleschReadingEase: z.number(),
  words: z.number().int(),
  sentences: z.number().int(),
  /** Words of three or more syllables that pushed the reading age up, hardest first. */
  hardWords: z.array(z.string()),
  /** Sentences longer than 25 words, as written. */
  longSentences: z.array(z.string()),
  /** Where each hard word comes from: the plan's sections it is in. Words only in a family member's own words are never listed. */
  hardWordSources: z.array(z.object({ word: z.string(), where: z.array(z.string()) })).default([]),
});

/** Acronyms left in a document: known ones with their meaning (ambiguous ones with every meaning) and letters nobody has explained. */
export const acronymCheckSchema = z.object({
  used: z.array(z.object({ term: z.string(), meaning: z.string(), meanings: z.array(z.string()), ambiguous: z.boolean() })),
  unknown: z.array(z.string()),
});

export const documentsMethods = {
  preview: method({
    summary: 'Before exporting: the document’s title and file name; for the family plan its reading age against the target, the words that pushed it up, and how many professionals-only entries are left out.',
    input: documentRequestSchema,
    output: z.object({
      kind: z.enum(DOCUMENT_KINDS),
      title: z.string(),
      fileName: z.string(),
      /** How the document will look: the council's letterhead or the built-in design. */
      design: z.enum(['letterhead', 'theme']),
      readability: readingAgeSchema.optional(),
      /** Minutes entries for professionals only (or information not shared) kept out of the family plan. */
      professionalsOnlyLeftOut: z.number().int(),
      /** Entries whose words may suggest harm, kept out of the family plan until the chair says they may go in. */
      harmLeftOut: z.number().int().default(0),
      acronyms: acronymCheckSchema.default({ used: [], unknown: [] }),
    }),
  }),
  export: method({
    summary: 'Build a Word document (.docx) from the record: returns its file name and its bytes as base64, for saving or downloading.',
    input: documentRequestSchema,
    output: z.object({
      fileName: z.string(),
      mimeType: z.literal(DOCX_MIME_TYPE),
      base64: z.string(),
      bytes: z.number().int(),
      title: z.string(),
    }),
  }),
};
