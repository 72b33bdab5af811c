// zod building blocks for text fields: cleaned on the way in, with plain-English messages.
import { z } from 'zod';
import { cleanLine, cleanText } from './text';

/** A required one-line field, e.g. a name. */
export function requiredLine(message: string, max = 200) {
  return z
    .string({ error: message })
    .transform(cleanLine)
    .pipe(z.string().min(1, { error: message }).max(max, { error: `Use ${max} characters or fewer` }));
}

/** An optional one-line field: empty becomes ''. */
export function optionalLine(max = 300) {
  return z
    .string({ error: 'Enter text' })
    .transform(cleanLine)
    .pipe(z.string().max(max, { error: `Use ${max} characters or fewer` }))
    .default('');
}

/** Free text: paragraphs kept, never cut short (only an absurd size is refused). */
export function longText(max = 200_000) {
  return z
    .string({ error: 'Enter text' })
    .transform(cleanText)
    .pipe(z.string().max(max, { error: 'This text is too long to keep in one field — split it into parts' }))
    .default('');
}

export function requiredText(message: string, max = 200_000) {
  return z
    .string({ error: message })
    .transform(cleanText)
    .pipe(z.string().min(1, { error: message }).max(max, { error: 'This text is too long to keep in one field — split it into parts' }));
}

const ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

export const idSchema = z
  .string({ error: 'Missing id' })
  .regex(ID_PATTERN, { error: 'That id is not valid' });

/** A reference to a person on the family record, with the message to show when none is chosen. */
export function personRef(message: string) {
  return z.string({ error: message }).regex(ID_PATTERN, { error: message });
}

export const emailSchema = z
  .string()
  .transform(cleanLine)
  .pipe(
    z.string().refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
      error: 'Enter an email address in the right format, like name@example.org',
    }),
  )
  .default('');

export const phoneSchema = z
  .string()
  .transform(cleanLine)
  .pipe(
    z.string().refine((v) => v === '' || /^[+()0-9 \-]{6,25}$/.test(v), {
      error: 'Enter a phone number, like 01632 960 001 or 07700 900 982',
    }),
  )
  .default('');
