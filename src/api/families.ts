// families.*: the home list, opening a family, creating and editing its details.
import { z } from 'zod';
import { method } from './method';
import { checkChild, childBaseSchema, familyDetailsSchema, familyMemberSchema } from '../core/families/schema';
import { familyRecordSchema } from '../core/families/record';
import { familySummarySchema } from '../core/families/index-entry';
import { idSchema } from '../core/shared/strings';

/** On the way in, new children and family members have no id yet. */
export const familyDetailsInputSchema = familyDetailsSchema.extend({
  children: z
    .array(childBaseSchema.extend({ id: idSchema.optional() }).superRefine(checkChild))
    .min(1, { error: 'Add at least one child or expected baby' })
    .max(20),
  members: z.array(familyMemberSchema.extend({ id: idSchema.optional() })).max(40).default([]),
});
export type FamilyDetailsInput = z.input<typeof familyDetailsInputSchema>;

export const unreadableFamilySchema = z.object({
  id: z.string(),
  reference: z.string().optional(),
  problem: z.string(),
});

export const noticeSchema = z.object({
  id: z.string(),
  at: z.string(),
  message: z.string(),
  kind: z.enum(['damaged', 'missing', 'older', 'audit', 'moved']).optional(),
  familyId: z.string().optional(),
});

export const familiesMethods = {
  list: method({
    summary: 'Families for the home screen, from the index; unreadable families listed with a reason.',
    input: z.object({ query: z.string().max(200).default('') }).strict().default({ query: '' }),
    output: z.object({
      families: z.array(familySummarySchema),
      unreadable: z.array(unreadableFamilySchema),
      notices: z.array(noticeSchema),
      total: z.number().int(),
    }),
  }),
  get: method({
    summary: 'Open one family: its whole record.',
    input: z.object({ familyId: idSchema }).strict(),
    output: familyRecordSchema,
  }),
  create: method({
    summary: 'Create a family with its children, family members and meeting preferences.',
    input: familyDetailsInputSchema,
    output: familyRecordSchema,
  }),
  update: method({
    summary: 'Change a family’s details (children, family members, languages, meeting preferences).',
    input: z.object({ familyId: idSchema, details: familyDetailsInputSchema }).strict(),
    output: familyRecordSchema,
  }),
  dismissNotice: method({
    summary: 'Mark a storage notice (for example, a restored copy) as read.',
    input: z.object({ noticeId: z.string().max(100) }).strict(),
    output: z.object({ dismissed: z.boolean() }),
  }),
};
