// Bench: building a review's agenda for a family with 30 past meetings and 300 actions (target:
// median ≤ 50 ms), plus the chair's alerts and suggested invitations for the same meeting.
import { buildDemoFamily } from '../src/main/demo/demo-family';
import { familyRecordSchema, type FamilyRecord } from '../src/core/families/record';
import type { Meeting } from '../src/core/meetings/schema';
import type { Action, ReviewResult } from '../src/core/actions/schema';
import type { AttendanceStatus } from '../src/core/attendance/schema';
import { addDays } from '../src/core/shared/dates';
import { buildAgenda } from '../src/core/agenda/build';
import { BUILT_IN_AGENDAS } from '../src/core/agenda/template';
import { chairAlerts } from '../src/core/prompts/alerts';
import { suggestInvitations } from '../src/core/attendance/invitations';
import { ms, median, percentile, timeEach, type BenchResult } from './lib';

export const title = 'Agenda from the last review (30 past meetings, 300 actions)';

const PAST = 30;
const ACTIONS_EACH = 10;
const STATUSES: AttendanceStatus[] = ['in-person', 'in-person', 'remote', 'apologies', 'written-update', 'did-not-attend', 'in-person'];
const RESULTS: ReviewResult[] = ['done', 'carried-forward', 'partly-done', 'done', 'not-done', 'carried-forward', 'no-longer-needed'];

/** The demo family, with its meetings replaced by 30 finished ones a fortnight apart and a planned one. */
export function bigFamily(results: readonly ReviewResult[] = RESULTS): { record: FamilyRecord; next: Meeting } {
  let n = 0;
  const newId = () => `bench-${String(++n).padStart(6, '0')}`;
  const record = buildDemoFamily(newId, '2026-11-23', '2026-11-23T10:00:00.000Z');
  const template = record.meetings[1];
  const people = [...record.team, ...record.members].map((p) => p.id);
  const outcomes = record.episodes.flatMap((e) => e.outcomes.map((o) => o.id));
  const meetings: Meeting[] = [];
  const actions: Action[] = [];
  let date = '2025-08-04';
  for (let i = 0; i < PAST; i++) {
    const id = newId();
    const at = `${date}T09:30:00.000Z`;
    const open = actions.filter((a) => a.status !== 'done' && a.status !== 'no-longer-needed' && a.status !== 'not-done');
    const reviews = open.map((a, j) => {
      const result = results[(i + j) % results.length];
      if (result === 'done') a.status = 'done';
      else if (result === 'no-longer-needed') a.status = 'no-longer-needed';
      else if (result === 'not-done' && j % 2 === 0) a.status = 'not-done';
      else a.status = 'in-progress';
      return { actionId: a.id, result, reason: result === 'not-done' ? 'Waiting for a reply from housing.' : '' };
    });
    for (let k = 0; k < ACTIONS_EACH; k++) {
      actions.push({
        id: newId(), text: `Action ${i * ACTIONS_EACH + k + 1}: ring the housing repairs line and chase the bedroom damp`, childIds: k % 3 === 0 ? [record.children[0].id] : [],
        ownerId: people[k % people.length], ownerName: '', agency: '', dueDate: addDays(date, 21), status: 'not-started', need: '', fundingNeeded: '',
        fundingFoundBy: '', notes: '', outcomeId: outcomes[k % outcomes.length], createdInMeetingId: id, createdAt: at, updatedAt: at,
      });
    }
    meetings.push({
      ...template, id, kind: i === 0 ? 'first' : 'review', date, nextMeetingId: undefined,
      attendance: people.map((p, j) => ({ ...template.attendance[0], personId: p, status: STATUSES[(i + j) % STATUSES.length], writtenUpdate: 'Update by email.' })),
      invitations: people.map((p) => ({ personId: p, invitedOn: addDays(date, -14), how: 'email' as const, reply: 'coming' as const })),
      actionReviews: reviews,
      outcomeRatings: outcomes.map((o, j) => ({ outcomeId: o, familyScore: (i + j) % 11, teamScore: (i + 2 * j) % 11, familyWords: 'A bit better this fortnight.' })),
      notes: template.notes.map((note) => ({ ...note, id: newId() })),
      startedAt: at, createdAt: at, updatedAt: at,
      closing: template.closing ? { ...template.closing, finishedAt: at } : undefined,
    });
    date = addDays(date, 14);
  }
  const next: Meeting = { ...meetings[0], id: newId(), kind: 'review', date, status: 'planned', attendance: [], invitations: [], actionReviews: [], outcomeRatings: [], notes: [], agenda: [], closing: undefined, startedAt: undefined };
  record.meetings = [...meetings, next];
  record.actions = actions;
  return { record: familyRecordSchema.parse(record), next };
}

export async function run(): Promise<BenchResult> {
  const { record, next } = bigFamily();
  let n = 0;
  const newId = () => `item-${++n}`;
  let items = 0;
  const agenda = await timeEach(() => {
    items = buildAgenda({ record, meeting: next, template: BUILT_IN_AGENDAS.review, newId }).length;
  }, 60);
  const worst = bigFamily(['carried-forward']);
  let worstItems = 0;
  const allOpen = await timeEach(() => {
    worstItems = buildAgenda({ record: worst.record, meeting: worst.next, template: BUILT_IN_AGENDAS.review, newId }).length;
  }, 30);
  const alerts = await timeEach(() => chairAlerts(record, next), 30);
  const invites = await timeEach(() => suggestInvitations(record, next), 30);
  const open = record.actions.filter((a) => ['not-started', 'in-progress', 'waiting'].includes(a.status)).length;
  const agendaMedian = median(agenda);
  return {
    figures: {
      'past meetings': record.meetings.length - 1,
      actions: record.actions.length,
      'open actions on the agenda': open,
      'agenda items built': items,
      'buildAgenda median (ms)': ms(agendaMedian),
      'buildAgenda p95 (ms)': ms(percentile(agenda, 95)),
      'worst case, all 300 still open: items built': worstItems,
      'worst case buildAgenda median (ms)': ms(median(allOpen)),
      'chairAlerts median (ms)': ms(median(alerts)),
      'suggestInvitations median (ms)': ms(median(invites)),
    },
    targets: [
      { name: 'Agenda for 30 past meetings and 300 actions', ok: agendaMedian <= 50, detail: `median ${ms(agendaMedian)} ms (target ≤ 50 ms)` },
      { name: 'The same, with all 300 actions still open', ok: median(allOpen) <= 50, detail: `median ${ms(median(allOpen))} ms (target ≤ 50 ms)` },
    ],
  };
}
