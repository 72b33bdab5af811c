// An action in the plan: what, who, by when, the need or outcome it serves, and where it stands.
// Actions live on the family record (they outlive a meeting) and are reviewed meeting by meeting.
import { z } from 'zod';
import { isoDate } from '../shared/dates';
import { idSchema, longText, optionalLine, requiredText } from '../shared/strings';

export const ACTION_STATUSES = ['not-started', 'in-progress', 'waiting', 'done', 'not-done', 'no-longer-needed'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  waiting: 'Waiting',
  done: 'Done',
  'not-done': 'Not done',
  'no-longer-needed': 'No longer needed',
};
export const OPEN_STATUSES: readonly ActionStatus[] = ['not-started', 'in-progress', 'waiting'];

export const actionBaseSchema = z.object({
  id: idSchema,
  text: requiredText('Write what will be done', 20_000),
  /** Whose plan this belongs to; empty means the whole family. */
  childIds: z.array(idSchema).max(20).default([]),
  ownerId: idSchema.optional(),
  /** The owner's name as said, for a community member not on the team, or a snapshot. */
  ownerName: optionalLine(120),
  agency: optionalLine(160),
  dueDate: isoDate('Enter a real date for when it will be done').optional(),
  status: z.enum(ACTION_STATUSES).default('not-started'),
  waitingSince: isoDate('Enter the date the wait began').optional(),
  /** While waiting: when the service expects to start, if it has said. */
  expectedStart: isoDate('Enter a real date for when it is expected to start').optional(),
  outcomeId: idSchema.optional(),
  need: optionalLine(400),
  fundingNeeded: optionalLine(400),
  fundingFoundBy: optionalLine(160),
  notes: longText(50_000),
  createdInMeetingId: idSchema.optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** A wait needs the date it began. */
export function checkAction(a: { status: ActionStatus; waitingSince?: string }, ctx: z.RefinementCtx): void {
  if (a.status === 'waiting' && !a.waitingSince) {
    ctx.addIssue({ code: 'custom', path: ['waitingSince'], message: 'Enter the date the wait began' });
  }
}

export const actionSchema = actionBaseSchema.superRefine(checkAction);

/** An action as a form or the one-line capture sends it: no id yet when new, no timestamps. */
export const actionInputSchema = actionBaseSchema
  .omit({ createdAt: true, updatedAt: true, createdInMeetingId: true })
  .extend({ id: idSchema.optional() })
  .superRefine(checkAction);
export type Action = z.infer<typeof actionSchema>;

export const REVIEW_RESULTS = ['done', 'partly-done', 'not-done', 'no-longer-needed', 'carried-forward', 'waiting'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];
export const REVIEW_RESULT_LABELS: Record<ReviewResult, string> = {
  done: 'Done',
  'partly-done': 'Partly done',
  'not-done': 'Not done',
  'no-longer-needed': 'No longer needed',
  'carried-forward': 'Carried forward to the new plan',
  waiting: 'Waiting (for a service to start)',
};

/** What happened with an action. "Not done" is kept before its reason: the closing check asks for the reason. */
export const actionReviewSchema = z.object({
  actionId: idSchema,
  result: z.enum(REVIEW_RESULTS, { error: 'Choose what happened with this action' }),
  reason: longText(20_000),
  /** A new date for an action that stays open whose date had passed by the meeting. */
  newDueDate: isoDate('Enter a real date, like 18 December').optional(),
  /** The date it had before this review gave it a new one (set by the service, kept for the documents). */
  previousDueDate: isoDate('Enter a real date').optional(),
  /** Waiting: since when (needed for "waiting"), and when the service expects to start, if it has said. */
  waitingSince: isoDate('Enter the date the wait began').optional(),
  expectedStart: isoDate('Enter a real date for when it is expected to start').optional(),
});

/** Review results after which the action stays open and may need a new date. */
export const STAYS_OPEN_RESULTS: readonly ReviewResult[] = ['carried-forward', 'partly-done', 'not-done'];

/** The note kept with an action no one looked at, carried forward at the closing check. */
export const NOT_LOOKED_AT = 'Not looked at in this meeting';

/** An action that stays open with a date on or before the meeting needs a new date to be asked for. */
export function needsNewDate(action: Pick<Action, 'dueDate'>, result: ReviewResult | '', meetingDate: string, previousDueDate?: string): boolean {
  const date = previousDueDate ?? action.dueDate;
  return !!date && date <= meetingDate && (STAYS_OPEN_RESULTS as readonly string[]).includes(result);
}
export type ActionReview = z.infer<typeof actionReviewSchema>;

/** A review written by the closing check for an action no one looked at: not a result anyone chose. */
export function isNotLookedAt(review: Pick<ActionReview, 'result' | 'reason'>): boolean {
  return review.result === 'carried-forward' && review.reason.trim() === NOT_LOOKED_AT;
}

/**
 * How last time's actions went, for the summary after a meeting: "Done: 2; Carried forward to the new
 * plan: 1", counting only what was looked at; the ones no one looked at are counted on their own.
 */
export function reviewTally(reviews: readonly Pick<ActionReview, 'result' | 'reason'>[]): { counts: [string, number][]; notLookedAt: number } {
  const counts = new Map<string, number>();
  let notLookedAt = 0;
  for (const r of reviews) {
    if (isNotLookedAt(r)) notLookedAt++;
    else counts.set(REVIEW_RESULT_LABELS[r.result], (counts.get(REVIEW_RESULT_LABELS[r.result]) ?? 0) + 1);
  }
  return { counts: [...counts], notLookedAt };
}
