// Who was sent which version of the record, when and how — and any consent override, with its reason.
import { z } from 'zod';
import { idSchema, optionalLine } from '../shared/strings';

export const DOCUMENT_KINDS = ['meeting-record', 'family-plan', 'closing-summary'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  'meeting-record': 'Meeting record',
  'family-plan': 'Family plan',
  'closing-summary': 'Closing summary',
};

export const SEND_METHODS = ['email', 'post', 'by-hand'] as const;
export const SEND_METHOD_LABELS: Record<(typeof SEND_METHODS)[number], string> = {
  email: 'Email',
  post: 'Post',
  'by-hand': 'By hand',
};
/** How it was sent, mid-sentence: "sent to Dawn by hand", never "by by hand". */
export const SEND_METHOD_PHRASES: Record<(typeof SEND_METHODS)[number], string> = {
  email: 'by email',
  post: 'by post',
  'by-hand': 'by hand',
};

export const circulationEntrySchema = z.object({
  id: idSchema,
  personId: idSchema,
  version: z.enum(DOCUMENT_KINDS, { error: 'Choose which version they were sent' }),
  sentAt: z.iso.datetime(),
  how: z.enum(SEND_METHODS, { error: 'Choose how it was sent' }),
  excludedOverrideReason: optionalLine(600),
});
export type CirculationEntry = z.infer<typeof circulationEntrySchema>;
