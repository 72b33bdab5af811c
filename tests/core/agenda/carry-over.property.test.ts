// Carry-over counts for any history: counted only from finished meetings before the one asked about,
// the same whether counted for one action or for all at once (a count that ignores "before" is caught).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { carryOverCount, carryOverCounts } from '../../../src/core/agenda/carry-over';
import { planArb, playHistory } from '../documents/histories';

describe('carry-over counts', () => {
  it('count only the reviews before each meeting that carried the action over, one action or all at once', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const { record, expected } = playHistory(plan);
        for (const exp of expected) {
          const meeting = record.meetings.find((m) => m.id === exp.meetingId)!;
          const all = carryOverCounts(record, meeting);
          for (const a of exp.openAtStart) {
            expect(all.get(a.id) ?? 0).toBe(a.carriedBefore);
            expect(carryOverCount(record, a.id, meeting)).toBe(a.carriedBefore);
            expect(carryOverCount(record, a.id, meeting.id)).toBe(a.carriedBefore);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
