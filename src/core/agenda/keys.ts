// The standing agenda items every template draws on, by key. Templates in `templates/agendas`
// choose, order, time and word them; prompts in `templates/prompts` are keyed the same way.
export const STANDING_ITEM_KEYS = [
  'welcome',
  'introductions',
  'family-view',
  'child-view',
  'gone-well',
  'worries',
  'review-actions',
  'outcomes',
  'missing-from-team',
  'new-actions',
  'realistic',
  'next-meeting',
  'closing',
] as const;
export type StandingItemKey = (typeof STANDING_ITEM_KEYS)[number];

/** Keys for items that are not standing items. */
export const ACTION_REVIEW_KEY = 'action-review';
export const CUSTOM_KEY = 'custom';
/** One item per agreed outcome ("Is this better for you?"), built from the `outcomes` item. */
export const OUTCOME_REVIEW_KEY = 'outcome-review';
/** Keys the app makes itself; a template cannot use them. */
export const GENERATED_KEYS: readonly string[] = [ACTION_REVIEW_KEY, OUTCOME_REVIEW_KEY];
