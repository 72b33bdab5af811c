// Through the browser host: taking someone off the team never deletes a person named in past meetings
// (their attendance, the minutes and the documents still name them); someone named nowhere is deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { startTestHost, type TestHost } from '../support/host';
import { professional } from '../support/fixtures';
import type { FamilyRecord } from '../../src/core/families/record';

let t: TestHost;
let familyId: string;

beforeAll(async () => {
  t = await startTestHost({ demo: true, today: '2026-11-23' });
  familyId = (await t.value('families.list')).families[0].id;
});
afterAll(async () => {
  await t?.close();
});

describe('team.remove', () => {
  it('keeps the health visitor, named in past meetings, as "left the team"; the meeting record still names him', async () => {
    const before = await t.value<FamilyRecord>('families.get', { familyId });
    const rhys = before.team.find((m) => m.name === 'Rhys Evans')!;
    const past = before.meetings.filter((m) => m.status === 'finished');
    expect(past.some((m) => m.attendance.some((a) => a.personId === rhys.id))).toBe(true);
    expect(past.some((m) => m.chairId === rhys.id || m.minuteTakerId === rhys.id)).toBe(false);

    const after = await t.value<FamilyRecord>('team.remove', { familyId, memberId: rhys.id });
    expect(after.team.find((m) => m.id === rhys.id)).toMatchObject({ name: 'Rhys Evans', active: false });
    const review = after.meetings.find((m) => m.kind === 'review' && m.status === 'finished')!;
    const file = await t.value<{ base64: string }>('documents.export', { familyId, meetingId: review.id, kind: 'meeting-record' });
    const xml = await (await JSZip.loadAsync(Buffer.from(file.base64, 'base64'))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Rhys Evans');
  });

  it('deletes someone added by mistake and named nowhere', async () => {
    const added = await t.value<FamilyRecord>('team.save', { familyId, member: professional('Nadia Shah') });
    const nadia = added.team.find((m) => m.name === 'Nadia Shah')!;
    const after = await t.value<FamilyRecord>('team.remove', { familyId, memberId: nadia.id });
    expect(after.team.find((m) => m.id === nadia.id)).toBeUndefined();
  });
});
