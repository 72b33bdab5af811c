// records.*: data protection duties for one family — a subject access copy of everything held,
// erasure (the user types the family reference to confirm) and the retention review list.
import { z } from 'zod';
import { method } from './method';
import { idSchema } from '../core/shared/strings';
import { exportedFileSchema } from './audit';

export const retentionRuleOutcomeSchema = z.object({
  ruleId: z.string(),
  label: z.string(),
  keepUntil: z.string().optional(),
  reason: z.string(),
});

export const recordsMethods = {
  exportFamily: method({
    summary: 'Subject access: everything held about one family, as JSON (record and its audit entries) and a readable Word copy.',
    input: z.object({ familyId: idSchema }).strict(),
    output: z.object({ files: z.array(exportedFileSchema), note: z.string() }),
  }),
  eraseFamily: method({
    summary: 'Erase one family from the vault, the index and every backup. Type the family reference to confirm.',
    input: z
      .object({
        familyId: idSchema,
        confirmReference: z.string({ error: 'Type the family reference to confirm' }).max(100).min(1, { error: 'Type the family reference to confirm' }),
      })
      .strict(),
    output: z.object({ erased: z.literal(true), backupCopies: z.number().int(), quarantinedCopies: z.number().int(), message: z.string() }),
  }),
  restoreNewest: method({
    summary: 'After an older copy of a family was found in place of its file: put back the newest copy still held (its previous save or a daily backup).',
    input: z.object({ familyId: idSchema, noticeId: z.string().max(80).optional() }).strict(),
    output: z.object({ restored: z.boolean(), message: z.string() }),
  }),
  retentionReview: method({
    summary: 'Families due a “review for deletion” under the local retention rules. Nothing is deleted automatically.',
    input: z.object({}).strict().default({}),
    output: z.object({
      policyNote: z.string(),
      rules: z.array(z.object({ id: z.string(), label: z.string() })),
      due: z.array(
        z.object({
          familyId: z.string(),
          reference: z.string(),
          reviewOn: z.string().optional(),
          summary: z.string(),
          rules: z.array(retentionRuleOutcomeSchema),
        }),
      ),
      checked: z.number().int(),
      problem: z.string().optional(),
    }),
  }),
};
