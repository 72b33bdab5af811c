// Small wording helpers for the document and circulation screens: the local plan name in a label.
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../core/circulation/schema';

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Meeting record", "Action plan" (the council's word for the family plan), "Closing summary". */
export function kindLabel(kind: DocumentKind, planName: string): string {
  return kind === 'family-plan' ? upperFirst(planName) : DOCUMENT_KIND_LABELS[kind];
}
