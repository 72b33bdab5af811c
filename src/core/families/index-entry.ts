// The home list's view of a family, kept in the vault's small index so the home screen never has
// to open every family file. The entry holds facts; `summarise` judges them against today.
import { z } from 'zod';
import type { FamilyRecord } from './record';
import { childDisplayName } from './schema';
import { currentLeadProfessional, isOpen } from '../episodes/schema';
import { OPEN_STATUSES } from '../actions/schema';
import { personName } from './people';
import type { IsoDate } from '../shared/dates';
import { familyPlanFacts, familyPlanFactsSchema } from '../circulation/family-plan';

const FIRST_LINE_MAX = 200;

export const indexEntrySchema = z.object({
  id: z.string(),
  reference: z.string(),
  childNames: z.array(z.string()),
  otherNames: z.array(z.string()),
  leadProfessional: z.string(),
  openEpisodes: z.number().int(),
  plannedMeetings: z.array(z.object({ id: z.string(), date: z.string(), startTime: z.string(), kind: z.string() })),
  lastMeeting: z.string().optional(),
  openActions: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      ownerId: z.string().optional(),
      ownerName: z.string(),
      dueDate: z.string().optional(),
    }),
  ),
  /** The family's copy of the latest plan: sent or not (judged with familyPlanStatus). Missing in entries saved before it was added. */
  familyPlan: familyPlanFactsSchema.optional(),
  updatedAt: z.string(),
  revision: z.number().int(),
});
export type IndexEntry = z.infer<typeof indexEntrySchema>;

export function toIndexEntry(record: FamilyRecord): IndexEntry {
  const open = record.episodes.filter(isOpen);
  const leadIds = new Set(open.map((e) => currentLeadProfessional(e)?.teamMemberId).filter(Boolean));
  const leadNames = record.team.filter((t) => leadIds.has(t.id)).map((t) => t.name);
  const past = record.meetings.filter((m) => m.status === 'finished').map((m) => m.date).sort();
  return {
    id: record.id,
    reference: record.reference,
    childNames: record.children.map((c) => childDisplayName(c)),
    otherNames: [
      ...record.children.map((c) => c.lastName).filter(Boolean),
      ...record.members.map((m) => m.name),
    ],
    leadProfessional: leadNames.join(', '),
    openEpisodes: open.length,
    plannedMeetings: record.meetings
      .filter((m) => m.status === 'planned' || m.status === 'in-progress')
      .map((m) => ({ id: m.id, date: m.date, startTime: m.startTime, kind: m.kind }))
      .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime)),
    lastMeeting: past[past.length - 1],
    openActions: record.actions
      .filter((a) => OPEN_STATUSES.includes(a.status))
      .map((a) => ({
        id: a.id,
        text: a.text.split('\n')[0].slice(0, FIRST_LINE_MAX),
        ownerId: a.ownerId,
        ownerName: a.ownerId ? personName(record, a.ownerId, a.ownerName || 'No one named') : a.ownerName || 'No one named',
        dueDate: a.dueDate,
      })),
    familyPlan: familyPlanFacts(record),
    updatedAt: record.updatedAt,
    revision: record.revision,
  };
}

export const familySummarySchema = indexEntrySchema.extend({
  nextMeeting: z.object({ id: z.string(), date: z.string(), startTime: z.string(), kind: z.string() }).optional(),
  /** Planned meetings whose date has passed without being finished. */
  lapsedMeetings: z.number().int(),
  overdueActions: z.number().int(),
});
export type FamilySummary = z.infer<typeof familySummarySchema>;

export function summarise(entry: IndexEntry, today: IsoDate): FamilySummary {
  return {
    ...entry,
    nextMeeting: entry.plannedMeetings.find((m) => m.date >= today),
    lapsedMeetings: entry.plannedMeetings.filter((m) => m.date < today).length,
    overdueActions: entry.openActions.filter((a) => a.dueDate && a.dueDate < today).length,
  };
}

const norm = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** True when every word of the query is found in the reference or a name. */
export function matchesSearch(entry: Pick<IndexEntry, 'reference' | 'childNames' | 'otherNames'>, query: string): boolean {
  const words = norm(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = norm([entry.reference, ...entry.childNames, ...entry.otherNames].join(' '));
  return words.every((w) => hay.includes(w));
}
