// Comparing outcome ratings with last time: 0–10 from the family and from the team, "no change"
// and "worse" allowed, the family's own words kept. Separate from whether the actions were done.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import type { Outcome } from '../episodes/schema';
import { CHANGE_LABELS, type OutcomeRating } from './schema';
import type { Action } from '../actions/schema';

export type Direction = 'better' | 'no-change' | 'worse';

export interface ScoreChange {
  now?: number;
  before?: number;
  /** now − before, when both are given. */
  difference?: number;
  /** `first-time` when only now is given; `not-rated` when now is missing. */
  direction: Direction | 'first-time' | 'not-rated';
}

export interface RatingChange {
  outcomeId: string;
  family: ScoreChange;
  team: ScoreChange;
  /** What the family said when asked "is this better for you?". */
  familySays?: Direction;
  familyWords: string;
  /** The family's and the team's views point different ways, or their scores are 3 or more apart. */
  viewsDiffer: boolean;
  /** One plain line for the chair's screen and the minutes. */
  summary: string;
}

function score(now: number | undefined, before: number | undefined): ScoreChange {
  if (now === undefined) return { before, direction: 'not-rated' };
  if (before === undefined) return { now, direction: 'first-time' };
  const difference = now - before;
  return { now, before, difference, direction: difference > 0 ? 'better' : difference < 0 ? 'worse' : 'no-change' };
}

function describe(who: string, s: ScoreChange): string {
  switch (s.direction) {
    case 'not-rated':
      return `${who} did not give a score this time.`;
    case 'first-time':
      return `${who} gave ${s.now} out of 10.`;
    case 'no-change':
      return `${who} gave ${s.now} out of 10, the same as last time.`;
    case 'better':
      return `${who} gave ${s.now} out of 10, up from ${s.before}.`;
    case 'worse':
      return `${who} gave ${s.now} out of 10, down from ${s.before}.`;
  }
}

/** How this meeting's rating of an outcome compares with the one before. */
export function ratingChange(now: OutcomeRating, before?: OutcomeRating): RatingChange {
  const family = score(now.familyScore, before?.familyScore);
  const team = score(now.teamScore, before?.teamScore);
  const directional = (d: ScoreChange['direction']): Direction | undefined =>
    d === 'better' || d === 'worse' || d === 'no-change' ? d : undefined;
  const familyWay = now.change ?? directional(family.direction);
  const teamWay = directional(team.direction);
  const apart = now.familyScore !== undefined && now.teamScore !== undefined && Math.abs(now.familyScore - now.teamScore) >= 3;
  const viewsDiffer = apart || (!!familyWay && !!teamWay && familyWay !== teamWay);
  const parts = [describe('The family', family), describe('The team', team)];
  if (now.change) parts.push(`The family says: ${CHANGE_LABELS[now.change].toLowerCase()}.`);
  return {
    outcomeId: now.outcomeId,
    family,
    team,
    familySays: now.change,
    familyWords: now.familyWords,
    viewsDiffer,
    summary: parts.join(' '),
  };
}

export interface OutcomeToRate {
  outcome: Outcome;
  episodeId: string;
  childId: string;
  /** The rating given at the last meeting that rated it. */
  last?: OutcomeRating;
  lastDate?: string;
}

/** The agreed, active outcomes for this meeting's children, with their last rating. */
export function outcomesToRate(record: Pick<FamilyRecord, 'episodes' | 'meetings'>, meeting: Pick<Meeting, 'id' | 'childIds' | 'date'>): OutcomeToRate[] {
  const out: OutcomeToRate[] = [];
  for (const e of record.episodes) {
    if (!meeting.childIds.includes(e.childId)) continue;
    if (e.openedOn > meeting.date || (e.closedOn && e.closedOn < meeting.date)) continue;
    for (const o of e.outcomes) {
      if (!o.active) continue;
      const history = ratingHistory(record, o.id).filter((h) => h.meetingId !== meeting.id && h.date <= meeting.date);
      const last = history[history.length - 1];
      out.push({ outcome: o, episodeId: e.id, childId: e.childId, last: last?.rating, lastDate: last?.date });
    }
  }
  return out;
}

/** Every finished meeting's rating of one outcome, oldest first. */
export function ratingHistory(record: Pick<FamilyRecord, 'meetings'>, outcomeId: string): { meetingId: string; date: string; rating: OutcomeRating }[] {
  return record.meetings
    .filter((m) => m.status === 'finished')
    .map((m) => ({ m, rating: m.outcomeRatings.find((r) => r.outcomeId === outcomeId) }))
    .filter((x): x is { m: Meeting; rating: OutcomeRating } => !!x.rating)
    .sort((a, b) => (`${a.m.date}T${a.m.startTime}` < `${b.m.date}T${b.m.startTime}` ? -1 : 1))
    .map(({ m, rating }) => ({ meetingId: m.id, date: m.date, rating }));
}

/**
 * Outcomes whose actions are all done but which the family says are no better: doing the
 * actions is not the same as things changing, so the chair should ask what else would help.
 */
export function doneButNotBetter(actions: readonly Action[], ratings: readonly OutcomeRating[]): string[] {
  const out: string[] = [];
  for (const r of ratings) {
    const linked = actions.filter((a) => a.outcomeId === r.outcomeId);
    const allDone = linked.length > 0 && linked.every((a) => a.status === 'done');
    if (allDone && (r.change === 'no-change' || r.change === 'worse')) out.push(r.outcomeId);
  }
  return out;
}
