// Turning zod's validation issues into what a person reads: one plain message per field.
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** `children.0.firstName` → message. The first message for a field wins. */
export function issuesToFields(issues: readonly Issue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!(key in fields)) fields[key] = plainMessage(issue);
  }
  return fields;
}

function plainMessage(issue: Issue): string {
  const msg = issue.message;
  // zod's own default wording is technical; swap the common ones for plain English.
  if (/^Invalid input: expected (\w+), received undefined$/.test(msg)) return 'This is missing';
  if (/^Invalid input: expected/.test(msg)) return 'This is not in the right form';
  if (/^Unrecognized key/.test(msg)) return `This is not something we can store (${msg.replace(/^Unrecognized keys?: /, '')})`;
  if (/^Invalid option/.test(msg)) return 'Choose one of the options';
  return msg;
}

/** A short sentence naming the first few problems, for logs and "cannot be opened" reasons. */
export function explainIssues(issues: readonly Issue[], max = 3): string {
  const fields = issuesToFields(issues);
  const parts = Object.entries(fields)
    .slice(0, max)
    .map(([field, message]) => (field === '_' ? message : `${field}: ${message}`));
  const more = Object.keys(fields).length - parts.length;
  return parts.join('; ') + (more > 0 ? `; and ${more} more` : '');
}
