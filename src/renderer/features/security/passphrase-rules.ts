// Checks on a new passphrase before it is sent (the host checks again): long enough, typed the same
// twice. The words match the host's, so a person sees the same advice wherever it comes from.

/** The host's minimum (src/main/security/keyring.ts MIN_PASSPHRASE). */
export const MIN_PASSPHRASE_CHARACTERS = 10;

export const NEW_PASSPHRASE_HINT = `At least ${MIN_PASSPHRASE_CHARACTERS} characters. Three random words, like “kettle harbour tulip”, are easy to remember and hard to guess. Do not use a password you use for anything else.`;

export function checkNewPassphrase(
  value: string,
  again: string,
  names: { field: string; againField: string; what?: string },
): Record<string, string> {
  const what = names.what ?? 'passphrase';
  if (!value) return { [names.field]: `Choose a ${what}` };
  if ([...value].length < MIN_PASSPHRASE_CHARACTERS) {
    return { [names.field]: `Use at least ${MIN_PASSPHRASE_CHARACTERS} characters. Three random words, like “kettle harbour tulip”, work well.` };
  }
  if (!again) return { [names.againField]: `Type the ${what} again` };
  if (again !== value) return { [names.againField]: `The ${what}s do not match. Type the same ${what} twice.` };
  return {};
}
