// Outcome ratings at a meeting: for each agreed outcome, 0–10 from the family and from the team,
// whether it is better for the family, and what has changed in the family's own words.
import { z } from 'zod';
import { idSchema, longText } from '../shared/strings';

export const CHANGE = ['better', 'no-change', 'worse'] as const;
export const CHANGE_LABELS: Record<(typeof CHANGE)[number], string> = {
  better: 'Better',
  'no-change': 'No change',
  worse: 'Worse',
};

const score = z
  .number({ error: 'Choose a number from 0 to 10' })
  .int({ error: 'Choose a whole number from 0 to 10' })
  .min(0, { error: 'Choose a number from 0 to 10' })
  .max(10, { error: 'Choose a number from 0 to 10' });

export const outcomeRatingSchema = z.object({
  outcomeId: idSchema,
  familyScore: score.optional(),
  teamScore: score.optional(),
  change: z.enum(CHANGE).optional(),
  familyWords: longText(20_000),
});
export type OutcomeRating = z.infer<typeof outcomeRatingSchema>;
