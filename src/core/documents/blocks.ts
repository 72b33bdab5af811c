// The building blocks every document is made of (headings, paragraphs, quotes, lists, tables,
// boxes), independent of Word. Builders produce blocks; body-xml.ts turns them into Word XML, text.ts into text.
import type { DocumentKind } from '../circulation/schema';

/** A piece of text with emphasis. Plain strings are ordinary text. */
export type Span = string | { text: string; bold?: boolean; italic?: boolean };
/** One paragraph's worth of inline text. */
export type Inline = Span | readonly Span[];

export interface Column {
  title: string;
  /** Relative width; the renderer turns weights into exact widths in twips. */
  weight: number;
}

/** A table cell: one or more paragraphs. A string may hold line breaks (each becomes a paragraph). */
export type Cell = Inline | { paragraphs: readonly Inline[] };

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string; pageBreakBefore?: boolean }
  | { kind: 'paragraph'; text: Inline; style?: 'lead' | 'small' | 'label' }
  /** Someone's own words, shown verbatim in quotation marks with who said them. */
  | { kind: 'quote'; text: string; by?: string }
  | { kind: 'bullets'; items: readonly Inline[] }
  /** Label and value pairs, e.g. meeting details. */
  | { kind: 'facts'; rows: readonly (readonly [string, Inline])[] }
  | { kind: 'table'; columns: readonly Column[]; rows: readonly (readonly Cell[])[] }
  /** A shaded box: `tone` sets its colour and `title` its bold first line. */
  | { kind: 'box'; tone: 'info' | 'family' | 'private' | 'warning'; title?: string; lines: readonly Inline[] }
  | { kind: 'pageBreak' };

/** Everything needed to render one document, with or without a letterhead. */
export interface DocumentContent {
  kind: DocumentKind;
  audience: 'professionals' | 'family';
  /** Shown as the document's Title and put in the file's properties: never a person's name. */
  title: string;
  /** Lines under the title (may name people: they are in the body, not the metadata). */
  subtitle: readonly string[];
  /** The family reference, shown in the footer. */
  reference: string;
  /** The properties' subject line: never a person's name. */
  subject: string;
  blocks: readonly Block[];
}

export function spans(inline: Inline): readonly Span[] {
  return typeof inline === 'string' || !Array.isArray(inline) ? [inline as Span] : (inline as readonly Span[]);
}

export function spanText(span: Span): string {
  return typeof span === 'string' ? span : span.text;
}

export function inlineText(inline: Inline): string {
  return spans(inline).map(spanText).join('');
}

export function cellParagraphs(cell: Cell): readonly Inline[] {
  return typeof cell === 'object' && cell !== null && !Array.isArray(cell) && 'paragraphs' in cell ? cell.paragraphs : [cell as Inline];
}
