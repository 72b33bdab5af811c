// Who is at this meeting: the family, an action's owner, and how many professionals came compared
// with last time.
import { describe, expect, it } from 'vitest';
import { attendanceCounts, familyPresent, ownerNotHere } from '../../../src/core/attendance/presence';
import { chairAlerts } from '../../../src/core/prompts/alerts';
import { H, action, hassans, meeting } from '../agenda/helpers';

describe('is the family here?', () => {
  it('counts a grandmother on her own as the family being here', () => {
    const m = meeting('meeting-0001', '2026-11-16', { [H.priya]: 'in-person', [H.fatima]: 'in-person', [H.layla]: 'apologies' });
    expect(familyPresent(hassans(), m)).toBe(true);
  });

  it('counts a mother who joined by phone', () => {
    const m = meeting('meeting-0001', '2026-11-16', { [H.priya]: 'in-person', [H.layla]: 'remote' });
    expect(familyPresent(hassans(), m)).toBe(true);
  });

  it('does not count a written note from the family as being here', () => {
    const m = meeting('meeting-0001', '2026-11-16', { [H.priya]: 'in-person', [H.ola]: 'in-person', [H.layla]: 'written-update' });
    expect(familyPresent(hassans(), m)).toBe(false);
  });
});

describe('an action whose owner is not here', () => {
  const m = meeting('meeting-0001', '2026-11-16', {
    [H.priya]: 'in-person', [H.helen]: 'apologies', [H.dan]: 'sent-someone-else', [H.layla]: 'in-person',
  });

  it('is marked "owner not here — confirm" when the owner sent apologies', () => {
    expect(ownerNotHere(action('action-1', 'Weigh Yusuf', { ownerId: H.helen }), m)).toEqual({
      ownerId: H.helen, status: 'apologies', label: 'Owner not here — confirm',
    });
  });

  it('names who came instead when the owner sent someone else', () => {
    expect(ownerNotHere(action('action-2', 'Check the referral', { ownerId: H.dan }), m)?.label).toBe('Owner not here (Sam Lee came instead) — confirm');
  });

  it('is not marked when the owner is here', () => {
    expect(ownerNotHere(action('action-3', 'Ring the school', { ownerId: H.layla }), m)).toBeUndefined();
  });

  it('is marked when the owner is not on the attendance list at all', () => {
    expect(ownerNotHere(action('action-4', 'Find a youth club', { ownerId: H.ben }), m)).toEqual({ ownerId: H.ben, label: 'Owner not here — confirm' });
  });

  it('cannot be judged for a community member known only by name', () => {
    expect(ownerNotHere(action('action-5', 'Walk Amira to school on Mondays', { ownerId: undefined, ownerName: 'Mrs Ahmed next door' }), m)).toBeUndefined();
  });

  it('is not marked for a young person who came to the meeting', () => {
    const withChild = { ...m, childParticipation: [{ childId: H.amira, how: 'present' as const, viewsGivenTo: '', reason: '' }] };
    expect(ownerNotHere(action('action-6', 'Pack my bag on Sunday night', { ownerId: H.amira }), withChild)).toBeUndefined();
  });
});

describe('fewer people came', () => {
  it('four professionals came to the first meeting and two to the second: the chair is told, with words for the family', () => {
    const record = hassans();
    const first = meeting('meeting-0001', '2026-10-05', {
      [H.priya]: 'in-person', [H.helen]: 'in-person', [H.ola]: 'in-person', [H.mark]: 'in-person', [H.layla]: 'in-person',
    }, { kind: 'first' });
    const second = meeting('meeting-0002', '2026-11-16', {
      [H.priya]: 'in-person', [H.ola]: 'in-person', [H.helen]: 'apologies', [H.mark]: 'did-not-attend', [H.layla]: 'in-person',
    }, { status: 'in-progress' });
    record.meetings.push(first, second);
    expect(attendanceCounts(record, first).professionalsThere).toBe(4);
    expect(attendanceCounts(record, second)).toMatchObject({ professionalsThere: 2, team: { attended: 2, missed: 2 }, family: { attended: 1 } });
    const alert = chairAlerts(record, second).find((a) => a.key === 'fewer-came')!;
    expect(alert.text).toBe(
      'Fewer people came this time (2, down from 4). Tell the family who is still helping, and how the news from those who could not come was shared.',
    );
    expect(alert.say).toBe('Not everyone could come today. They are still helping, and we will share what they told us.');
  });

  it('does not tell the chair when the same number came', () => {
    const record = hassans();
    record.meetings.push(
      meeting('meeting-0001', '2026-10-05', { [H.priya]: 'in-person', [H.helen]: 'in-person', [H.layla]: 'in-person' }),
      meeting('meeting-0002', '2026-11-16', { [H.priya]: 'in-person', [H.dan]: 'sent-someone-else', [H.layla]: 'in-person' }),
    );
    expect(chairAlerts(record, record.meetings[1]).some((a) => a.key === 'fewer-came')).toBe(false);
  });
});
