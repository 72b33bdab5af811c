// host.*: things only the host can do — save a file where the user chooses, show it in its folder,
// remember the last family opened (an id only). Electron does them natively; the browser host cannot save.
import { z } from 'zod';
import { method } from './method';
import { idSchema } from '../core/shared/strings';

/** 30 MB of file as base64 — far more than any minutes or plan document needs. */
export const MAX_SAVE_BASE64_CHARS = 40_000_000;

/** What the browser host answers to host.saveFile (code 'unknown-method'): the renderer downloads instead. */
export const BROWSER_SAVE_MESSAGE = 'Saving is done by your browser’s download.';

/** A file name only: no folders, no control characters, not hidden, with an extension. */
export const suggestedNameSchema = z
  .string({ error: 'Give the file a name' })
  .trim()
  .min(3, { error: 'Give the file a name' })
  .max(150, { error: 'Use a file name of 150 characters or fewer' })
  .refine((name) => !/[\\/:*?"<>|\u0000-\u001f\u007f]/.test(name), {
    error: 'A file name cannot contain \\ / : * ? " < > | or control characters',
  })
  .refine((name) => !name.startsWith('.') && /\.[A-Za-z0-9]{1,8}$/.test(name), {
    error: 'A file name needs a name and an ending such as .docx',
  });

export const hostMethods = {
  saveFile: method({
    summary: 'Ask where to save a file (a document, an export) and write it there. Not available in the browser host.',
    input: z
      .object({
        suggestedName: suggestedNameSchema,
        base64: z
          .string()
          .max(MAX_SAVE_BASE64_CHARS, { error: 'That file is too large to save' })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file’s contents are not valid' }),
        mimeType: z
          .string()
          .max(120)
          .regex(/^[a-z]+\/[a-z0-9.+-]+$/, { error: 'That file type is not valid' }),
      })
      .strict(),
    output: z.object({ saved: z.boolean(), path: z.string().optional() }),
  }),
  showInFolder: method({
    summary: 'Show a file TAC Chair has just saved in its folder (Explorer, Finder or the file manager).',
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: z.object({ shown: z.boolean() }),
  }),
  rememberFamily: method({
    summary: 'Remember which family was open last (its id only), or forget it with null.',
    input: z.object({ familyId: idSchema.nullable() }).strict(),
    output: z.object({ remembered: z.boolean() }),
  }),
  lastFamily: method({
    summary: 'The id of the family open last time, if any.',
    input: z.object({}).strict().default({}),
    output: z.object({ familyId: z.string().optional() }),
  }),
};
