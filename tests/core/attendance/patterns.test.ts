// Attendance patterns across meetings: who keeps missing, who only sends written updates, who never
// replies, and the flags, prompts and follow-up actions the chair sees.
import { describe, expect, it } from 'vitest';
import { attendanceHistory, memberMarksAt, memberMissingMore } from '../../../src/core/attendance/patterns';
import { nonAttendanceFlags } from '../../../src/core/attendance/flags';
import { BUILT_IN_LOCAL } from '../../../src/core/prompts/local';
import type { AttendanceStatus } from '../../../src/core/attendance/schema';
import { H, demo, hassans, meeting, planned } from '../agenda/helpers';

type Mark = AttendanceStatus | 'invited-only';
const DATES = ['2026-09-07', '2026-10-19', '2026-11-16'];

/** The Hassans with three finished reviews; `marks[personId]` gives each person's three marks. */
function threeReviews(marks: Record<string, Mark[]>) {
  const record = hassans();
  DATES.forEach((date, i) => {
    const at: Record<string, Mark> = {};
    for (const [personId, list] of Object.entries(marks)) if (list[i]) at[personId] = list[i];
    record.meetings.push(meeting(`meeting-000${i + 1}`, date, at));
  });
  const next = planned('meeting-0004', '2026-12-14');
  record.meetings.push(next);
  return { record, next };
}

const usual = { [H.priya]: ['in-person', 'in-person', 'in-person'], [H.layla]: ['in-person', 'in-person', 'in-person'] } as Record<string, Mark[]>;

describe('repeated non-attendance', () => {
  it('flags a health visitor who sent apologies to three reviews running, with the dates', () => {
    const { record, next } = threeReviews({ ...usual, [H.helen]: ['apologies', 'apologies', 'apologies'], [H.mark]: ['in-person', 'in-person', 'in-person'] });
    const flags = nonAttendanceFlags(record, { before: next });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'missed', subject: 'person', count: 3, personIds: [H.helen] });
    expect(flags[0].prompt).toBe(
      'Helen Moore (health visitor, Oakfield Community Health) has missed the last 3 meetings (apologies on 7 September 2026, apologies on 19 October 2026 and apologies on 16 November 2026). Consider following up, and ask for a written update before the next meeting.',
    );
  });

  it('flags a social worker invited each time who never replies, and suggests phoning', () => {
    const { record, next } = threeReviews({ ...usual, [H.dan]: ['invited-only', 'invited-only', 'invited-only'] });
    const [flag] = nonAttendanceFlags(record, { before: next });
    expect(flag).toMatchObject({ kind: 'missed', subject: 'agency', label: 'Oakfield Children’s Social Care', count: 3, noReplyInARow: 3 });
    expect(flag.prompt).toContain('has not replied to the last 3 invitations. Who will phone them?');
    expect(flag.followUp).toEqual({
      text: 'Phone Oakfield Children’s Social Care to check they got the invitation',
      ownerId: H.priya,
      agency: 'Oakfield Children’s Social Care',
      childIds: [H.amira],
    });
  });

  it('reports written updates apart from misses: a contribution, but not coming', () => {
    const { record, next } = threeReviews({ ...usual, [H.ben]: ['in-person', 'written-update', 'written-update'] });
    const history = attendanceHistory(record, { before: next });
    const ben = history.people.find((p) => p.personId === H.ben)!;
    expect(ben.counts).toMatchObject({ attended: 1, 'written-update': 2, missed: 0 });
    expect(ben.missedInARow).toBe(0);
    expect(ben.notAttendedInARow).toBe(2);
    const flags = nonAttendanceFlags(record, { before: next });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'written-updates-only', subject: 'agency', label: 'Oakfield Youth Service' });
    expect(flags[0].prompt).toBe(
      'Oakfield Youth Service has sent written updates but has not come to the last 2 meetings. Is a written update enough, or does the team need them here?',
    );
  });

  it('does not flag someone who came in between', () => {
    const { record, next } = threeReviews({ ...usual, [H.ben]: ['apologies', 'in-person', 'apologies'] });
    expect(nonAttendanceFlags(record, { before: next })).toEqual([]);
    expect(attendanceHistory(record, { before: next }).people.find((p) => p.personId === H.ben)!.missedInARow).toBe(1);
  });

  it('skips a meeting someone was not invited to, without breaking their run', () => {
    const { record, next } = threeReviews({ ...usual, [H.ben]: ['apologies', 'not-invited', 'did-not-attend'] });
    const [flag] = nonAttendanceFlags(record, { before: next });
    expect(flag.count).toBe(2);
    expect(flag.prompt).toContain('(apologies on 7 September 2026 and did not come on 16 November 2026)');
  });

  it('does not flag a service that sends someone else', () => {
    const { record, next } = threeReviews({ ...usual, [H.dan]: ['sent-someone-else', 'sent-someone-else', 'sent-someone-else'] });
    expect(nonAttendanceFlags(record, { before: next })).toEqual([]);
  });

  it('flags the service when no one from it came, and a person only when they missed more in a row', () => {
    const { record, next } = threeReviews({ ...usual, [H.helen]: ['apologies', 'apologies', 'apologies'], [H.mark]: ['in-person', 'apologies', 'did-not-attend'] });
    const flags = nonAttendanceFlags(record, { before: next });
    expect(flags.map((f) => [f.subject, f.label, f.count])).toEqual([
      ['agency', 'Oakfield Community Health', 2],
      ['person', 'Helen Moore (health visitor, Oakfield Community Health)', 3],
    ]);
  });

  it('does not flag someone who has left the team', () => {
    const { record, next } = threeReviews({ ...usual, [H.ben]: ['apologies', 'apologies', 'apologies'] });
    record.team.find((t) => t.id === H.ben)!.active = false;
    expect(nonAttendanceFlags(record, { before: next })).toEqual([]);
  });

  it('takes the number of meetings in a row from the local words', () => {
    const { record, next } = threeReviews({ ...usual, [H.ben]: ['in-person', 'apologies', 'apologies'] });
    expect(nonAttendanceFlags(record, { before: next })).toHaveLength(1);
    expect(nonAttendanceFlags(record, { before: next }, { local: { ...BUILT_IN_LOCAL, nonAttendanceInARow: 3 } })).toEqual([]);
  });

  it('gives a gentle prompt when no one from the family has come to two meetings', () => {
    const { record, next } = threeReviews({
      [H.priya]: ['in-person', 'in-person', 'in-person'],
      [H.layla]: ['in-person', 'apologies', 'written-update'],
      [H.fatima]: ['in-person', 'did-not-attend', 'apologies'],
    });
    const flags = nonAttendanceFlags(record, { before: next });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'family-not-coming', subject: 'family', count: 2, label: 'Layla Hassan and Fatima Hassan' });
    expect(flags[0].prompt).toBe(
      'No one from the family has come to the last 2 meetings. Is the time or place right for them? Ask Priya Shah to talk with them about what would help.',
    );
    expect(flags[0].followUp?.text).toBe('Talk with Layla and Fatima about what would make it easier to come to meetings');
  });

  it('does not prompt about the family when the grandmother came', () => {
    const { record, next } = threeReviews({
      [H.priya]: ['in-person', 'in-person', 'in-person'],
      [H.layla]: ['in-person', 'apologies', 'apologies'],
      [H.fatima]: ['in-person', 'did-not-attend', 'in-person'],
    });
    expect(nonAttendanceFlags(record, { before: next })).toEqual([]);
  });
});

describe('attendance history', () => {
  it('keeps each person’s record in date order, across the family’s finished meetings', () => {
    const { record } = threeReviews({ ...usual, [H.helen]: ['in-person', 'apologies', 'remote'] });
    record.meetings.reverse();
    const helen = attendanceHistory(record).people.find((p) => p.personId === H.helen)!;
    expect(helen.marks.map((m) => [m.date, m.status])).toEqual([
      ['2026-09-07', 'in-person'],
      ['2026-10-19', 'apologies'],
      ['2026-11-16', 'remote'],
    ]);
    expect(helen.counts).toMatchObject({ attended: 2, missed: 1 });
  });

  it('for one episode, covers only that child’s meetings while support was open', () => {
    const record = hassans();
    record.meetings.push(
      meeting('meeting-before', '2025-12-01', { [H.helen]: 'apologies' }),
      meeting('meeting-yusuf', '2026-03-02', { [H.helen]: 'apologies' }, { childIds: [H.yusuf] }),
      meeting('meeting-amira', '2026-03-09', { [H.helen]: 'apologies' }),
    );
    const history = attendanceHistory(record, { episodeId: H.episode });
    expect(history.meetings.map((m) => m.id)).toEqual(['meeting-amira']);
    expect(history.people.find((p) => p.personId === H.helen)!.missedInARow).toBe(1);
  });

  it('groups people by service, whatever the capitals and spacing', () => {
    const { record } = threeReviews({ ...usual, [H.helen]: ['apologies', 'apologies', 'apologies'], [H.mark]: ['in-person', 'in-person', 'in-person'] });
    record.team.find((t) => t.id === H.mark)!.agency = 'oakfield  community health';
    const health = attendanceHistory(record).agencies.find((a) => a.personIds.includes(H.helen))!;
    expect(health.personIds).toEqual([H.helen, H.mark]);
    expect(health.counts.attended).toBe(3);
  });

  it('shows each person beside their service: one colleague’s written update never hides another’s missed meetings', () => {
    const { record } = threeReviews({ ...usual, [H.helen]: ['apologies', 'apologies', 'apologies'], [H.mark]: ['written-update', 'written-update', 'written-update'] });
    record.team.find((t) => t.id === H.mark)!.agency = record.team.find((t) => t.id === H.helen)!.agency;
    const history = attendanceHistory(record);
    const health = history.agencies.find((a) => a.personIds.includes(H.helen))!;
    expect(health.missedInARow).toBe(0); // the service sent an update each time…
    const at = memberMarksAt(history, health, history.meetings[2].id);
    expect(at.map((x) => [x.personId, x.mark.status])).toEqual([[H.helen, 'apologies'], [H.mark, 'written-update']]);
    expect(memberMissingMore(history, health)).toMatchObject({ personId: H.helen, missedInARow: 3 }); // …but Helen missed all three
  });

  it('counts nothing from planned or cancelled meetings', () => {
    const record = hassans();
    record.meetings.push(
      meeting('meeting-planned', '2026-12-01', { [H.helen]: 'apologies' }, { status: 'planned' }),
      meeting('meeting-cancelled', '2026-11-01', { [H.helen]: 'apologies' }, { status: 'cancelled' }),
    );
    expect(attendanceHistory(record).people).toEqual([]);
  });

  it('the demo family’s health visitor has missed both meetings while the school nurse came or wrote', () => {
    const { record, next, person } = demo();
    const flags = nonAttendanceFlags(record, { before: next });
    expect(flags.map((f) => f.label)).toEqual(['Rhys Evans (health visitor, Northshire Community Health)']);
    expect(flags[0].followUp?.ownerId).toBe(person('Tom'));
  });
});
