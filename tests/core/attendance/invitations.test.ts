// Who to invite this time, shaped by last time: everyone active and the family, with notes on who
// missed, who sent someone else, who is new and who has left.
import { describe, expect, it } from 'vitest';
import { suggestInvitations } from '../../../src/core/attendance/invitations';
import { H, demo, hassans, meeting, planned } from '../agenda/helpers';

describe('suggested invitations for the next meeting', () => {
  it('starts from last time: the family first, then everyone on the team, all ticked', () => {
    const { record, next } = demo();
    const list = suggestInvitations(record, next);
    expect(list.map((s) => s.name)).toEqual(['Dawn Fletcher', 'Pat Fletcher', 'Tom Price', 'Sarah Khan', 'Grace Okafor', 'Lena Nowak', 'Rhys Evans']);
    expect(list.every((s) => s.invite)).toBe(true);
  });

  it('notes who missed last time, who wrote instead, and who keeps missing', () => {
    const { record, next } = demo();
    const notes = Object.fromEntries(suggestInvitations(record, next).map((s) => [s.name, s.notes]));
    expect(notes['Pat Fletcher']).toEqual(['Sent apologies last time.']);
    expect(notes['Sarah Khan']).toEqual(['Sent a written update last time instead of coming. Ask for one again if they cannot come.']);
    expect(notes['Rhys Evans']).toEqual(['Sent apologies last time.', 'Has missed the last 2 meetings.']);
    expect(notes['Grace Okafor'][0]).toBe('Did not come last time and did not let us know.');
    expect(notes['Tom Price']).toEqual([]);
  });

  it('reminds the chair that the family asked for a service not to be sent information', () => {
    const { record, next } = demo();
    const grace = suggestInvitations(record, next).find((s) => s.name === 'Grace Okafor')!;
    expect(grace.notes).toContain('The family asked that Northshire Homes is not sent information. Keep the invitation to the date, time and place.');
  });

  it('shows someone who has left the team, unticked, and someone new', () => {
    const record = hassans();
    record.meetings.push(
      meeting('meeting-0001', '2026-10-19', { [H.priya]: 'in-person', [H.helen]: 'in-person', [H.dan]: 'sent-someone-else', [H.layla]: 'in-person' }),
    );
    record.team.find((t) => t.id === H.helen)!.active = false;
    const next = planned('meeting-0002', '2026-11-30');
    record.meetings.push(next);
    const list = suggestInvitations(record, next);
    const helen = list.find((s) => s.personId === H.helen)!;
    expect(helen.invite).toBe(false);
    expect(helen.notes[0]).toBe('Has left the team, so is not invited this time.');
    expect(list.find((s) => s.personId === H.dan)!.notes).toEqual(['Sent Sam Lee last time. Invite them both, or ask who will come.']);
    expect(list.find((s) => s.personId === H.ola)!.notes).toEqual(['New to the team since last time.']);
    expect(list.find((s) => s.personId === H.fatima)!.notes).toEqual(['Not on last time’s list.']);
  });

  it('leaves out someone who left the team before last time', () => {
    const record = hassans();
    record.team.find((t) => t.id === H.ben)!.active = false;
    record.meetings.push(meeting('meeting-0001', '2026-10-19', { [H.priya]: 'in-person' }));
    const next = planned('meeting-0002', '2026-11-30');
    record.meetings.push(next);
    expect(suggestInvitations(record, next).some((s) => s.personId === H.ben)).toBe(false);
  });

  it('marks who has already been invited to this meeting', () => {
    const { record, next, person } = demo();
    next.invitations.push({ personId: person('Lena'), invitedOn: '2026-11-20', how: 'email', reply: 'coming' });
    const list = suggestInvitations(record, next);
    expect(list.filter((s) => s.alreadyInvited).map((s) => s.name)).toEqual(['Lena Nowak']);
  });
});
