// Through the browser host over HTTP: a choice is kept when it is made. A status that asks for more (a written
// update, someone sent instead, not invited), "not done" and "for professionals only" survive a restart without it.
import { describe, expect, it } from 'vitest';
import { startTestHost, tempDir } from '../support/host';
import type { FamilyRecord } from '../../src/core/families/record';
import { closingCheck } from '../../src/core/meetings/closing-check';

const now = () => new Date('2026-11-25T09:31:00.000Z');

describe('a choice is saved when it is made', () => {
  it('keeps “Sent a written update”, “Sent someone else” and “Not invited” without their detail, through a restart, and the closing check asks for it', async () => {
    const dataDir = tempDir();
    const first = await startTestHost({ dataDir, demo: true, now });
    const list = await first.value('families.list');
    const familyId: string = list.families[0].id;
    const meetingId: string = list.families[0].nextMeeting.id;
    let record: FamilyRecord = await first.value('meetings.start', { familyId, meetingId });
    const person = (name: string) => [...record.team, ...record.members].find((p) => p.name === name)!.id;
    const where = { familyId, meetingId };
    for (const entry of [
      { personId: person('Sarah Khan'), status: 'written-update' },
      { personId: person('Grace Okafor'), status: 'sent-someone-else' },
      { personId: person('Rhys Evans'), status: 'not-invited' },
    ]) {
      const result = await first.call('attendance.set', { ...where, entry });
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
    const worries = record.meetings.find((m) => m.id === meetingId)!.agenda.find((i) => i.key === 'worries')!;
    const secret = await first.call('notes.save', { ...where, note: { id: 'note-private-choice', agendaItemId: worries.id, kind: 'worry', text: 'Police attended a neighbour dispute', professionalsOnly: true } });
    expect(secret.ok).toBe(true);
    const reviewed = record.meetings.find((m) => m.id === meetingId)!.agenda.find((i) => i.key === 'action-review')!.actionId!;
    expect((await first.call('actions.review', { ...where, review: { actionId: reviewed, result: 'not-done' } })).ok).toBe(true);
    // Still a status the app does not know is refused.
    const wrong = await first.call('attendance.set', { ...where, entry: { personId: person('Rhys Evans'), status: 'stayed-home' } });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.fields?.['entry.status']).toBe('Choose whether they came');
    await first.close();

    const second = await startTestHost({ dataDir, now });
    record = await second.value('families.get', { familyId });
    const meeting = record.meetings.find((m) => m.id === meetingId)!;
    const status = (name: string) => meeting.attendance.find((a) => a.personId === person(name))?.status;
    expect(status('Sarah Khan')).toBe('written-update');
    expect(status('Grace Okafor')).toBe('sent-someone-else');
    expect(status('Rhys Evans')).toBe('not-invited');
    expect(meeting.actionReviews.find((r) => r.actionId === reviewed)).toMatchObject({ result: 'not-done', reason: '' });
    expect(meeting.notes.find((n) => n.id === 'note-private-choice')).toMatchObject({ professionalsOnly: true, professionalsOnlyReason: '' });
    // Kept from the family all the same.
    await second.value('meetings.goTo', { ...where, itemId: worries.id });
    expect(JSON.stringify(await second.value('meetings.familyView', where))).not.toContain('neighbour');

    const checks = closingCheck(record, meeting, { today: '2026-11-25' });
    const details = checks.find((c) => c.key === 'attendance-details')!;
    expect(details.met).toBe(false);
    expect(details.detail).toContain('for Sarah Khan, the summary of their written update');
    expect(details.detail).toContain('for Grace Okafor, the name of the person who came instead');
    expect(details.detail).toContain('for Rhys Evans, why they were not invited');
    expect(checks.find((c) => c.key === 'private-reasons')!.met).toBe(false);
    expect(checks.find((c) => c.key === 'review-reasons')!.detail).toMatch(/^Say why this was not done: “/);

    // The summary follows later and is kept with the status.
    const later = await second.value<FamilyRecord>('attendance.set', { ...where, entry: { personId: person('Sarah Khan'), status: 'written-update', writtenUpdate: 'Jay is sleeping better.' } });
    expect(later.meetings.find((m) => m.id === meetingId)!.attendance.find((a) => a.personId === person('Sarah Khan'))!.writtenUpdate).toBe('Jay is sleeping better.');
    await second.close();
  });
});
