// The minutes part of the meeting record: note entries under each agenda item in agenda order, with
// who said what, own words as quotes, differing views side by side, and professionals-only entries marked.
import type { Meeting } from '../meetings/schema';
import { ACTION_REVIEW_KEY, OUTCOME_REVIEW_KEY } from '../agenda/keys';
import type { NoteEntry } from '../minutes/schema';
import { NOTE_KIND_LABELS } from '../minutes/schema';
import type { Block, Inline } from './blocks';
import { describe, line, nameOf, text, type Context } from './context';
import { saidBy } from './family-words';

/** "Tom Price, Pastoral lead, …", or "Jay said (passed on by Tom Price)" for a child's views given beforehand. */
function speakerName(ctx: Context, meeting: Meeting | undefined, speakerId: string): string {
  const passed = meeting ? saidBy(ctx, meeting, speakerId, nameOf(ctx, speakerId)) : '';
  return passed && passed !== nameOf(ctx, speakerId) ? passed : describe(ctx, speakerId);
}

function speakerLabel(ctx: Context, note: NoteEntry, meeting?: Meeting): string {
  const kind = NOTE_KIND_LABELS[note.kind];
  return note.speakerId ? `${kind} · ${speakerName(ctx, meeting, note.speakerId)}` : kind;
}

function viewName(ctx: Context, view: NoteEntry['views'][number]): string {
  return (view.personId && ctx.people.has(view.personId) ? nameOf(ctx, view.personId) : line(view.name)) || 'Someone at the meeting';
}

function differingViews(ctx: Context, note: NoteEntry): Block[] {
  const views = note.views.filter((v) => text(v.text));
  if (views.length === 0) return [];
  if (views.length <= 3) {
    return [{
      kind: 'table',
      columns: views.map((v) => ({ title: viewName(ctx, v), weight: 1 })),
      rows: [views.map((v) => text(v.text))],
    }];
  }
  return [{
    kind: 'table',
    columns: [{ title: 'Who', weight: 1 }, { title: 'What they said', weight: 3 }],
    rows: views.map((v) => [viewName(ctx, v), text(v.text)]),
  }];
}

function followUp(ctx: Context, note: NoteEntry): Block[] {
  const action = note.followUpActionId ? ctx.record.actions.find((a) => a.id === note.followUpActionId) : undefined;
  return action ? [{ kind: 'paragraph', style: 'small', text: `Follow-up action: ${text(action.text)}` }] : [];
}

/** One note entry as the professionals' record shows it. */
export function noteBlocks(ctx: Context, note: NoteEntry, meeting?: Meeting): Block[] {
  const body = text(note.text);
  if (note.professionalsOnly) {
    const lines: Inline[] = [
      { text: speakerLabel(ctx, note, meeting), bold: true },
      ...(body ? [body] : []),
      ...note.views.filter((v) => text(v.text)).map((v) => `${viewName(ctx, v)}: ${text(v.text)}`),
      ...(note.kind === 'info-not-shared' && line(note.reasonNotShared) ? [`Why it was not shared: ${line(note.reasonNotShared)}`] : []),
      { text: `Why it is for professionals only: ${line(note.professionalsOnlyReason) || 'no reason given'}`, italic: true },
    ];
    return [{ kind: 'box', tone: 'private', title: 'For professionals only — left out of the family’s plan', lines }, ...followUp(ctx, note)];
  }
  if (note.ownWords && body) {
    const by = note.speakerId ? speakerName(ctx, meeting, note.speakerId) : undefined;
    return [
      { kind: 'paragraph', style: 'label', text: `${NOTE_KIND_LABELS[note.kind]} · in their own words` },
      { kind: 'quote', text: body, by },
      ...harmMark(note),
      ...followUp(ctx, note),
    ];
  }
  const out: Block[] = [{ kind: 'paragraph', style: 'label', text: speakerLabel(ctx, note, meeting) }];
  if (body) {
    out.push({ kind: 'paragraph', text: body });
  }
  if (note.kind === 'differing-views') out.push(...differingViews(ctx, note));
  if (note.kind === 'info-not-shared') {
    out.push({ kind: 'paragraph', text: [{ text: 'Why it was not shared: ', bold: true }, line(note.reasonNotShared) || 'No reason was recorded.'] });
  }
  return [...out, ...harmMark(note), ...followUp(ctx, note)];
}

/** A flagged entry the chair has not let through: the record says why the family's plan leaves it out. */
function harmMark(note: NoteEntry): Block[] {
  return note.harmFlagged && !note.familyMaySee
    ? [{ kind: 'paragraph', style: 'small', text: 'Left out of the family’s plan: its words may suggest harm, and the chair has not said it may go in.' }]
    : [];
}

/** Where the record puts what an agenda item produced, when no notes were taken under it. */
const ELSEWHERE: Record<string, string> = {
  'review-actions': 'see “Actions from last time”',
  outcomes: 'see “Outcomes and ratings”',
  'new-actions': 'see “Who will do what, by when”',
  'next-meeting': 'see “Next meeting”',
};

/** One item per action or outcome to review: their result is in the tables, so no heading of their own when empty. */
const IN_TABLES = new Set([ACTION_REVIEW_KEY, OUTCOME_REVIEW_KEY]);

/**
 * Every note, under its agenda item, in agenda order; notes without an item come last. Items with
 * nothing written are gathered under "Also covered", apart from those named like a section of their own. The agenda's own notes (counts and
 * prompts for the chair, made when the meeting started) are never printed.
 */
export function minutesBlocks(ctx: Context, meeting: Meeting): Block[] {
  const byItem = new Map<string, NoteEntry[]>();
  const sorted = [...meeting.notes].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  for (const n of sorted) {
    const list = byItem.get(n.agendaItemId) ?? [];
    list.push(n);
    byItem.set(n.agendaItemId, list);
  }
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'Minutes' }];
  if (meeting.agenda.length === 0 && sorted.length === 0) {
    out.push({ kind: 'paragraph', text: 'No minutes were taken at this meeting.' });
    return out;
  }
  const covered: string[] = [];
  for (const item of meeting.agenda) {
    const notes = byItem.get(item.id) ?? [];
    byItem.delete(item.id);
    if (notes.length === 0) {
      if (IN_TABLES.has(item.key)) continue;
      const title = line(item.title) || 'Agenda item';
      const where = ELSEWHERE[item.key];
      // An item named like the section that holds it ("Who will do what, by when") has that section: not listed again.
      if (where?.includes(`“${title}”`)) continue;
      covered.push(where ? `${title} (${where})` : title);
      continue;
    }
    out.push({ kind: 'heading', level: 2, text: line(item.title) || 'Agenda item' });
    for (const n of notes) out.push(...noteBlocks(ctx, n, meeting));
  }
  const rest = [...byItem.values()].flat();
  if (rest.length > 0) {
    out.push({ kind: 'heading', level: 2, text: 'Other notes' });
    for (const n of rest) out.push(...noteBlocks(ctx, n, meeting));
  }
  if (covered.length > 0) {
    // Under its own heading, so it never reads as part of the item above it.
    out.push({ kind: 'heading', level: 2, text: 'Also covered' }, { kind: 'paragraph', style: 'small', text: `${covered.join('; ')}.` });
  }
  return out;
}
