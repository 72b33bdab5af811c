// Safe file names for exported documents, from the theme's pattern ("{reference} {kind} {date}"):
// plain letters, digits, spaces, dots and dashes only, and never a person's name.
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type DocumentKind } from '../circulation/schema';
import { cleanLine } from '../shared/text';

export interface FileNameFields {
  reference: string;
  /** A document kind (`family-plan`) or the local word for it ("support plan"). */
  kind: DocumentKind | string;
  /** `YYYY-MM-DD`, kept in that form so files sort by date. */
  date: string;
}

export interface FileNameOptions {
  /** Names of people on the record: any of their words found in the reference are left out. */
  avoidNames?: readonly string[];
  /** Defaults to `.docx`. */
  extension?: string;
}

const MAX_LENGTH = 120;

/** Letters (any alphabet, accents dropped), digits, space, dot and dash. */
function safePart(value: string): string {
  return cleanLine(value)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/[^A-Za-z0-9 .-]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function withoutNames(reference: string, names: readonly string[]): string {
  const words = new Set(
    names
      .flatMap((n) => safePart(n).toLowerCase().split(/[ .-]+/))
      .filter((w) => w.length >= 2),
  );
  if (words.size === 0) return reference;
  return reference
    .split(/([ .-]+)/)
    .filter((token) => !words.has(token.toLowerCase()))
    .join('')
    .replace(/ {2,}/g, ' ')
    .replace(/^[ .-]+|[ .-]+$/g, '');
}

/**
 * The file name for a document, e.g. `EH-2026-0147 family plan 2026-11-23.docx`.
 * Unknown `{fields}` are dropped; the result never starts with a dot and is at most 120 characters.
 */
export function documentFileName(pattern: string, fields: FileNameFields, options: FileNameOptions = {}): string {
  const kind = (DOCUMENT_KINDS as readonly string[]).includes(fields.kind)
    ? DOCUMENT_KIND_LABELS[fields.kind as DocumentKind].toLowerCase()
    : fields.kind;
  const values: Record<string, string> = {
    reference: withoutNames(safePart(fields.reference), options.avoidNames ?? []),
    kind: safePart(kind),
    date: /^\d{4}-\d{2}-\d{2}$/.test(fields.date) ? fields.date : safePart(fields.date),
  };
  const filled = (pattern || '{reference} {kind} {date}').replace(/\{([^}]*)\}/g, (_, key: string) => values[key] ?? '');
  let name = safePart(filled)
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/ {2,}/g, ' ')
    .replace(/^[ .-]+|[ .-]+$/g, '');
  if (!name) name = values.kind || 'document';
  const extension = options.extension ?? '.docx';
  name = name.slice(0, MAX_LENGTH - extension.length).replace(/[ .-]+$/, '');
  return name + extension;
}
