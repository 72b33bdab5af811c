// audit.*: the audit log of who opened, changed, exported or deleted which record and when (ids only,
// never content), a check that it has not been tampered with, and an export for a data protection officer.
import { z } from 'zod';
import { method } from './method';
import { idSchema } from '../core/shared/strings';

export const auditEntryOutput = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  method: z.string().optional(),
  familyId: z.string().optional(),
  host: z.string(),
  user: z.string(),
  appVersion: z.string(),
  detail: z.string().optional(),
  prev: z.string(),
  hash: z.string(),
});

export const auditVerdictSchema = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  brokenAt: z.object({ seq: z.number().int(), month: z.string(), line: z.number().int() }).optional(),
  message: z.string(),
});

export const exportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
  bytes: z.number().int(),
});

export const auditMethods = {
  list: method({
    summary: 'Audit entries, newest first, optionally about one family.',
    input: z.object({ familyId: idSchema.optional(), limit: z.number().int().min(1).max(10_000).default(200) }).strict().default({ limit: 200 }),
    output: z.object({ entries: z.array(auditEntryOutput) }),
  }),
  verify: method({
    summary: 'Check the whole chain: says whether any entry was changed, removed or reordered, and where.',
    input: z.object({}).strict().default({}),
    output: auditVerdictSchema,
  }),
  export: method({
    summary: 'The whole audit log as a CSV or JSON file for a data protection officer.',
    input: z.object({ format: z.enum(['csv', 'json']).default('csv') }).strict().default({ format: 'csv' }),
    output: z.object({ file: exportedFileSchema, verdict: auditVerdictSchema }),
  }),
};
