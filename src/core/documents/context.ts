// What every document builder needs from the family record: the input type, people by id with
// their role and agency, the lead professional, the episodes a meeting is about, and the outcomes.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import type { Action } from '../actions/schema';
import type { Episode, Outcome } from '../episodes/schema';
import { leadProfessionalOn } from '../episodes/schema';
import { RELATIONSHIP_LABELS, childDisplayName } from '../families/schema';
import { meetingSortKey } from '../meetings/schema';
import { cleanLine, cleanText } from '../shared/text';
import { resolveWords, type LocalWords, type Theme, DEFAULT_THEME } from './theme';
import type { Zipper } from './render';
import type { CompiledGlossary } from '../plain-language/compile';

/** What every document builder takes. */
export interface DocumentInput {
  record: FamilyRecord;
  /** The meeting a meeting record or family plan is about. */
  meetingId?: string;
  /** The episodes a closing summary is about (one per child; siblings may close together). */
  episodeIds?: readonly string[];
  theme?: Theme;
  words?: Partial<LocalWords>;
  /** `YYYY-MM-DD`: the date the document is produced. */
  today: string;
  /** PNG bytes of the logo named in the theme. */
  logo?: Uint8Array | null;
  /** A council's own letterhead (.docx with {{title}}, {{body}}, {{marking}}); the theme's look is used without it. */
  letterhead?: Uint8Array | null;
  largePrint?: boolean;
  /** A faster zipper from the host (the app passes Node's native deflate); fflate when not given. */
  zip?: Zipper;
  /** The glossary (with the user's own additions): the record's "Abbreviations used" comes from it. */
  glossary?: CompiledGlossary;
}

export class DocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentError';
  }
}

/** Clean free text (keeps paragraphs) and one-line text (names). */
export const text = (value: string | undefined | null): string => cleanText(value ?? '');
export const line = (value: string | undefined | null): string => cleanLine(value ?? '');

export interface Person {
  id: string;
  name: string;
  kind: 'child' | 'family' | 'team';
  /** "Pastoral lead" or "Mother". */
  role: string;
  agency: string;
  phone: string;
  email: string;
  canHelpWith: string;
  active: boolean;
}

export interface Context {
  record: FamilyRecord;
  theme: Theme;
  words: LocalWords;
  today: string;
  people: Map<string, Person>;
}

export function contextOf(input: DocumentInput): Context {
  const theme = input.theme ?? DEFAULT_THEME;
  const people = new Map<string, Person>();
  for (const c of input.record.children) {
    const name = line(childDisplayName(c) + (c.lastName ? ` ${c.lastName}` : ''));
    people.set(c.id, { id: c.id, name, kind: 'child', role: c.unborn ? 'Unborn baby' : 'Child', agency: '', phone: '', email: '', canHelpWith: '', active: true });
  }
  for (const m of input.record.members) {
    people.set(m.id, {
      id: m.id, name: line(m.name), kind: 'family', role: line(m.relationshipDetail) || RELATIONSHIP_LABELS[m.relationship],
      agency: '', phone: line(m.phone), email: line(m.email), canHelpWith: '', active: true,
    });
  }
  for (const t of input.record.team) {
    people.set(t.id, {
      id: t.id, name: line(t.name), kind: 'team', role: line(t.role), agency: line(t.agency),
      phone: line(t.phone), email: line(t.email), canHelpWith: text(t.canHelpWith), active: t.active,
    });
  }
  return { record: input.record, theme, words: resolveWords(input.words, theme), today: input.today, people };
}

export function nameOf(ctx: Context, id: string | undefined, fallback = 'Someone not on the record'): string {
  return (id && ctx.people.get(id)?.name) || fallback;
}

/** "Tom Price, Pastoral lead, Greenfield Primary School" or "Dawn Fletcher (Mother)". */
export function describe(ctx: Context, id: string | undefined): string {
  const p = id ? ctx.people.get(id) : undefined;
  if (!p) return 'Someone not on the record';
  if (p.kind === 'team') return [p.name, p.role, p.agency].filter(Boolean).join(', ');
  return `${p.name} (${p.role})`;
}

/** Role and agency, or the family relationship. */
export function roleOf(ctx: Context, id: string | undefined): string {
  const p = id ? ctx.people.get(id) : undefined;
  if (!p) return '';
  return p.kind === 'team' ? [p.role, p.agency].filter(Boolean).join(', ') : p.role;
}

export function findMeeting(ctx: Context, meetingId: string | undefined): Meeting {
  const meeting = ctx.record.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new DocumentError('That meeting is not on this family’s record.');
  return meeting;
}

/** Short names of children: "Jay and Mia". */
export function childNames(ctx: Context, ids: readonly string[]): string {
  const names = ids.map((id) => {
    const c = ctx.record.children.find((x) => x.id === id);
    return c ? line(childDisplayName(c)) : nameOf(ctx, id);
  });
  return joinAnd(names);
}

export function joinAnd(items: readonly string[]): string {
  const list = items.filter(Boolean);
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** The episode for each child that was open on a date (or the latest one before it). */
export function episodesOn(ctx: Context, childIds: readonly string[], date: string): Episode[] {
  const out: Episode[] = [];
  for (const childId of childIds) {
    const mine = ctx.record.episodes.filter((e) => e.childId === childId && e.openedOn <= date).sort((a, b) => (a.openedOn < b.openedOn ? 1 : -1));
    const open = mine.find((e) => !e.closedOn || e.closedOn >= date) ?? mine[0];
    const any = open ?? ctx.record.episodes.find((e) => e.childId === childId);
    if (any && !out.includes(any)) out.push(any);
  }
  return out;
}

/** The lead professionals on a date for these episodes, without repeats. */
export function leadProfessionalsOn(ctx: Context, episodes: readonly Episode[], date: string): string[] {
  const ids: string[] = [];
  for (const e of episodes) {
    const lp = leadProfessionalOn(e, date);
    if (lp && !ids.includes(lp.teamMemberId)) ids.push(lp.teamMemberId);
  }
  return ids;
}

export function outcomesById(ctx: Context): Map<string, Outcome & { childId: string }> {
  const map = new Map<string, Outcome & { childId: string }>();
  for (const e of ctx.record.episodes) for (const o of e.outcomes) map.set(o.id, { ...o, childId: e.childId });
  return map;
}

/** Meetings in time order, cancelled ones left out. */
export function meetingsInOrder(ctx: Context): Meeting[] {
  return ctx.record.meetings
    .filter((m) => m.status !== 'cancelled')
    .sort((a, b) => (meetingSortKey(a) < meetingSortKey(b) ? -1 : meetingSortKey(a) > meetingSortKey(b) ? 1 : 0));
}

/** Who does an action: the person on the record, or the name as said. */
export function ownerName(ctx: Context, action: Action): string {
  if (action.ownerId && ctx.people.has(action.ownerId)) return nameOf(ctx, action.ownerId);
  return line(action.ownerName) || 'Not agreed yet';
}

export function actionAgency(ctx: Context, action: Action): string {
  const own = line(action.agency);
  if (own) return own;
  const p = action.ownerId ? ctx.people.get(action.ownerId) : undefined;
  return p?.kind === 'team' ? p.agency : '';
}

/** The outcome an action serves, or the need it meets. */
export function actionPurpose(ctx: Context, action: Action, outcomes: Map<string, Outcome>): string {
  const o = action.outcomeId ? outcomes.get(action.outcomeId) : undefined;
  return o ? text(o.text) : line(action.need);
}

/** Every name of a person on the record: what must never be in a file's metadata or name. */
export function allNames(ctx: Context): string[] {
  const names = [...ctx.people.values()].filter((p) => p.kind !== 'team').map((p) => p.name);
  for (const c of ctx.record.children) names.push(line(c.firstName), line(c.lastName), line(c.knownAs));
  return names.filter(Boolean);
}
