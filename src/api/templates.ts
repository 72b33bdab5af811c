// templates.*: the local authority's data the renderer needs for instant feedback — local words,
// prompts, agendas, the glossary, bank holidays and term dates (as loaded, defaults where broken).
import { z } from 'zod';
import { method } from './method';
import { localSchema } from '../core/prompts/local';
import { promptsSchema } from '../core/prompts/schema';
import { agendaTemplateSchema } from '../core/agenda/template';
import { glossarySchema } from '../core/plain-language';
import { bankHolidaysSchema } from '../core/dates/bank-holidays';
import { termDatesSchema } from '../core/dates/term-dates';
import { safeguardingSchema } from '../core/safeguarding';

export const templateBundleSchema = z.object({
  local: localSchema,
  prompts: promptsSchema,
  agendas: z.object({ first: agendaTemplateSchema, review: agendaTemplateSchema, closing: agendaTemplateSchema }),
  glossary: glossarySchema,
  bankHolidays: bankHolidaysSchema,
  termDates: termDatesSchema,
  safeguarding: safeguardingSchema,
  problems: z.array(z.string()),
});
export type TemplateBundle = z.infer<typeof templateBundleSchema>;

export const acronymInputSchema = z
  .object({
    term: z.string().trim().regex(/^\p{Lu}[\p{Lu}\p{N}&]{1,11}$/u, { error: 'Enter the letters as written, in capitals, like FMASM' }),
    meaning: z.string().trim().min(2, { error: 'Enter what the letters stand for' }).max(200, { error: 'Use 200 characters or fewer' }),
    /** Plain words for families, if different from the meaning. */
    plain: z.string().trim().max(200).optional(),
  })
  .strict();

export const templatesMethods = {
  addAcronym: method({
    summary: 'Add an acronym to the user’s own glossary ("What does FMASM stand for?"): kept beside the vault, used from then on in checks and documents. Answers with the whole glossary.',
    input: acronymInputSchema,
    output: z.object({ glossary: glossarySchema }),
  }),
  get: method({
    summary: 'Everything from templates/ the screens need: local words, prompts, agendas, glossary, bank holidays, term dates.',
    input: z.object({}).strict().default({}),
    output: templateBundleSchema,
  }),
};
