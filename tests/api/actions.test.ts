// Through the browser host over HTTP: actions agreed at the demo family's review — owners from the
// team or the family or by name only, waiting with the date it began, what it serves, funding — and the home list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { startTestHost, type TestHost } from '../support/host';
import type { FamilyRecord } from '../../src/core/families/record';

let t: TestHost;
let familyId: string;
let meetingId: string;
let record: FamilyRecord;
let waitingText = '';

const person = (name: string) => [...record.team, ...record.members].find((p) => p.name === name)!.id;
const save = (action: Record<string, unknown>, withMeeting = true) =>
  t.call<{ record: FamilyRecord; actionId: string }>('actions.save', { familyId, ...(withMeeting ? { meetingId } : {}), action });

beforeAll(async () => {
  t = await startTestHost({ demo: true, now: () => new Date('2026-11-25T09:45:00.000Z') });
  const list = await t.value('families.list');
  familyId = list.families[0].id;
  meetingId = list.families[0].nextMeeting.id;
  record = await t.value('meetings.start', { familyId, meetingId });
});
afterAll(async () => {
  await t?.close();
});

describe('actions agreed at a meeting', () => {
  it('adds an action owned by the parent, marked as agreed at this meeting', async () => {
    const result = await save({ text: "Book Mia's dentist appointment", ownerId: person('Dawn Fletcher'), dueDate: '2026-12-11' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const action = result.value.record.actions.find((a) => a.id === result.value.actionId)!;
    expect(action).toMatchObject({ ownerId: person('Dawn Fletcher'), createdInMeetingId: meetingId, status: 'not-started', dueDate: '2026-12-11' });
    expect(action.createdAt).toBe('2026-11-25T09:45:00.000Z');
    record = result.value.record;
  });

  it('keeps a community member named by name only, not on the team', async () => {
    const result = await save({ text: 'Take Jay to football on Saturday mornings', ownerName: 'Uncle Dave', dueDate: '2026-12-05' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.record.actions.find((a) => a.id === result.value.actionId)).toMatchObject({ ownerName: 'Uncle Dave' });
  });

  it('refuses an owner who is not on the record', async () => {
    const result = await save({ text: 'Ring school', ownerId: 'not-a-person' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.['action.ownerId']).toMatch(/team or the family/);
  });

  it('asks for the date a wait began, then keeps the status, the outcome it serves and who will find the funding', async () => {
    const added = await save({ text: 'Find Jay a place at the holiday club', ownerId: person('Lena Nowak'), agency: 'Northshire Early Help', dueDate: '2026-12-18' });
    if (!added.ok) throw new Error(added.error.message);
    const actionId = added.value.actionId;
    const outcomeId = record.episodes[0].outcomes[0].id;
    const waiting = await save({ id: actionId, text: 'Find Jay a place at the holiday club', ownerId: person('Lena Nowak'), status: 'waiting' });
    expect(waiting.ok).toBe(false);
    if (!waiting.ok) expect(waiting.error.fields?.['action.waitingSince']).toBe('Enter the date the wait began');

    const kept = await save({
      id: actionId, text: 'Find Jay a place at the holiday club', ownerId: person('Lena Nowak'), agency: 'Northshire Early Help', dueDate: '2026-12-18',
      status: 'waiting', waitingSince: '2026-11-20', outcomeId, need: 'Somewhere safe and fun for Jay in the holidays',
      fundingNeeded: 'A funded place, about £60 a week', fundingFoundBy: 'Lena Nowak, from the holiday activities programme',
    });
    expect(kept.ok).toBe(true);
    if (!kept.ok) return;
    const action = kept.value.record.actions.find((a) => a.id === actionId)!;
    expect(action).toMatchObject({
      status: 'waiting', waitingSince: '2026-11-20', outcomeId, need: 'Somewhere safe and fun for Jay in the holidays',
      fundingNeeded: 'A funded place, about £60 a week', fundingFoundBy: 'Lena Nowak, from the holiday activities programme',
      createdInMeetingId: meetingId,
    });
  });

  it('changing an action to a neighbour and no date clears the old owner and date, and keeps when it was agreed', async () => {
    const added = await save({ text: 'Walk Jay to school on Mondays', ownerId: person('Pat Fletcher'), dueDate: '2026-12-07' });
    if (!added.ok) throw new Error(added.error.message);
    const changed = await save({ id: added.value.actionId, text: 'Walk Jay to school on Mondays', ownerName: 'Mrs Ahmed next door' }, false);
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    const action = changed.value.record.actions.find((a) => a.id === added.value.actionId)!;
    expect(action.ownerId).toBeUndefined();
    expect(action.ownerName).toBe('Mrs Ahmed next door');
    expect(action.dueDate).toBeUndefined();
    expect(action.createdInMeetingId).toBe(meetingId);
    expect(action.createdAt).toBe('2026-11-25T09:45:00.000Z');
  });

  it('keeps long action text whole, with its paragraphs', async () => {
    const text = 'Write to the housing repairs team about the damp.\n\nSay that Mia has had a cough since the autumn, and ask for a date for the survey. '.repeat(40).trim();
    const result = await save({ text, ownerId: person('Grace Okafor'), dueDate: '2026-12-09' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.record.actions.find((a) => a.id === result.value.actionId)!.text).toBe(text);
  });

  it('lets a slip agreed at this meeting be taken out, but not an action from last time', async () => {
    const slip = await save({ text: 'Typed twice by mistake', ownerId: person('Tom Price') });
    if (!slip.ok) throw new Error(slip.error.message);
    const removed = await t.value('actions.remove', { familyId, actionId: slip.value.actionId });
    expect(removed.actions.some((a: { id: string }) => a.id === slip.value.actionId)).toBe(false);

    const older = record.actions.find((a) => a.createdInMeetingId !== meetingId)!;
    const refused = await t.call('actions.remove', { familyId, actionId: older.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/no longer needed/);
  });

  it('shows the new open actions, with owners by name, on the home list', async () => {
    const list = await t.value('families.list');
    const open = list.families[0].openActions as { text: string; ownerName: string; dueDate?: string }[];
    expect(open).toContainEqual(expect.objectContaining({ text: "Book Mia's dentist appointment", ownerName: 'Dawn Fletcher', dueDate: '2026-12-11' }));
    expect(open).toContainEqual(expect.objectContaining({ text: 'Take Jay to football on Saturday mornings', ownerName: 'Uncle Dave' }));
    expect(open.find((a) => a.text.startsWith('Write to the housing repairs team'))!.text).toBe('Write to the housing repairs team about the damp.');
  });

  it('records what happened with last time’s action and moves its status on', async () => {
    const older = record.actions.find((a) => a.createdInMeetingId !== meetingId && a.status === 'in-progress')!;
    const reviewed = await t.value('actions.review', { familyId, meetingId, review: { actionId: older.id, result: 'done', reason: '' } });
    expect(reviewed.actions.find((a: { id: string }) => a.id === older.id).status).toBe('done');
    // "Not done" is kept before its reason (the closing check asks for it).
    const notDone = await t.call('actions.review', { familyId, meetingId, review: { actionId: older.id, result: 'not-done', reason: '' } });
    expect(notDone.ok).toBe(true);
  });

  it('records an action from last time as waiting: since when, the expected start, and the action is waiting', async () => {
    const older = record.actions.filter((a) => a.createdInMeetingId !== meetingId && a.status !== 'done' && a.status !== 'waiting').at(-1)!;
    waitingText = older.text;
    const meeting = (r: FamilyRecord) => r.meetings.find((m) => m.id === meetingId)!;
    const noDate = await t.call('actions.review', { familyId, meetingId, review: { actionId: older.id, result: 'waiting', reason: '' } });
    expect(noDate).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: { 'review.waitingSince': expect.stringMatching(/since when/) } } });
    const later = await t.call('actions.review', { familyId, meetingId, review: { actionId: older.id, result: 'waiting', reason: '', waitingSince: '2026-11-30' } });
    expect(later).toMatchObject({ ok: false, error: { fields: { 'review.waitingSince': 'The wait must have begun by the day of this meeting' } } });
    const waiting: FamilyRecord = await t.value('actions.review', { familyId, meetingId, review: { actionId: older.id, result: 'waiting', reason: 'On the CAMHS waiting list', waitingSince: '2026-10-01', expectedStart: '2027-01-11' } });
    expect(waiting.actions.find((a) => a.id === older.id)).toMatchObject({ status: 'waiting', waitingSince: '2026-10-01', expectedStart: '2027-01-11' });
    expect(meeting(waiting).actionReviews.find((r) => r.actionId === older.id)).toMatchObject({ result: 'waiting', waitingSince: '2026-10-01', expectedStart: '2027-01-11' });
    // Taken back: no longer waiting.
    const back: FamilyRecord = await t.value('actions.review', { familyId, meetingId, review: { actionId: older.id, result: 'carried-forward', reason: '' } });
    const action = back.actions.find((a) => a.id === older.id)!;
    expect(action.status).toBe('in-progress');
    expect(action.waitingSince).toBeUndefined();
    expect(meeting(back).actionReviews.find((r) => r.actionId === older.id)?.waitingSince).toBeUndefined();
    // Waiting again, and kept that way for the documents.
    await t.value('actions.review', { familyId, meetingId, review: { actionId: older.id, result: 'waiting', reason: 'On the CAMHS waiting list', waitingSince: '2026-10-01', expectedStart: '2027-01-11' } });
    record = await t.value('families.get', { familyId });
  });

  it('keeps the passed date when a review agrees a new one, so documents can say "was due …, now by …"', async () => {
    const older = record.actions.find((a) => a.createdInMeetingId !== meetingId && a.status !== 'done' && a.dueDate)!;
    const was = older.dueDate;
    const first = await t.value('actions.review', { familyId, meetingId, review: { actionId: older.id, result: 'carried-forward', reason: '', newDueDate: '2026-12-18' } });
    const meeting = (r: typeof first) => r.meetings.find((m: { id: string }) => m.id === meetingId);
    expect(first.actions.find((a: { id: string }) => a.id === older.id).dueDate).toBe('2026-12-18');
    expect(meeting(first).actionReviews.find((r: { actionId: string }) => r.actionId === older.id)).toMatchObject({ newDueDate: '2026-12-18', previousDueDate: was });
    // Changed again in the same meeting: the date before the meeting is still the one kept.
    const again = await t.value('actions.review', { familyId, meetingId, review: { actionId: older.id, result: 'partly-done', reason: '', newDueDate: '2027-01-08' } });
    expect(again.actions.find((a: { id: string }) => a.id === older.id).dueDate).toBe('2027-01-08');
    expect(meeting(again).actionReviews.find((r: { actionId: string }) => r.actionId === older.id)).toMatchObject({ result: 'partly-done', newDueDate: '2027-01-08', previousDueDate: was });
  });

  it('shows the wait in the meeting record: since when, days so far, the expected start', async () => {
    await t.value('meetings.finish', { familyId, meetingId, overrideReason: 'Testing the record' });
    const file = await t.value<{ base64: string }>('documents.export', { familyId, meetingId, kind: 'meeting-record' });
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
    const body = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    const review = body.slice(body.indexOf('Actions from last time'));
    const row = review.slice(review.indexOf(waitingText.replace(/'/g, '&apos;')));
    expect(row).toMatch(/^[^]{0,80}?Waiting(On the CAMHS waiting list)?Waiting since 1 October 2026 \(57 days so far\); expected to start 11 January 2027/);
  });
});
