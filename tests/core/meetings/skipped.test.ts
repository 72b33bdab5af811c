// The closing check names what a meeting skipped — actions open at its start not reviewed, outcomes
// agreed but not rated — and is met only by carrying them all forward or by a reason.
import { describe, expect, it } from 'vitest';
import { closingCheck } from '../../../src/core/meetings/closing-check';
import { carriedForwardDate, skippedItems } from '../../../src/core/meetings/skipped';
import { TODAY, H, action, hassans, meeting } from '../agenda/helpers';
import type { AgendaItem } from '../../../src/core/agenda/schema';

const item = (id: string, key: string, extra: Partial<AgendaItem> = {}): AgendaItem => ({ id, key, title: key, minutes: 5, done: false, note: '', ...extra });

/** A review that started with two actions to review and one outcome to rate, and got to only one action. */
function halfDone() {
  const record = hassans();
  record.actions.push(
    action('action-0001', 'Ask the GP to see Amira about her tummy aches', { ownerId: H.layla, agency: '', dueDate: '2026-11-01' }),
    action('action-0002', 'Meet Amira at the gate on Mondays', { ownerId: H.ola, agency: 'Oakfield Primary School', dueDate: '2026-11-02' }),
  );
  const m = meeting('meeting-0009', '2026-11-23', { [H.priya]: 'in-person', [H.layla]: 'in-person' }, {
    status: 'in-progress',
    agenda: [
      item('item-1', 'review-actions'),
      item('item-2', 'action-review', { actionId: 'action-0001' }),
      item('item-3', 'action-review', { actionId: 'action-0002' }),
      item('item-4', 'outcomes'),
      item('item-5', 'outcome-review', { outcomeId: 'outcome-mondays' }),
    ],
    actionReviews: [{ actionId: 'action-0001', result: 'done', reason: '' }],
  });
  record.meetings.push(m);
  return { record, m };
}

const skippedCheck = (record: ReturnType<typeof halfDone>['record'], m: ReturnType<typeof halfDone>['m'], closing = {}) =>
  closingCheck(record, m, { today: TODAY, closing }).find((c) => c.key === 'skipped')!;

describe('what a meeting skipped', () => {
  it('names each action not reviewed and each outcome not rated', () => {
    const { record, m } = halfDone();
    const left = skippedItems(record, m);
    expect(left.actions.map((a) => a.id)).toEqual(['action-0002']);
    expect(left.outcomes.map((o) => o.id)).toEqual(['outcome-mondays']);
    const c = skippedCheck(record, m);
    expect(c.met).toBe(false);
    expect(c.detail).toBe(
      'Action not reviewed: “Meet Amira at the gate on Mondays”. Outcome not rated: “Amira is in school on Mondays”. Carry them all forward to the next meeting, or say why you are finishing without them.',
    );
  });

  it('is met by carrying them all forward, or by a reason — not by choosing "a reason" and giving none', () => {
    const { record, m } = halfDone();
    expect(skippedCheck(record, m, { skipped: 'carry-forward' }).met).toBe(true);
    expect(skippedCheck(record, m, { skipped: 'carry-forward' }).detail).toContain('All carried forward to the next meeting.');
    expect(skippedCheck(record, m, { skipped: 'reason', skippedReason: '' }).met).toBe(false);
    const reason = skippedCheck(record, m, { skipped: 'reason', skippedReason: 'We ran out of time.' });
    expect(reason.met).toBe(true);
    expect(reason.detail).toContain('Finishing without them, because: We ran out of time.');
  });

  it('gives a carried action whose date has passed the next meeting’s date, and says so', () => {
    const { record, m } = halfDone();
    expect(carriedForwardDate({ dueDate: '2026-11-02' }, m)).toBeUndefined(); // no next meeting yet
    m.nextMeeting = { date: '2027-01-04', startTime: '14:00', venue: 'Hassan family home', venueKind: 'family-home' };
    expect(carriedForwardDate({ dueDate: '2026-11-02' }, m)).toBe('2027-01-04');
    expect(carriedForwardDate({ dueDate: '2026-11-23' }, m)).toBe('2027-01-04'); // due on the day of this meeting
    expect(carriedForwardDate({ dueDate: '2026-11-24' }, m)).toBeUndefined(); // still to come: keeps its date
    expect(carriedForwardDate({}, m)).toBeUndefined();
    expect(skippedCheck(record, m, { skipped: 'carry-forward' }).detail).toContain(
      'All carried forward to the next meeting. The action whose date has passed is now due by 4 January 2027, the date of the next meeting.',
    );
    record.actions.find((a) => a.id === 'action-0002')!.dueDate = '2026-12-01';
    expect(skippedCheck(record, m, { skipped: 'carry-forward' }).detail).not.toContain('now due by');
  });

  it('counts nothing as skipped once everything is reviewed and rated, and asks nothing of an outcome agreed at this meeting', () => {
    const { record, m } = halfDone();
    m.actionReviews.push({ actionId: 'action-0002', result: 'carried-forward', reason: '' });
    m.outcomeRatings.push({ outcomeId: 'outcome-mondays', familyScore: 6, familyWords: '' });
    record.episodes[0].outcomes.push({ id: 'outcome-new', text: 'Amira sleeps well on Sundays', area: 'health', agreedOn: '2026-11-23', active: true });
    expect(skippedItems(record, m)).toEqual({ actions: [], outcomes: [] });
    expect(skippedCheck(record, m).met).toBe(true);
  });

  it('does not apply to a meeting with nothing to review or rate on its agenda', () => {
    const { record, m } = halfDone();
    m.agenda = [];
    record.episodes[0].outcomes = [];
    const c = skippedCheck(record, m);
    expect(c.applies).toBe(false);
  });
});
