// The summary after a meeting counts only the actions someone looked at: those the closing check
// carried forward because no one looked at them are counted on their own, never as "carried forward".
import { describe, expect, it } from 'vitest';
import { NOT_LOOKED_AT, reviewTally } from '../../../src/core/actions/schema';

describe('how last time’s actions went', () => {
  it('does not count actions no one looked at as carried forward to the new plan', () => {
    const tally = reviewTally([
      { result: 'done', reason: '' },
      { result: 'carried-forward', reason: 'Waiting list about 4 months.' },
      { result: 'carried-forward', reason: NOT_LOOKED_AT },
      { result: 'carried-forward', reason: NOT_LOOKED_AT },
    ]);
    expect(tally.counts).toEqual([['Done', 1], ['Carried forward to the new plan', 1]]);
    expect(tally.notLookedAt).toBe(2);
  });

  it('gives no results when every action was left unlooked at', () => {
    expect(reviewTally([{ result: 'carried-forward', reason: NOT_LOOKED_AT }])).toEqual({ counts: [], notLookedAt: 1 });
  });
});
