// What the export check says about a document besides its reading age: where each hard word comes from
// (never a family member's own words), the acronyms left in it, and what the family's copy leaves out.
import type { Block, DocumentContent } from '../../core/documents/index';
import { inlineText } from '../../core/documents/blocks';
import { blockText } from '../../core/documents/text';
import { saidByFamily } from '../../core/documents/family-words';
import { contextOf, type DocumentInput } from '../../core/documents/context';
import { acronymsUsed, unknownAcronymWords, type CompiledGlossary } from '../../core/plain-language';
import type { FamilyRecord } from '../../core/families/record';

interface Segment {
  where: string;
  text: string;
}

/** The document's text by section (its level-1 heading), leaving out quotes and what the family said. */
function sections(content: DocumentContent, familySaid: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let where = 'The first page';
  const strip = (t: string) => familySaid.reduce((acc, said) => (said ? acc.split(said).join(' ') : acc), t);
  for (const block of content.blocks as Block[]) {
    if (block.kind === 'heading') {
      if (block.level === 1) where = block.text;
      continue;
    }
    if (block.kind === 'quote') continue;
    const text = block.kind === 'paragraph' ? inlineText(block.text) : blockText(block).join('\n');
    out.push({ where, text: strip(text) });
  }
  return out;
}

/** Everything a family member or child said at this meeting, as written (never to be reworded). */
export function familyWordsOf(input: DocumentInput, record: FamilyRecord, meetingId: string | undefined): string[] {
  const meeting = record.meetings.find((m) => m.id === meetingId);
  if (!meeting) return [];
  const ctx = contextOf(input);
  return [
    ...meeting.notes.filter((n) => saidByFamily(ctx, n)).map((n) => n.text.trim()),
    ...meeting.outcomeRatings.map((r) => r.familyWords.trim()),
  ].filter(Boolean);
}

/** Each hard word with the sections it is in; words found only in what the family said are dropped. */
export function hardWordSources(content: DocumentContent, hardWords: readonly string[], familySaid: readonly string[]) {
  const segs = sections(content, familySaid);
  const out: { word: string; where: string[] }[] = [];
  for (const word of hardWords) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
    const where = [...new Set(segs.filter((s) => re.test(s.text)).map((s) => s.where))];
    if (where.length > 0) out.push({ word, where });
  }
  return out;
}

/** Acronyms left in the document's text, and all-capitals words the glossary does not know. */
export function acronymCheck(text: string, glossary: CompiledGlossary, record: FamilyRecord) {
  const names = [...record.team.map((t) => t.agency), ...record.children.map((c) => c.schoolOrSetting), record.reference]
    .flatMap((n) => (n ?? '').split(/[^\p{L}\p{N}&]+/u))
    .filter((w) => w.length > 1);
  return { used: acronymsUsed(text, glossary), unknown: unknownAcronymWords(text, glossary, names) };
}
