// Random multi-meeting histories for the demo family, played meeting by meeting as the app would
// (reviews move an action's status on, a new date keeps the old one), with what each meeting must show.
import fc from 'fast-check';
import type { FamilyRecord } from '../../../src/core/families/record';
import type { Action, ReviewResult } from '../../../src/core/actions/schema';
import type { Meeting } from '../../../src/core/meetings/schema';
import type { NoteEntry } from '../../../src/core/minutes/schema';
import { addDays } from '../../../src/core/shared/dates';
import { demoFamily } from '../../documents/support';

type Fate = ReviewResult | 'none';

export interface Plan {
  meetings: { lastUnderWay: boolean; withAgenda: boolean }[];
  actions: { at: number; owner: number; child: number; due: number; waiting: boolean }[];
  /** For each meeting, for each action: what its review does (ignored for actions not open then). */
  reviews: { fate: Fate; newDate: boolean }[][];
  outcomes: { at: number; child: number }[];
  ratings: { family?: number; team?: number }[][];
  notes: { at: number; speaker: number; privateNote: boolean; followUp: number }[];
}

const FATES: Fate[] = ['none', 'done', 'partly-done', 'not-done', 'no-longer-needed', 'carried-forward', 'waiting'];

export const planArb: fc.Arbitrary<Plan> = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc.record({
    meetings: fc.array(fc.record({ lastUnderWay: fc.boolean(), withAgenda: fc.boolean() }), { minLength: n, maxLength: n }),
    actions: fc.array(fc.record({
      at: fc.integer({ min: -1, max: n - 1 }), owner: fc.nat(20), child: fc.integer({ min: 0, max: 2 }),
      due: fc.integer({ min: -20, max: 120 }), waiting: fc.boolean(),
    }), { maxLength: 30 }),
    reviews: fc.array(fc.array(fc.record({ fate: fc.constantFrom(...FATES), newDate: fc.boolean() }), { minLength: 30, maxLength: 30 }), { minLength: n, maxLength: n }),
    outcomes: fc.array(fc.record({ at: fc.integer({ min: 0, max: n - 1 }), child: fc.integer({ min: 0, max: 1 }) }), { maxLength: 5 }),
    ratings: fc.array(fc.array(fc.record({ family: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }), team: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }) }), { minLength: 5, maxLength: 5 }), { minLength: n, maxLength: n }),
    notes: fc.array(fc.record({ at: fc.integer({ min: 0, max: n - 1 }), speaker: fc.nat(20), privateNote: fc.boolean(), followUp: fc.integer({ min: -1, max: 29 }) }), { maxLength: 12 }),
  }),
);

/** What one meeting must show, worked out while the history is played. */
export interface Expected {
  meetingId: string;
  date: string;
  /** Open when it started, with what happened. */
  openAtStart: { id: string; text: string; fate: Fate; carriedBefore: number }[];
  /** Still to do afterwards, with the due date as it stood then and the one it replaced. */
  after: { id: string; text: string; due?: string; wasDue?: string; hidden: boolean }[];
  outcomes: string[];
  privateTexts: string[];
}

export function actionText(i: number): string {
  return `Arrange Zq${String(i).padStart(3, '0')}x for the family`;
}

const pad = (n: number) => String(n).padStart(6, '0');

export function playHistory(plan: Plan): { record: FamilyRecord; expected: Expected[] } {
  const record = demoFamily();
  const [jay, mia] = record.children.map((c) => c.id);
  const owners = [...record.members.map((m) => m.id), ...record.team.map((t) => t.id), jay, mia];
  const chair = record.team[0].id;
  record.meetings = [];
  record.actions = [];
  for (const e of record.episodes) {
    e.outcomes = [];
    e.openedOn = '2025-12-01';
    e.closedOn = undefined;
  }
  let id = 0;
  const newId = () => `gen${pad(++id)}`;
  const start = '2026-01-05';
  const dates = plan.meetings.map((_, i) => addDays(start, i * 42));
  const meetings: Meeting[] = plan.meetings.map((m, i) => ({
    id: newId(), kind: i === 0 ? 'first' : 'review', childIds: [jay, mia], date: dates[i], startTime: '09:30', endTime: '10:30',
    venue: 'Greenfield Children’s Centre', venueKind: 'school', chairId: chair, minuteTakerId: chair,
    status: i === plan.meetings.length - 1 && m.lastUnderWay ? 'in-progress' : 'finished',
    cancelledReason: '', invitations: [], attendance: [], childParticipation: [], agenda: [], notes: [], actionReviews: [],
    outcomeRatings: [], circulation: [], chairNotes: '', createdAt: `${dates[i]}T09:00:00.000Z`, updatedAt: `${dates[i]}T09:00:00.000Z`,
  }) as Meeting);
  record.meetings = meetings;
  const actions: Action[] = plan.actions.map((a, i) => {
    const made = a.at < 0 ? addDays(start, -10) : dates[a.at];
    const status = a.waiting ? 'waiting' : 'not-started';
    return {
      id: newId(), text: actionText(i), childIds: a.child === 2 ? [] : [[jay, mia][a.child]], ownerId: owners[a.owner % owners.length],
      ownerName: '', agency: '', dueDate: addDays(made, a.due), status, waitingSince: a.waiting ? addDays(made, 3) : undefined,
      need: '', fundingNeeded: '', fundingFoundBy: '', notes: '', createdInMeetingId: a.at < 0 ? undefined : meetings[a.at].id,
      createdAt: `${made}T${a.at < 0 ? '08' : '10'}:${String(i % 60).padStart(2, '0')}:00.000Z`, updatedAt: `${made}T10:00:00.000Z`,
    } as Action;
  });
  record.actions = actions;
  const outcomeIds: string[] = [];
  plan.outcomes.forEach((o, i) => {
    const oid = newId();
    outcomeIds.push(oid);
    record.episodes.find((e) => e.childId === [jay, mia][o.child])!.outcomes.push({ id: oid, text: `Outcome Ou${i}x is different`, area: 'other', agreedOn: dates[o.at], active: true });
  });

  const expected: Expected[] = [];
  const hidden = new Set<string>();
  const carried = new Map<string, number>();
  plan.notes.forEach((n, i) => { if (n.privateNote && n.followUp >= 0 && n.followUp < actions.length) hidden.add(actions[n.followUp].id); });
  meetings.forEach((m, mi) => {
    const open = actions.filter((a) => (a.createdInMeetingId === undefined || meetings.findIndex((x) => x.id === a.createdInMeetingId) < mi)
      && ['not-started', 'in-progress', 'waiting'].includes(a.status));
    const item = (key: string, title: string, actionId?: string) => ({ id: newId(), key, title, minutes: 5, done: true, note: 'No outcomes agreed yet: agree what should be different.', ...(actionId ? { actionId } : {}) });
    if (plan.meetings[mi].withAgenda) {
      m.agenda.push(item('review-actions', 'What we said we would do last time'));
      for (const a of open) m.agenda.push(item('action-review', a.text, a.id));
    }
    m.agenda.push(item('worries', 'What we are worried about'));
    const exp: Expected = { meetingId: m.id, date: m.date, openAtStart: [], after: [], outcomes: [], privateTexts: [] };
    const wasDue = new Map<string, string | undefined>();
    for (const a of open) {
      const r = plan.reviews[mi][actions.indexOf(a)];
      exp.openAtStart.push({ id: a.id, text: a.text, fate: r.fate, carriedBefore: carried.get(a.id) ?? 0 });
      if (r.fate === 'none') continue;
      if (m.status === 'finished' && ['carried-forward', 'partly-done', 'not-done'].includes(r.fate)) carried.set(a.id, (carried.get(a.id) ?? 0) + 1);
      const review = { actionId: a.id, result: r.fate, reason: r.fate === 'not-done' ? 'Not yet possible' : '' } as Meeting['actionReviews'][number];
      if (r.newDate && r.fate !== 'done' && r.fate !== 'no-longer-needed') {
        review.newDueDate = addDays(m.date, 30);
        review.previousDueDate = a.dueDate;
        if (a.dueDate !== review.newDueDate) wasDue.set(a.id, a.dueDate);
        a.dueDate = review.newDueDate;
      }
      if (r.fate === 'waiting') {
        // As the service does: since when (here a week before the meeting), and the action is waiting.
        review.waitingSince = addDays(m.date, -7);
        a.waitingSince = review.waitingSince;
        a.status = 'waiting';
      }
      m.actionReviews.push(review);
      a.status = r.fate === 'done' ? 'done' : r.fate === 'no-longer-needed' ? 'no-longer-needed' : r.fate === 'partly-done' ? 'in-progress' : a.status;
    }
    for (const a of actions) {
      const made = a.createdInMeetingId === m.id;
      const stillOpen = open.includes(a) && ['not-started', 'in-progress', 'waiting'].includes(a.status);
      if (made || stillOpen) exp.after.push({ id: a.id, text: a.text, due: a.dueDate, wasDue: wasDue.get(a.id), hidden: hidden.has(a.id) });
    }
    plan.outcomes.forEach((o, oi) => {
      if (o.at > mi) return;
      exp.outcomes.push(`Outcome Ou${oi}x is different`);
      const r = plan.ratings[mi][oi];
      if (r.family !== undefined || r.team !== undefined) m.outcomeRatings.push({ outcomeId: outcomeIds[oi], familyScore: r.family, teamScore: r.team, familyWords: '' });
    });
    plan.notes.forEach((n, ni) => {
      if (n.at !== mi) return;
      const speaker = owners[n.speaker % owners.length];
      const words = n.privateNote ? `Hush${ni}x private matter` : `Said Pub${ni}x openly`;
      const note: NoteEntry = {
        id: newId(), agendaItemId: m.agenda[m.agenda.length - 1].id, kind: 'note', text: words, speakerId: speaker, ownWords: !n.privateNote && n.speaker % 2 === 0,
        professionalsOnly: n.privateNote, professionalsOnlyReason: n.privateNote ? 'Third-party information' : '', views: [], reasonNotShared: '',
        followUpActionId: n.followUp >= 0 && n.followUp < actions.length ? actions[n.followUp].id : undefined,
        createdAt: `${m.date}T10:${String(ni).padStart(2, '0')}:00.000Z`, updatedAt: `${m.date}T10:00:00.000Z`,
      };
      m.notes.push(note);
      if (n.privateNote) exp.privateTexts.push(words);
    });
    expected.push(exp);
  });
  return { record, expected };
}
