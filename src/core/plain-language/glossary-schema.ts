// The glossary's shape (data a local authority edits in templates/glossary.json and
// templates/glossary-local.json), checked with zod, and the rule for merging a local list over ours.
import { z } from 'zod';

const termText = z
  .string({ error: 'Enter the word, phrase or letters to look for' })
  .trim()
  .min(1, { error: 'Enter the word, phrase or letters to look for' })
  .max(80, { error: 'Use 80 characters or fewer' })
  .refine((t) => /[\p{L}\p{N}]/u.test(t), { error: 'A term needs at least one letter or number' });

const plainText = z
  .string({ error: 'Enter the plain words to use instead' })
  .trim()
  .min(1, { error: 'Enter the plain words to use instead' })
  .max(200, { error: 'Use 200 characters or fewer' });

const wordList = z.array(z.string().trim().min(1).max(40)).max(50);

export const glossaryAliasSchema = z.union([
  termText,
  z.object({ term: termText, plain: plainText }).strict(),
]);

export const glossaryEntrySchema = z
  .object({
    /** What to look for, as people write it: "EWO", "threshold", "in receipt of". */
    term: termText,
    /** acronym: letters, matched case by case. jargon: a trade word. phrase: wordy officialese. */
    kind: z.enum(['acronym', 'jargon', 'phrase'], { error: 'Choose acronym, jargon or phrase' }),
    /** The plain words that can take its place in a sentence: "education welfare officer". */
    plain: plainText,
    /** An acronym's full name, if different from the plain words: "Child and Adolescent Mental Health Services". */
    expansion: z.string().trim().min(1).max(200).optional(),
    /** One sentence a family can read. For a service: what it does. */
    explanation: z.string().trim().min(1).max(400).optional(),
    /** True when the term names a service (used to spot a need written as a service). */
    service: z.boolean().optional(),
    /** Other spellings or forms. A form that needs different plain words gives them: { term, plain }. */
    aliases: z.array(glossaryAliasSchema).max(40).optional(),
    /** Match capital letters exactly. Defaults to true for acronyms, false otherwise. */
    caseSensitive: z.boolean().optional(),
    /** 'family': only jargon to families (professionals share it). Default 'all'. */
    audience: z.enum(['all', 'family']).optional(),
    /** False when the plain words cannot simply be swapped in (grammar, or two meanings): flag only. */
    autoReplace: z.boolean().optional(),
    /** Other plain words worth offering, or other meanings of the same letters. */
    alternatives: z.array(plainText).max(10).optional(),
    /** Put "the" before the plain words when the letters stand alone: "referred to CAMHS" → "referred to the children's mental health service". */
    addThe: z.boolean().optional(),
    /** Plain words for more than one, when adding "s" is wrong: "children in need". */
    plural: plainText.optional(),
    /** Not flagged when the next word is one of these (e.g. DNA followed by "test"). */
    exceptFollowedBy: wordList.optional(),
    /** Not flagged when the word before is one of these (e.g. "baby" before "monitor"). */
    exceptPrecededBy: wordList.optional(),
    /** In a local file: true stops the built-in entry with this term being flagged at all. */
    off: z.boolean().optional(),
  })
  .strict();

/** A glossary file is either a list of entries or { about, entries } so the file can explain itself. */
export const glossarySchema = z
  .preprocess(
    (value) => (Array.isArray(value) ? { entries: value } : value),
    z
      .object({
        about: z.string().max(2000).optional(),
        entries: z.array(glossaryEntrySchema, { error: 'List the entries under "entries"' }).max(5000),
      }, { error: 'A glossary is a list of entries, or { "about": "…", "entries": [ … ] }' })
      .strict(),
  )
  .transform((value) => value.entries);

export type GlossaryAlias = z.output<typeof glossaryAliasSchema>;
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
export type Glossary = GlossaryEntry[];

/** The key two entries share when they are about the same term. */
export function termKey(term: string): string {
  return term.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

/**
 * The local list merged over the built-in one: a local entry with the same term replaces ours
 * (in our place in the list); `off: true` removes it; new terms are added at the end.
 */
export function mergeGlossaries(builtIn: readonly GlossaryEntry[], local: readonly GlossaryEntry[]): Glossary {
  const localByKey = new Map<string, GlossaryEntry>();
  for (const entry of local) localByKey.set(termKey(entry.term), entry);
  const merged: Glossary = [];
  const used = new Set<string>();
  for (const entry of builtIn) {
    const key = termKey(entry.term);
    const replacement = localByKey.get(key);
    if (replacement) used.add(key);
    const chosen = replacement ?? entry;
    if (!chosen.off) merged.push(chosen);
  }
  for (const [key, entry] of localByKey) {
    if (!used.has(key) && !entry.off) merged.push(entry);
  }
  return merged;
}
