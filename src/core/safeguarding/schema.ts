// The council's safeguarding list (templates/safeguarding.json): words and phrases that suggest harm
// or a disclosure, and who to contact under the local procedure. Data a council edits, checked with zod.
import { z } from 'zod';
import { optionalLine } from '../shared/strings';

export const SAFEGUARDING_FILE = 'safeguarding.json';

const phrase = z
  .string()
  .trim()
  .min(2, { error: 'Each word or phrase needs at least 2 letters' })
  .max(60, { error: 'Keep each word or phrase under 60 characters' })
  .refine((t) => /\p{L}/u.test(t), { error: 'A word or phrase needs at least one letter' });

export const safeguardingSchema = z
  .object({
    about: z.string().max(2000).optional(),
    /** Who to tell, as the local procedure says: "Duty safeguarding lead (MASH)". */
    contactName: optionalLine(160),
    contactPhone: optionalLine(60),
    /** One or two sentences on the local procedure, shown in the prompt. */
    procedure: optionalLine(600),
    /** Words and phrases, matched whole and in any case. A final * matches any ending ("bruis*"). */
    words: z.array(phrase).max(500, { error: 'Keep the list under 500 words and phrases' }),
  })
  .strict();
export type Safeguarding = z.infer<typeof safeguardingSchema>;

export const BUILT_IN_SAFEGUARDING: Safeguarding = {
  contactName: 'Your designated safeguarding lead',
  contactPhone: '',
  procedure: 'Tell your designated safeguarding lead today. If a child is in danger now, call 999.',
  words: [
    'hit', 'hits', 'hitting', 'hurt', 'hurts', 'hurting', 'touched', 'touching', 'touches me', 'scared of', 'frightened of',
    'afraid of', 'self-harm*', 'self harm*', 'cutting', 'cuts herself', 'cuts himself', 'bruis*', 'kicked', 'kicks', 'punched',
    'slapped', 'smacked', 'beat', 'beats', 'beaten', 'burn mark*', 'shook', 'shaken', 'strangled', 'choked', 'abuse*', 'abusing',
    'neglect*', 'locked in', 'not allowed to eat', 'sexual*', 'kill myself', 'want to die', 'suicid*', 'run away', 'ran away',
    'grooming', 'secret', 'domestic violence', 'domestic abuse',
  ],
};
