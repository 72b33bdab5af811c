// Building a meeting's agenda from its template and the last review: the standing items in the
// template's order, one item per open action to review, and one "is this better for you?" per outcome.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import type { AgendaItem } from './schema';
import { ACTION_REVIEW_KEY, OUTCOME_REVIEW_KEY } from './keys';
import { orderedItems, type AgendaTemplate, type AgendaTemplateItem } from './template';
import { actionsToReview, lastTime, type ActionToReview } from './carry-over';
import { outcomesToRate } from '../outcomes/ratings';
import { listPeople } from '../families/people';
import { BUILT_IN_LOCAL, fillPlaceholders, type LocalWords, type PlaceholderContext } from '../prompts/local';
import { promptContext } from '../prompts/context';

export interface BuildAgendaInput {
  record: FamilyRecord;
  meeting: Meeting;
  template: AgendaTemplate;
  newId: () => string;
  local?: LocalWords;
}

const DEFAULT_EACH = 3;
const TITLE_MAX = 200;
const NOTE_MAX = 400;

/** Shortens text to fit a field, ending with "…" when cut. */
export function fit(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** "once", "twice", "3 times". */
export function timesWord(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** The note shown under an action to review: its owner, due date and carry-over. */
function actionNote(names: ReadonlyMap<string, string>, r: ActionToReview): string {
  const owner = (r.action.ownerId && names.get(r.action.ownerId)) || r.action.ownerName || 'No one named';
  const parts = [`Who: ${owner}${r.action.agency ? ` (${r.action.agency})` : ''}.`];
  if (r.carriedOver > 0) parts.push(`Carried over ${timesWord(r.carriedOver)} already.`);
  if (r.flagged) parts.push('Talk about what is getting in the way.');
  return fit(parts.join(' '), NOTE_MAX);
}

function item(newId: () => string, key: string, title: string, minutes: number, extra: Partial<AgendaItem> = {}): AgendaItem {
  return { id: newId(), key, title: fit(title, TITLE_MAX) || key, minutes, done: false, note: '', ...extra };
}

function countNote(n: number, one: string, many: string): string {
  return n === 0 ? '' : n === 1 ? `1 ${one} from last time to look at again.` : `${n} ${many} from last time to look at again.`;
}

/**
 * The agenda for a meeting. A `review-actions` item is followed by one `action-review` item per
 * open action (oldest first, carry-overs counted and flagged); an `outcomes` item by one
 * `outcome-review` per agreed outcome. Titles have their {placeholders} filled.
 */
export function buildAgenda({ record, meeting, template, newId, local = BUILT_IN_LOCAL }: BuildAgendaInput): AgendaItem[] {
  const context: PlaceholderContext = promptContext(record, meeting, local);
  const last = lastTime(record, meeting);
  const out: AgendaItem[] = [];
  const standing = (t: AgendaTemplateItem, note = '') => out.push(item(newId, t.key, fillPlaceholders(t.title, context), t.minutes, { note: fit(note, NOTE_MAX) }));

  for (const t of orderedItems(template)) {
    switch (t.key) {
      case 'review-actions': {
        const toReview = actionsToReview(record, meeting, { carriedOverFlagAt: local.carriedOverFlagAt });
        // The count is shown live (agendaItemNote), never stored: it changes as actions are reviewed.
        standing(t);
        const names = new Map(listPeople(record).map((p) => [p.id, p.name]));
        for (const r of toReview) {
          out.push(
            item(newId, ACTION_REVIEW_KEY, r.action.text, t.minutesEach ?? DEFAULT_EACH, {
              actionId: r.action.id,
              carriedOver: r.carriedOver,
              flagged: r.flagged,
              note: actionNote(names, r),
            }),
          );
        }
        break;
      }
      case 'outcomes': {
        const outcomes = outcomesToRate(record, meeting);
        standing(t);
        for (const o of outcomes) {
          const lastScores =
            o.last && (o.last.familyScore !== undefined || o.last.teamScore !== undefined)
              ? `Last time: family ${o.last.familyScore ?? '–'} out of 10, team ${o.last.teamScore ?? '–'} out of 10.`
              : '';
          const words = o.last?.familyWords ? ` The family said: “${o.last.familyWords}”` : '';
          out.push(
            item(newId, OUTCOME_REVIEW_KEY, o.outcome.text, t.minutesEach ?? DEFAULT_EACH, {
              outcomeId: o.outcome.id,
              note: fit(`${lastScores}${words}`.trim(), NOTE_MAX),
            }),
          );
        }
        break;
      }
      case 'worries':
        standing(t, countNote(last.worries.length, 'worry', 'worries'));
        break;
      case 'gone-well': {
        const strengths = countNote(last.strengths.length, 'good thing', 'good things');
        const done = last.actionsDone.length ? ` ${last.actionsDone.length} done since last time.` : '';
        standing(t, `${strengths}${done}`.trim());
        break;
      }
      default:
        standing(t);
    }
  }
  return out;
}

/** The total minutes an agenda is planned to take. */
export function agendaMinutes(items: readonly Pick<AgendaItem, 'minutes'>[]): number {
  return items.reduce((sum, i) => sum + i.minutes, 0);
}

export interface Introduction {
  personId: string;
  name: string;
  role: string;
  agency: string;
  canHelpWith: string;
}

/** For introductions: each invited professional and what their service can help with. */
export function introductions(record: Pick<FamilyRecord, 'team'>, meeting: Pick<Meeting, 'invitations' | 'attendance'>): Introduction[] {
  const ids = new Set([...meeting.invitations.map((i) => i.personId), ...meeting.attendance.map((a) => a.personId)]);
  const pool = ids.size > 0 ? record.team.filter((t) => ids.has(t.id)) : record.team.filter((t) => t.active);
  return pool.map((t) => ({ personId: t.id, name: t.name, role: t.role, agency: t.agency, canHelpWith: t.canHelpWith }));
}
