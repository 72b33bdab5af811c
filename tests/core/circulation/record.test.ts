// Recording a copy as sent: the family's consent is respected (a reason is needed and kept), the
// family never gets the professionals' record, and the time must be real; London time is kept right.
import { describe, expect, it } from 'vitest';
import { checkCirculation, circulationEntry, type CirculationInput } from '../../../src/core/circulation/record';
import { londonInstant, londonParts } from '../../../src/core/circulation/london-time';
import { demo, personId, review } from './helpers';

const now = new Date('2026-11-23T10:00:00.000Z');

function copy(r: ReturnType<typeof demo>, name: string, extra: Partial<CirculationInput> = {}): CirculationInput {
  return { meetingId: review(r).id, personId: personId(r, name), version: 'meeting-record', how: 'email', sentAt: '2026-11-23T09:45:00.000Z', ...extra };
}

describe('the agency the family excluded', () => {
  it('refuses to record the meeting record for Northshire Homes without a reason', () => {
    const r = demo();
    const errors = checkCirculation(r, copy(r, 'Grace Okafor'), now);
    expect(errors.excludedOverrideReason).toBe('Say why you are sending the meeting record to Grace Okafor when the family asked that Northshire Homes is not sent information');
    expect(checkCirculation(r, copy(r, 'Grace Okafor', { excludedOverrideReason: '   ' }), now).excludedOverrideReason).toBeDefined();
  });

  it('records it with a reason, and keeps the reason word for word', () => {
    const r = demo();
    const reason = 'Dawn agreed on the phone today that housing can have the part about the damp repair.';
    const input = copy(r, 'Grace Okafor', { excludedOverrideReason: reason });
    expect(checkCirculation(r, input, now)).toEqual({});
    expect(circulationEntry(r, input, 'entry00001')).toEqual({
      id: 'entry00001', personId: personId(r, 'Grace Okafor'), version: 'meeting-record', sentAt: '2026-11-23T09:45:00.000Z', how: 'email', excludedOverrideReason: reason,
    });
  });

  it('does not keep a stray reason for someone who was not excluded', () => {
    const r = demo();
    const entry = circulationEntry(r, copy(r, 'Tom Price', { excludedOverrideReason: 'typed by mistake' }), 'entry00002');
    expect(entry.excludedOverrideReason).toBe('');
  });
});

describe('which version', () => {
  it('will not record the professionals’ meeting record as sent to Dawn', () => {
    const r = demo();
    expect(checkCirculation(r, copy(r, 'Dawn Fletcher'), now).version).toBe('Family members are sent the family plan. The meeting record and the closing summary are for professionals.');
    expect(checkCirculation(r, copy(r, 'Dawn Fletcher', { version: 'family-plan', how: 'by-hand' }), now)).toEqual({});
  });

  it('lets a professional be sent the family plan as well as the record', () => {
    const r = demo();
    expect(checkCirculation(r, copy(r, 'Lena Nowak', { version: 'family-plan' }), now)).toEqual({});
  });

  it('refuses someone who is not in the team or the family, and a meeting still planned', () => {
    const r = demo();
    expect(checkCirculation(r, copy(r, 'Tom Price', { personId: 'stranger01' }), now).personId).toBeDefined();
    const planned = r.meetings.find((m) => m.status === 'planned')!;
    expect(checkCirculation(r, copy(r, 'Tom Price', { meetingId: planned.id }), now).meetingId).toBe('Finish the meeting before recording who was sent the record.');
  });
});

describe('when it was sent', () => {
  it('refuses a time in the future and a day before the meeting', () => {
    const r = demo();
    expect(checkCirculation(r, copy(r, 'Tom Price', { sentAt: '2026-11-23T12:00:00.000Z' }), now).sentAt).toBe('The date it was sent cannot be in the future');
    const before = new Date(`${review(r).date}T00:00:00.000Z`);
    before.setUTCDate(before.getUTCDate() - 1);
    expect(checkCirculation(r, copy(r, 'Tom Price', { sentAt: before.toISOString() }), now).sentAt).toBe('The date it was sent cannot be before the meeting');
    expect(checkCirculation(r, copy(r, 'Tom Price', { sentAt: `${review(r).date}T15:00:00.000Z` }), now)).toEqual({});
  });

  it('turns a London date and time into the right instant in summer and winter', () => {
    expect(londonInstant('2026-06-15', '09:00')).toBe('2026-06-15T08:00:00.000Z');
    expect(londonInstant('2026-11-23', '14:30')).toBe('2026-11-23T14:30:00.000Z');
    // The clocks go back at 2am on 25 October 2026: 1.30am happens twice; the first (summer) one is taken.
    expect(londonInstant('2026-10-25', '01:30')).toBe('2026-10-25T00:30:00.000Z');
    // 1.30am on 29 March 2026 never happens (the clocks go forward at 1am).
    expect(londonInstant('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(londonParts('2026-06-30T23:30:00.000Z')).toEqual({ date: '2026-07-01', time: '00:30' });
    expect(() => londonInstant('2026-02-30', '09:00')).toThrow();
  });
});
