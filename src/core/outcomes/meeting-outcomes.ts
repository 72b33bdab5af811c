// Every outcome agreed for a meeting's children, with this meeting's rating (if any) and the last
// one before it: what both the meeting record and the family plan report, rated or not.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import { meetingSortKey } from '../meetings/schema';
import type { Outcome } from '../episodes/schema';
import { isBefore, sharesChild } from '../agenda/carry-over';
import type { OutcomeRating } from './schema';

export interface MeetingOutcome {
  outcome: Outcome;
  childId: string;
  /** This meeting's rating, if it was rated. */
  now?: OutcomeRating;
  /** The last rating before this meeting, and the date of that meeting. */
  before?: { rating: OutcomeRating; date: string };
}

/**
 * The outcomes a meeting is about: each outcome of its children's support that was in force then
 * (agreed before the next meeting about them, still active) and any it rated.
 */
export function meetingOutcomes(record: Pick<FamilyRecord, 'episodes' | 'meetings'>, meeting: Meeting): MeetingOutcome[] {
  const later = record.meetings
    .filter((m) => m.status !== 'cancelled' && sharesChild(m, meeting) && isBefore(meeting, m))
    .map((m) => m.date)
    .sort()[0];
  const earlier = record.meetings
    .filter((m) => m.status !== 'cancelled' && isBefore(m, meeting))
    .sort((a, b) => (meetingSortKey(a) < meetingSortKey(b) ? 1 : -1));
  const rated = new Map(meeting.outcomeRatings.map((r) => [r.outcomeId, r]));
  const out: MeetingOutcome[] = [];
  for (const childId of meeting.childIds) {
    for (const e of record.episodes.filter((x) => x.childId === childId)) {
      const inForce = e.openedOn <= meeting.date && (!e.closedOn || e.closedOn >= meeting.date);
      for (const o of e.outcomes) {
        const now = rated.get(o.id);
        if (!now && (!inForce || !o.active || (later && o.agreedOn >= later))) continue;
        if (out.some((x) => x.outcome.id === o.id)) continue;
        let before: MeetingOutcome['before'];
        for (const m of earlier) {
          const r = m.outcomeRatings.find((x) => x.outcomeId === o.id);
          if (r) {
            before = { rating: r, date: m.date };
            break;
          }
        }
        out.push({ outcome: o, childId, now, before });
      }
    }
  }
  return out;
}
