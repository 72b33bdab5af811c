// Through the browser host over HTTP: sending the demo family's review record — everyone on the list
// present or not, Northshire Homes refused without a reason and kept with one, the family's copy
// tracked on the home list until a family member is sent the plan, and every copy audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, tempDir, type TestHost } from '../support/host';
import type { FamilyRecord } from '../../src/core/families/record';

let clock = Date.parse('2026-11-23T10:00:00.000Z');
const now = () => new Date(clock);
let t: TestHost;
let dataDir: string;
let familyId: string;
let record: FamilyRecord;
const review = () => record.meetings.find((m) => m.kind === 'review' && m.status === 'finished')!;
const person = (name: string) => [...record.team, ...record.members].find((p) => p.name === name)!.id;
const send = (name: string, extra: Record<string, unknown> = {}) =>
  t.call<{ record: FamilyRecord; entryId: string; list: any }>('circulation.record', { familyId, meetingId: review().id, personId: person(name), version: 'meeting-record', how: 'email', ...extra }); // eslint-disable-line @typescript-eslint/no-explicit-any
const homeEntry = async () => (await t.value('families.list')).families.find((f: { id: string }) => f.id === familyId);

beforeAll(async () => {
  dataDir = tempDir();
  t = await startTestHost({ dataDir, demo: true, now });
  familyId = (await t.value('families.list')).families[0].id;
  record = await t.value('families.get', { familyId });
});
afterAll(async () => {
  await t?.close();
});

describe('the circulation list', () => {
  it('has everyone in the team and the family, at the meeting or not, with the version meant for them', async () => {
    const list = await t.value('circulation.list', { familyId, meetingId: review().id });
    expect(list.rows).toHaveLength(7);
    const grace = list.rows.find((r: { name: string }) => r.name === 'Grace Okafor');
    expect(grace).toMatchObject({ attendance: 'Did not come and did not let us know', version: 'meeting-record' });
    expect(grace.excluded.message).toBe('The family asked that Northshire Homes is not sent information.');
    expect(list.rows.find((r: { name: string }) => r.name === 'Dawn Fletcher')).toMatchObject({ version: 'family-plan', versions: ['family-plan'] });
    // The review was six weeks ago and no copy has gone to the family.
    expect(list.familyPlan).toMatchObject({ state: 'overdue', meetingId: review().id, title: 'The family has not been sent their plan yet' });
  });

  it('is for a meeting on this family’s record only', async () => {
    expect(await t.call('circulation.list', { familyId, meetingId: 'not-a-meeting' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('recording copies sent', () => {
  it('records the meeting record sent to the school nurse who only sent a written update, with when and how', async () => {
    const result = await send('Sarah Khan', { how: 'email' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    record = result.value.record;
    const entry = review().circulation.find((c) => c.id === result.value.entryId)!;
    expect(entry).toMatchObject({ personId: person('Sarah Khan'), version: 'meeting-record', how: 'email', sentAt: '2026-11-23T10:00:00.000Z', excludedOverrideReason: '' });
    expect(result.value.list.rows.find((r: { name: string }) => r.name === 'Sarah Khan').sent).toHaveLength(1);
  });

  it('refuses the record for Northshire Homes without a reason, and saves nothing', async () => {
    const refused = await send('Grace Okafor');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('invalid-input');
    expect(refused.error.fields?.excludedOverrideReason).toBe('Say why you are sending the meeting record to Grace Okafor when the family asked that Northshire Homes is not sent information');
    record = await t.value('families.get', { familyId });
    expect(review().circulation.some((c) => c.personId === person('Grace Okafor'))).toBe(false);
  });

  it('records it with the chair’s reason, and the reason is still there after the app restarts', async () => {
    const reason = 'Dawn agreed by phone on 23 November that housing can have the record so the damp repair is booked.';
    const sent = await send('Grace Okafor', { how: 'post', excludedOverrideReason: reason });
    expect(sent.ok).toBe(true);
    await t.close();
    t = await startTestHost({ dataDir, now });
    record = await t.value('families.get', { familyId });
    const kept = review().circulation.find((c) => c.personId === person('Grace Okafor'))!;
    expect(kept).toMatchObject({ how: 'post', version: 'meeting-record', excludedOverrideReason: reason });
  });

  it('will not record the professionals’ record as sent to the family', async () => {
    const refused = await send('Dawn Fletcher');
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: { version: expect.stringContaining('Family members are sent the action plan') } } });
  });

  it('takes a day and time given by the chair, and refuses one before the meeting', async () => {
    const sent = await send('Rhys Evans', { sentOn: review().date, sentTime: '15:45' });
    expect(sent.ok).toBe(true);
    if (sent.ok) record = sent.value.record;
    // 15:45 in October is British Summer Time: 14:45 UTC.
    expect(review().circulation.find((c) => c.personId === person('Rhys Evans'))!.sentAt).toBe(`${review().date}T14:45:00.000Z`);
    const early = await send('Lena Nowak', { sentOn: '2026-10-01' });
    expect(early).toMatchObject({ ok: false, error: { fields: { sentOn: 'The date it was sent cannot be before the meeting' } } });
    const later = await send('Lena Nowak', { sentTime: '16:00' });
    expect(later).toMatchObject({ ok: false, error: { fields: { sentTime: 'The date it was sent cannot be in the future' } } });
  });

  it('refuses copies for a meeting that has not happened yet', async () => {
    const planned = record.meetings.find((m) => m.status === 'planned')!;
    const result = await t.call('circulation.record', { familyId, meetingId: planned.id, personId: person('Tom Price'), version: 'meeting-record', how: 'email' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('the family’s copy of the plan', () => {
  it('shows on the home list until a family member is sent the plan, then clears', async () => {
    const before = await homeEntry();
    expect(before.familyPlan).toMatchObject({ meetingId: review().id, meetingDate: review().date, familyMembers: 2 });
    expect(before.familyPlan.sentOn).toBeUndefined();

    // The family plan sent to a professional does not count.
    await send('Tom Price', { version: 'family-plan' });
    expect((await homeEntry()).familyPlan.sentOn).toBeUndefined();

    clock = Date.parse('2026-11-24T08:30:00.000Z');
    const sent = await send('Dawn Fletcher', { version: 'family-plan', how: 'by-hand' });
    expect(sent.ok).toBe(true);
    if (sent.ok) expect(sent.value.list.familyPlan).toMatchObject({ state: 'sent', sentOn: '2026-11-24' });
    expect((await homeEntry()).familyPlan.sentOn).toBe('2026-11-24');
  });

  it('records every copy in the audit log as circulated, with the family id and no names', async () => {
    const { entries } = await t.value<{ entries: { method?: string; action: string; familyId?: string }[] }>('audit.list', { familyId });
    const circulated = entries.filter((e) => e.method === 'circulation.record');
    expect(circulated.length).toBeGreaterThanOrEqual(3);
    expect(circulated.every((e) => e.action === 'circulated' && e.familyId === familyId)).toBe(true);
    expect(JSON.stringify(entries)).not.toMatch(/Okafor|Fletcher|damp repair/);
  });
});
