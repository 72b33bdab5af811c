// One meeting's agenda as it was built when the meeting started: standing items from the template
// plus one item per action to review from last time.
import { z } from 'zod';
import { idSchema, optionalLine, requiredLine } from '../shared/strings';

export const agendaItemSchema = z.object({
  id: idSchema,
  /** The template item's key (e.g. `family-view`), or `action-review`/`custom`. */
  key: z.string().regex(/^[a-z0-9-]{1,60}$/),
  title: requiredLine('Enter a title for the agenda item', 200),
  minutes: z.number().int().min(0).max(240).default(5),
  actionId: idSchema.optional(),
  /** For an `outcome-review` item: the outcome asked about ("Is this better for you?"). */
  outcomeId: idSchema.optional(),
  /** For an `action-review` item: how many reviews the action had been carried over when built. */
  carriedOver: z.number().int().min(0).max(500).optional(),
  /** For an `action-review` item: carried over often enough to talk about what is in the way. */
  flagged: z.boolean().optional(),
  done: z.boolean().default(false),
  note: optionalLine(400),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;
