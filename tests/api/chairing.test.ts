// Through the browser host over HTTP: chairing the demo family's next review on another day than
// planned — the one meeting date, a new date for a stale action, what was skipped carried forward
// at the closing check (kept over a restart), and ending support while the meeting is under way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, tempDir, type TestHost } from '../support/host';
import type { FamilyRecord } from '../../src/core/families/record';
import type { Meeting } from '../../src/core/meetings/schema';

const TODAY = '2026-11-23';
let t: TestHost;
let dataDir: string;
let familyId: string;
let meetingId: string;
let planned: string;
let record: FamilyRecord;

const meeting = (id = meetingId): Meeting => record.meetings.find((m) => m.id === id)!;
const actionId = (start: string) => record.actions.find((a) => a.text.startsWith(start))!.id;
const action = (id: string) => record.actions.find((a) => a.id === id)!;
const review = (id: string) => meeting().actionReviews.find((r) => r.actionId === id)!;
const where = () => ({ familyId, meetingId });
const keep = <T extends FamilyRecord>(r: T) => (record = r);

beforeAll(async () => {
  dataDir = tempDir();
  t = await startTestHost({ dataDir, demo: true, today: TODAY });
  const list = await t.value('families.list');
  familyId = list.families[0].id;
  meetingId = list.families[0].nextMeeting.id;
  record = await t.value('families.get', { familyId });
  planned = meeting().date;
});
afterAll(async () => {
  await t?.close();
});

describe('one meeting date', () => {
  it('refuses a date that is neither the planned date nor today', async () => {
    expect(planned).not.toBe(TODAY);
    const refused = await t.call('meetings.start', { ...where(), heldOn: '2026-11-20' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.fields?.heldOn).toBe('Choose the planned date or today');
    keep(await t.value('families.get', { familyId }));
    expect(meeting().status).toBe('planned');
  });

  it('started today, the meeting is held today: that is its one date, and the planned date is kept beside it', async () => {
    keep(await t.value('meetings.start', { ...where(), heldOn: TODAY }));
    expect(meeting()).toMatchObject({ status: 'in-progress', date: TODAY, plannedDate: planned });
  });
});

describe('a new date for an action whose date has passed', () => {
  it('moves the action to the new date and keeps the old one on the review', async () => {
    const damp = actionId('Help Dawn apply for free school meals');
    const old = action(damp).dueDate!;
    expect(old < TODAY).toBe(true);
    keep(await t.value('actions.review', { ...where(), review: { actionId: damp, result: 'carried-forward', reason: 'No repair date yet.', newDueDate: '2026-12-18' } }));
    expect(action(damp).dueDate).toBe('2026-12-18');
    expect(review(damp)).toMatchObject({ result: 'carried-forward', newDueDate: '2026-12-18', previousDueDate: old });

    // Changed again, the review still remembers the date the action had when the meeting began.
    keep(await t.value('actions.review', { ...where(), review: { actionId: damp, result: 'partly-done', reason: 'Surveyed.', newDueDate: '2027-01-08' } }));
    expect(action(damp).dueDate).toBe('2027-01-08');
    expect(review(damp)).toMatchObject({ newDueDate: '2027-01-08', previousDueDate: old });

    // Done after all: no new date, and the action has its old date again.
    keep(await t.value('actions.review', { ...where(), review: { actionId: damp, result: 'done', reason: '' } }));
    expect(action(damp).dueDate).toBe(old);
    expect(review(damp).newDueDate).toBeUndefined();
    expect(review(damp).previousDueDate).toBeUndefined();
  });

  it('refuses a new date on or before the meeting', async () => {
    const group = actionId("Go to the 'Time for Me'");
    const refused = await t.call('actions.review', { ...where(), review: { actionId: group, result: 'not-done', reason: 'Moved to Thursdays.', newDueDate: TODAY } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.fields?.['review.newDueDate']).toBe('The new date must be after this meeting');
  });

  it('ignores a previous date sent by the screen: the service keeps the date the action really had', async () => {
    const group = actionId("Go to the 'Time for Me'");
    const old = action(group).dueDate!;
    keep(await t.value('actions.review', { ...where(), review: { actionId: group, result: 'not-done', reason: 'Moved to Thursdays.', newDueDate: '2026-12-11', previousDueDate: '2020-01-01' } }));
    expect(review(group)).toMatchObject({ newDueDate: '2026-12-11', previousDueDate: old });
    expect(action(group).dueDate).toBe('2026-12-11');
  });
});

describe('ending support while the meeting is under way', () => {
  it('warns first, and ends support only when the chair says so', async () => {
    const jay = record.children.find((c) => c.firstName === 'Jay')!.id;
    const episode = record.episodes.find((e) => e.childId === jay && !e.closedOn)!;
    const input = { familyId, episodeId: episode.id, closedOn: TODAY, closureReason: 'needs-met', closureNote: '' };
    const warned = await t.call('episodes.close', input);
    expect(warned.ok).toBe(false);
    if (!warned.ok) {
      expect(warned.error.code).toBe('conflict');
      expect(warned.error.message).toBe('A meeting about this child is under way (23 November 2026). Finish it first, or say you still want to end support.');
    }
    keep(await t.value('families.get', { familyId }));
    expect(record.episodes.find((e) => e.id === episode.id)!.closedOn).toBeUndefined();
    // Not asked to end it here: the rest of these tests need the support open, so only the warning is checked.
  });
});

describe('what was skipped, at the closing check', () => {
  it('keeps "carry them all forward" over a restart, then carries each unreviewed action forward with a note', async () => {
    keep(await t.value('meetings.saveClosing', { ...where(), closing: { familyPlanDelivery: 'email', familyViewMissingReason: 'Dawn was not here.', familyAbsentViews: '', skipped: 'carry-forward' } }));
    await t.close();
    t = await startTestHost({ dataDir, today: TODAY });
    keep(await t.value('families.get', { familyId }));
    expect(meeting().closingDraft).toMatchObject({ skipped: 'carry-forward' });

    const onAgenda = meeting().agenda.filter((i) => i.key === 'action-review').map((i) => i.actionId!);
    const reviewedBefore = meeting().actionReviews.map((r) => r.actionId);
    const skipped = onAgenda.filter((id) => !reviewedBefore.includes(id));
    expect(skipped.length).toBeGreaterThan(0);
    keep(await t.value('meetings.setNextMeeting', { ...where(), nextMeeting: { date: '2027-01-08', startTime: '09:30', venue: 'Family home', venueKind: 'family-home' } }));
    const { record: after } = await t.value('meetings.finish', { ...where(), overrideReason: 'Not everyone was asked.' });
    keep(after);
    const m = meeting();
    expect(m.closing).toMatchObject({ skipped: 'carry-forward', notLookedAtActionIds: skipped });
    expect(m.closing!.unmetChecks.some((c) => c.startsWith('Action not reviewed') || c.startsWith('Actions not reviewed'))).toBe(false);
    for (const id of skipped) {
      expect(review(id)).toMatchObject({ result: 'carried-forward', reason: 'Not looked at in this meeting' });
      expect(['not-started', 'in-progress', 'waiting']).toContain(action(id).status);
    }
    // The reviews given at the meeting are kept as they were.
    expect(review(actionId("Go to the 'Time for Me'"))).toMatchObject({ result: 'not-done', newDueDate: '2026-12-11' });
    // Every outcome went unrated, and is named as such.
    expect(m.closing!.notRatedOutcomeIds!.length).toBe(m.agenda.filter((i) => i.key === 'outcome-review').length);
  });
});

describe('the meeting after', () => {
  it('started without saying which day, keeps its planned date; what was carried forward comes back to review', async () => {
    meetingId = meeting().nextMeetingId!;
    keep(await t.value('meetings.start', where()));
    expect(meeting()).toMatchObject({ status: 'in-progress', date: '2027-01-08' });
    expect(meeting().plannedDate).toBeUndefined();
    const titles = meeting().agenda.filter((i) => i.key === 'action-review').map((i) => i.title);
    expect(titles).toContain("Share Jay's weekly attendance with Dawn every Friday");
  });

  it('ends support under way only once the chair says so', async () => {
    const mia = record.children.find((c) => c.firstName === 'Mia')!.id;
    const episode = record.episodes.find((e) => e.childId === mia && !e.closedOn)!;
    const input = { familyId, episodeId: episode.id, closedOn: TODAY, closureReason: 'needs-met', closureNote: '' };
    expect((await t.call('episodes.close', input)).ok).toBe(false);
    keep(await t.value('episodes.close', { ...input, evenThoughMeetingUnderWay: true }));
    expect(record.episodes.find((e) => e.id === episode.id)!.closedOn).toBe(TODAY);
  });

  it('finishing without what was skipped needs a reason', async () => {
    const { record: after } = await t.value('meetings.finish', { ...where(), skipped: 'reason', skippedReason: '', overrideReason: 'Testing.' });
    keep(after);
    expect(meeting().closing!.unmetChecks[0]).toMatch(/^Actions not reviewed: .*They were not carried forward, and no reason was given for finishing without them\.$/);
    expect(meeting().closing!.skipped).toBe('reason');
  });
});
