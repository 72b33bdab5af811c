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

export const templateBundleSchema = z.object({
  local: localSchema,
  prompts: promptsSchema,
  agendas: z.object({ first: agendaTemplateSchema, review: agendaTemplateSchema, closing: agendaTemplateSchema }),
  glossary: glossarySchema,
  bankHolidays: bankHolidaysSchema,
  termDates: termDatesSchema,
  problems: z.array(z.string()),
});
export type TemplateBundle = z.infer<typeof templateBundleSchema>;

export const templatesMethods = {
  get: method({
    summary: 'Everything from templates/ the screens need: local words, prompts, agendas, glossary, bank holidays, term dates.',
    input: z.object({}).strict().default({}),
    output: templateBundleSchema,
  }),
};
