// Pasting from Word or email: paragraphs kept, invisible control characters (form feeds, vertical
// tabs, zero-width spaces, stray bidi marks) dropped before the text reaches the field.
import type { ClipboardEvent } from 'react';
import { cleanText } from '../../../core/shared/text';

/** An onPaste handler for a textarea or input: puts in the cleaned text, keeping the undo list. */
export function pasteClean(e: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>): void {
  const raw = e.clipboardData.getData('text/plain');
  if (!raw) return;
  const cleaned = cleanText(raw);
  if (cleaned === raw) return;
  e.preventDefault();
  const el = e.currentTarget;
  el.focus();
  if (!document.execCommand?.('insertText', false, cleaned)) {
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    el.setRangeText(cleaned, start, end, 'end');
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
