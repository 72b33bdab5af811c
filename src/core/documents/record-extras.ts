// The meeting record's safeguarding concerns raised (who, with whom, when, reference) and its closing
// "Abbreviations used": every glossary acronym in the record with its meaning. Neither goes to the family.
import { acronymsUsed } from '../plain-language/acronyms';
import type { Meeting } from '../meetings/schema';
import { formatDate, formatTime } from '../shared/dates';
import type { Block } from './blocks';
import { line, type Context, type DocumentInput } from './context';
import { blockText } from './text';

export function concernBlocks(meeting: Meeting): Block[] {
  return [...raisedBlocks(meeting), ...notRaisedBlocks(meeting)];
}

/** Notes whose words may suggest harm where the chair said why no concern was raised. */
function notRaisedBlocks(meeting: Meeting): Block[] {
  const raised = new Set((meeting.concerns ?? []).map((c) => c.noteId));
  const rows = (meeting.noConcernReasons ?? [])
    .map((r) => ({ r, note: meeting.notes.find((n) => n.id === r.noteId && n.harmFlagged && !raised.has(n.id)) }))
    .filter((x) => x.note && x.r.reason.trim());
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Notes that may suggest harm, with no concern raised' },
    { kind: 'paragraph', style: 'small', text: 'For professionals only. Not in the family’s plan.' },
    { kind: 'facts', rows: rows.map(({ r, note }) => [`“${line(note!.text)}”`, `No concern raised, because: ${line(r.reason)}`] as const) },
  ];
}

function raisedBlocks(meeting: Meeting): Block[] {
  const concerns = meeting.concerns ?? [];
  if (concerns.length === 0) return [];
  return [
    { kind: 'heading', level: 1, text: 'Safeguarding concerns raised' },
    { kind: 'paragraph', style: 'small', text: 'For professionals only. Not in the family’s plan.' },
    {
      kind: 'table',
      columns: [{ title: 'Raised by', weight: 24 }, { title: 'Raised with', weight: 32 }, { title: 'When', weight: 22 }, { title: 'Reference', weight: 22 }],
      rows: concerns.map((c) => [
        line(c.raisedBy),
        line(c.raisedWith),
        `${formatDate(c.date)}${c.time ? `, ${formatTime(c.time)}` : ''}`,
        line(c.reference) || 'None given yet',
      ]),
    },
  ];
}

/** "Abbreviations used" for the blocks before it; nothing when the record uses none (or no glossary is given). */
export function abbreviationBlocks(input: Pick<DocumentInput, 'glossary'>, _ctx: Context, blocks: readonly Block[]): Block[] {
  if (!input.glossary) return [];
  const used = acronymsUsed(blocks.flatMap(blockText).join('\n'), input.glossary);
  if (used.length === 0) return [];
  return [
    { kind: 'heading', level: 1, text: 'Abbreviations used' },
    {
      kind: 'facts',
      rows: [...used].sort((a, b) => a.term.localeCompare(b.term)).map((u) => [u.term, u.ambiguous ? `${u.meanings.join(', or ')} (check which is meant)` : u.meaning] as const),
    },
  ];
}
