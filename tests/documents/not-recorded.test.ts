// A person whose attendance was never recorded is not left out of the meeting record's "Who came":
// the list kept when the meeting finished names them as "Not recorded" (older records keep no list).
import { describe, it, expect } from 'vitest';
import { contentText, meetingRecordContent } from '../../src/core/documents/index';
import { TODAY, demoFamily } from './support';

describe('who came, with someone not recorded', () => {
  it('lists the people left as "not recorded yet" when the meeting finished', () => {
    const record = demoFamily();
    const meeting = record.meetings.filter((m) => m.status === 'finished').at(-1)!;
    const left = meeting.attendance.find((a) => record.team.some((t) => t.id === a.personId))!;
    const name = record.team.find((t) => t.id === left.personId)!.name;
    meeting.attendance = meeting.attendance.filter((a) => a !== left);
    meeting.invitations = meeting.invitations.filter((i) => i.personId !== left.personId);
    const whoCame = () => {
      const text = contentText(meetingRecordContent({ record, meetingId: meeting.id, today: TODAY }));
      return text.slice(text.indexOf('Who came'), text.indexOf('Actions from last time'));
    };
    // An older record, finished before the list was kept: nothing is made up.
    expect(whoCame()).toContain('Name');
    expect(whoCame()).not.toContain(name);
    meeting.closing = { ...meeting.closing!, notRecordedIds: [left.personId] };
    expect(whoCame()).toMatch(new RegExp(`${name}[^]{0,120}Not recorded`));
  });
});
