// Plain words for the audit log: what each recorded action means, and when it happened in UK time.

const ACTION_WORDS: Record<string, string> = {
  opened: 'Opened',
  created: 'Added',
  changed: 'Changed',
  exported: 'Exported or saved a copy',
  circulated: 'Sent',
  deleted: 'Erased',
  unlocked: 'Unlocked TAC Chair',
  'failed unlock': 'Wrong passphrase or key',
  locked: 'Locked TAC Chair',
  'key changed': 'Changed how TAC Chair is unlocked',
  restored: 'Restored a damaged record from a backup',
  quarantined: 'Set a damaged file aside',
  migrated: 'Moved records to the locked format',
};

export function actionWords(action: string): string {
  return ACTION_WORDS[action] ?? action;
}

const WHEN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "23 November 2026 at 14:05:09" in UK time; the raw value when it is not a time. */
export function whenWords(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return WHEN.format(date).replace(',', ' at');
}
