// The shape of templates/prompts.json: for each agenda item, words the chair reads aloud and
// private prompts for the chair; guidance for each kind of meeting; prompts for situations.
import { z } from 'zod';
import { requiredLine } from '../shared/strings';
import { PLACEHOLDER_MESSAGE, aboutSchema, placeholdersKnown } from './local';

export const PROMPTS_FILE = 'prompts.json';

const line = requiredLine('Write the prompt, or remove the empty line', 600).refine(placeholdersKnown, { error: PLACEHOLDER_MESSAGE });
const lines = z.array(line).max(12, { error: 'Keep to 12 lines or fewer' });

const partSchema = z
  .object({
    /** Read aloud to everyone: plain English, short sentences, reading age about 9. */
    say: lines.optional(),
    /** For the chair only, never read out or printed for the family. */
    chair: lines.optional(),
  })
  .strict();

export const itemPromptsSchema = z
  .object({
    say: lines.default([]),
    chair: lines.default([]),
    /** Different words at a first, review or closing meeting replace the general ones. */
    first: partSchema.optional(),
    review: partSchema.optional(),
    closing: partSchema.optional(),
  })
  .strict();
export type ItemPrompts = z.infer<typeof itemPromptsSchema>;

export const situationSchema = z
  .object({
    /** What the chair sees. */
    chair: line,
    /** Words the chair may read aloud, if any. */
    say: line.optional(),
    /** The text of a follow-up action the chair can add in one step. */
    followUp: line.optional(),
  })
  .strict();
export type SituationPrompt = z.infer<typeof situationSchema>;

export const SITUATION_KEYS = [
  'family-absent',
  'family-not-coming',
  'repeated-non-attendance',
  'written-updates-only',
  'no-reply',
  'too-many-actions',
  'owner-not-here',
  'carried-over',
  'done-not-better',
  'fewer-came',
] as const;
export type SituationKey = (typeof SITUATION_KEYS)[number];

const itemKey = z.string().regex(/^[a-z0-9-]{1,60}$/, { error: 'A key uses only lower-case letters, numbers and hyphens' });

export const promptsSchema = z
  .object({
    about: aboutSchema,
    /** One line each: "what happens at a …" for chairs who chair rarely. */
    guidance: z.object({ first: line, review: line, closing: line }).strict(),
    items: z.record(itemKey, itemPromptsSchema),
    situations: z.object(
      Object.fromEntries(SITUATION_KEYS.map((k) => [k, situationSchema])) as Record<SituationKey, typeof situationSchema>,
    ).strict(),
  })
  .strict();
export type Prompts = z.infer<typeof promptsSchema>;
