// When reviewing an action asks for a new date: it stays open (carried forward, partly done, not
// done) and its date — the one it had when the meeting began — is on or before the meeting.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { needsNewDate, REVIEW_RESULTS, STAYS_OPEN_RESULTS, actionReviewSchema } from '../../../src/core/actions/schema';

const MEETING = '2026-12-09';

describe('asking for a new date at review', () => {
  it('asks for an action that stays open with a date that has passed, or falls on the meeting day', () => {
    expect(needsNewDate({ dueDate: '2026-10-05' }, 'carried-forward', MEETING)).toBe(true);
    expect(needsNewDate({ dueDate: MEETING }, 'partly-done', MEETING)).toBe(true);
    expect(needsNewDate({ dueDate: '2026-10-05' }, 'not-done', MEETING)).toBe(true);
  });

  it('does not ask when the action is done or no longer needed, has no date, or is due after the meeting', () => {
    expect(needsNewDate({ dueDate: '2026-10-05' }, 'done', MEETING)).toBe(false);
    expect(needsNewDate({ dueDate: '2026-10-05' }, 'no-longer-needed', MEETING)).toBe(false);
    expect(needsNewDate({ dueDate: '2026-10-05' }, '', MEETING)).toBe(false);
    expect(needsNewDate({}, 'carried-forward', MEETING)).toBe(false);
    expect(needsNewDate({ dueDate: '2026-12-10' }, 'carried-forward', MEETING)).toBe(false);
  });

  it('keeps asking once a new date is given, judged by the date the action had before', () => {
    expect(needsNewDate({ dueDate: '2026-12-18' }, 'carried-forward', MEETING, '2026-10-05')).toBe(true);
  });

  it('for any date and result: asks exactly when the action stays open and its old date is not after the meeting', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom(...REVIEW_RESULTS), (due, result) => {
        expect(needsNewDate({ dueDate: due }, result, MEETING)).toBe(STAYS_OPEN_RESULTS.includes(result) && due <= MEETING);
      }),
    );
  });

  it('reads an old review with no dates, and a new one with both', () => {
    expect(actionReviewSchema.parse({ actionId: 'action-0001', result: 'done' })).toEqual({ actionId: 'action-0001', result: 'done', reason: '' });
    const r = actionReviewSchema.parse({ actionId: 'action-0001', result: 'carried-forward', newDueDate: '2026-12-18', previousDueDate: '2026-10-05' });
    expect(r).toMatchObject({ newDueDate: '2026-12-18', previousDueDate: '2026-10-05' });
  });
});
