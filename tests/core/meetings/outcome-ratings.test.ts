// Outcome ratings compared with last time: the family's and the team's 0–10, "no change" and "worse"
// allowed, the family's own words kept, and kept apart from whether the actions were done.
import { describe, expect, it } from 'vitest';
import { doneButNotBetter, outcomesToRate, ratingChange, ratingHistory } from '../../../src/core/outcomes/ratings';
import { action, demo } from '../agenda/helpers';

describe('comparing a rating with last time', () => {
  it('says both scores went up, in plain words', () => {
    const change = ratingChange(
      { outcomeId: 'outcome-1', familyScore: 6, teamScore: 5, change: 'better', familyWords: 'Mornings are calmer.' },
      { outcomeId: 'outcome-1', familyScore: 3, teamScore: 3, familyWords: 'Most mornings end in tears.' },
    );
    expect(change.family).toEqual({ now: 6, before: 3, difference: 3, direction: 'better' });
    expect(change.team.direction).toBe('better');
    expect(change.familyWords).toBe('Mornings are calmer.');
    expect(change.viewsDiffer).toBe(false);
    expect(change.summary).toBe('The family gave 6 out of 10, up from 3. The team gave 5 out of 10, up from 3. The family says: better.');
  });

  it('allows "no change" and "worse", and notices when the family and team see it differently', () => {
    const change = ratingChange(
      { outcomeId: 'outcome-1', familyScore: 2, teamScore: 6, change: 'worse', familyWords: 'The mould is back.' },
      { outcomeId: 'outcome-1', familyScore: 2, teamScore: 4, familyWords: '' },
    );
    expect(change.family.direction).toBe('no-change');
    expect(change.familySays).toBe('worse');
    expect(change.team.direction).toBe('better');
    expect(change.viewsDiffer).toBe(true);
    expect(change.summary).toBe('The family gave 2 out of 10, the same as last time. The team gave 6 out of 10, up from 4. The family says: worse.');
  });

  it('treats a first rating as a starting point, and a missing score as not given', () => {
    const change = ratingChange({ outcomeId: 'outcome-1', familyScore: 4, familyWords: '' });
    expect(change.family.direction).toBe('first-time');
    expect(change.team.direction).toBe('not-rated');
    expect(change.summary).toBe('The family gave 4 out of 10. The team did not give a score this time.');
  });
});

describe('outcomes to ask about', () => {
  it('lists each agreed outcome for the meeting’s children with its last rating', () => {
    const { record, next, review } = demo();
    const list = outcomesToRate(record, next);
    expect(list.map((o) => [o.outcome.text, o.last?.familyScore, o.lastDate])).toEqual([
      ['Jay gets to school calm and on time most days', 6, review.date],
      ["The children's bedroom is dry and warm", 2, review.date],
      ['Mia sleeps through most nights', 4, review.date],
    ]);
  });

  it('keeps every rating of an outcome in date order', () => {
    const { record, first, review } = demo();
    const id = record.episodes[1].outcomes[0].id;
    expect(ratingHistory(record, id).map((h) => [h.date, h.rating.familyScore])).toEqual([[first.date, 4], [review.date, 4]]);
  });

  it('leaves out an outcome no longer being worked on', () => {
    const { record, next } = demo();
    record.episodes[0].outcomes[1].active = false;
    expect(outcomesToRate(record, next).map((o) => o.outcome.text)).not.toContain("The children's bedroom is dry and warm");
  });

  it('finds an outcome whose actions are all done but which the family says is no better', () => {
    const actions = [
      action('action-1', 'Fit an extractor fan', { outcomeId: 'outcome-home', status: 'done' }),
      action('action-2', 'Treat the mould', { outcomeId: 'outcome-home', status: 'done' }),
      action('action-3', 'Refer to the sleep clinic', { outcomeId: 'outcome-sleep', status: 'in-progress' }),
    ];
    const ratings = [
      { outcomeId: 'outcome-home', change: 'no-change' as const, familyWords: 'It still smells damp.' },
      { outcomeId: 'outcome-sleep', change: 'no-change' as const, familyWords: '' },
    ];
    expect(doneButNotBetter(actions, ratings)).toEqual(['outcome-home']);
  });
});
