// Through the browser host over HTTP: chairing the demo family's next review — the agenda from last
// time, attendance, reviews, ratings, the next meeting, the closing check and finish, the family's screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, tempDir, type TestHost } from '../support/host';
import type { FamilyRecord } from '../../src/core/families/record';
import type { Meeting } from '../../src/core/meetings/schema';
import { ratingChange } from '../../src/core/outcomes/ratings';
import { agendaItemNote } from '../../src/core/agenda/live-notes';

const now = () => new Date('2026-11-25T09:31:00.000Z');
let t: TestHost;
let dataDir: string;
let familyId: string;
let meetingId: string;
let record: FamilyRecord;

const meeting = (id = meetingId): Meeting => record.meetings.find((m) => m.id === id)!;
const person = (name: string) => [...record.team, ...record.members].find((p) => p.name === name)!.id;
const child = (name: string) => record.children.find((c) => c.firstName === name)!.id;
const actionId = (start: string) => record.actions.find((a) => a.text.startsWith(start))!.id;
const outcomeId = (text: string) => record.episodes.flatMap((e) => e.outcomes).find((o) => o.text === text)!.id;
const where = (id = meetingId) => ({ familyId, meetingId: id });
const attendance = (entry: Record<string, unknown>, id = meetingId) => t.call<FamilyRecord>('attendance.set', { ...where(id), entry });
const keep = <T extends FamilyRecord>(r: T) => (record = r);

beforeAll(async () => {
  dataDir = tempDir();
  t = await startTestHost({ dataDir, demo: true, now });
  const list = await t.value('families.list');
  familyId = list.families[0].id;
  meetingId = list.families[0].nextMeeting.id;
  record = await t.value('families.get', { familyId });
});
afterAll(async () => {
  await t?.close();
});

describe('starting the next review', () => {
  it('builds the agenda from the last review: every action still open, one by one, with how often it was carried over', async () => {
    keep(await t.value('meetings.start', where()));
    const m = meeting();
    expect(m.status).toBe('in-progress');
    expect(m.currentItemId).toBe(m.agenda[0].id);
    const reviews = m.agenda.filter((i) => i.key === 'action-review');
    const titles = reviews.map((i) => i.title);
    expect(titles).toEqual([
      "Arrange for the damp in the children's bedroom to be fixed",
      "Visit at home to talk about Mia's sleep and bedtime",
      'Help Dawn apply for free school meals and the holiday activities programme',
      "Go to the 'Time for Me' parents' group on Tuesday mornings",
      "Share Jay's weekly attendance with Dawn every Friday",
    ]);
    // The damp and the sleep visit were carried forward once at the last review; nothing is flagged yet.
    expect(reviews.map((i) => i.carriedOver)).toEqual([1, 1, 0, 0, 0]);
    expect(reviews.every((i) => i.flagged === false)).toBe(true);
    expect(reviews[0].note).toContain('Who: Grace Okafor (Northshire Homes).');
    expect(reviews[0].note).toContain('Carried over once already.');
    // Done actions are not reviewed again.
    expect(titles.some((x) => x.startsWith('Refer Jay'))).toBe(false);
    // The review items follow "What we said we would do last time" and come before the worries.
    const keys = m.agenda.map((i) => i.key);
    expect(keys.indexOf('review-actions')).toBe(keys.indexOf('action-review') - 1);
    expect(keys.lastIndexOf('action-review')).toBeLessThan(keys.indexOf('worries'));
  });

  it('brings back last time’s worries, good news and outcome ratings, with an "is this better for you?" for each outcome', () => {
    const m = meeting();
    expect(m.agenda.find((i) => i.key === 'worries')!.note).toBe('1 worry from last time to look at again.');
    expect(m.agenda.find((i) => i.key === 'gone-well')!.note).toBe('1 good thing from last time to look at again.');
    const outcomes = m.agenda.filter((i) => i.key === 'outcome-review');
    expect(outcomes.map((i) => i.title)).toEqual(['Jay gets to school calm and on time most days', "The children's bedroom is dry and warm", 'Mia sleeps through most nights']);
    expect(outcomes[0].note).toBe('Last time: family 6 out of 10, team 5 out of 10. The family said: “Mornings are calmer. Jay gets himself dressed.”');
  });

  it('starting again does nothing, and moving on marks the item left as done', async () => {
    const again = await t.value<FamilyRecord>('meetings.start', where());
    expect(again.meetings.find((m) => m.id === meetingId)!.agenda.map((i) => i.id)).toEqual(meeting().agenda.map((i) => i.id));
    const [first, second] = meeting().agenda;
    keep(await t.value('meetings.goTo', { ...where(), itemId: second.id, markDoneId: first.id }));
    expect(meeting().currentItemId).toBe(second.id);
    expect(meeting().agenda[0].done).toBe(true);
    expect(meeting().agenda[1].done).toBe(false);
  });
});

describe('attendance, one status each', () => {
  it('refuses a status the app does not know (what a status asks for next can follow: see choices.test.ts)', async () => {
    const result = await attendance({ personId: person('Rhys Evans'), status: 'stayed-home' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.fields?.['entry.status']).toBe('Choose whether they came');
    }
    keep(await t.value('families.get', { familyId }));
    expect(meeting().attendance).toEqual([]);
  });

  it('keeps one status per person, the latest replacing the one before', async () => {
    keep(await t.value('attendance.set', { ...where(), entry: { personId: person('Dawn Fletcher'), status: 'remote' } }));
    keep(await t.value('attendance.set', { ...where(), entry: { personId: person('Dawn Fletcher'), status: 'in-person', askedForView: true } }));
    keep(await t.value('attendance.set', { ...where(), entry: { personId: person('Tom Price'), status: 'in-person', askedForView: true } }));
    keep(await t.value('attendance.set', { ...where(), entry: { personId: person('Lena Nowak'), status: 'part' } }));
    keep(await t.value('attendance.set', { ...where(), entry: { personId: person('Sarah Khan'), status: 'written-update', writtenUpdate: 'Jay has been seen twice by the mental health service.' } }));
    keep(await t.value('attendance.set', { ...where(), entry: { personId: person('Grace Okafor'), status: 'sent-someone-else', substituteName: 'Ben Ali' } }));
    keep(await t.value('attendance.set', { ...where(), entry: { personId: person('Rhys Evans'), status: 'apologies' } }));
    keep(await t.value('attendance.set', { ...where(), entry: { personId: person('Pat Fletcher'), status: 'did-not-attend' } }));
    const dawn = meeting().attendance.filter((a) => a.personId === person('Dawn Fletcher'));
    expect(dawn).toEqual([{ personId: person('Dawn Fletcher'), status: 'in-person', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: true }]);
    expect(meeting().attendance).toHaveLength(7);
    expect(meeting().attendance.find((a) => a.personId === person('Grace Okafor'))!.substituteName).toBe('Ben Ali');
  });

  it('refuses someone who is not on the record, and takes a slip off again', async () => {
    const stranger = await attendance({ personId: 'not-on-the-record', status: 'in-person' });
    expect(stranger.ok).toBe(false);
    if (!stranger.ok) expect(stranger.error.fields?.personId).toBe('Choose someone from the team or the family');
    keep(await t.value('attendance.clear', { ...where(), personId: person('Pat Fletcher') }));
    expect(meeting().attendance.some((a) => a.personId === person('Pat Fletcher'))).toBe(false);
  });

  it('records each child’s part separately from the adults’ attendance', async () => {
    keep(await t.value('attendance.setChild', { ...where(), participation: { childId: child('Jay'), how: 'views-beforehand', viewsGivenTo: 'Mr Price at school' } }));
    keep(await t.value('attendance.setChild', { ...where(), participation: { childId: child('Mia'), how: 'not-involved', reason: 'Mia is at nursery; Dawn told us how she is.' } }));
    expect(meeting().childParticipation.map((c) => c.how)).toEqual(['views-beforehand', 'not-involved']);
    expect(meeting().attendance.some((a) => a.personId === child('Jay'))).toBe(false);
  });

  it('keeps invitations with when, how and the reply', async () => {
    keep(await t.value('attendance.invite', { ...where(), invitation: { personId: person('Rhys Evans'), invitedOn: '2026-11-11', how: 'phone', reply: 'cannot-come' } }));
    keep(await t.value('attendance.invite', { ...where(), invitation: { personId: person('Rhys Evans'), invitedOn: '2026-11-11', how: 'phone', reply: 'sending-update' } }));
    expect(meeting().invitations).toEqual([{ personId: person('Rhys Evans'), invitedOn: '2026-11-11', how: 'phone', reply: 'sending-update' }]);
    const bad = await t.call('attendance.invite', { ...where(), invitation: { personId: person('Rhys Evans'), invitedOn: '2026-02-30', how: 'pigeon' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.fields?.['invitation.invitedOn']).toBe('Enter the date they were invited');
      expect(bad.error.fields?.['invitation.how']).toBe('Choose how they were invited');
    }
  });
});

describe('reviewing last time’s actions', () => {
  it('a "done" result closes the action; "not done" is kept before its reason, which can follow; "partly done" keeps it open', async () => {
    const meals = actionId('Help Dawn apply');
    keep(await t.value('actions.review', { ...where(), review: { actionId: meals, result: 'done' } }));
    expect(record.actions.find((a) => a.id === meals)!.status).toBe('done');

    const group = actionId('Go to the');
    keep(await t.value('actions.review', { ...where(), review: { actionId: group, result: 'not-done' } }));
    expect(meeting().actionReviews.find((r) => r.actionId === group)).toMatchObject({ result: 'not-done', reason: '' });
    keep(await t.value('actions.review', { ...where(), review: { actionId: group, result: 'not-done', reason: 'The group moved to Thursdays, when Dawn works.' } }));
    expect(record.actions.find((a) => a.id === group)!.status).toBe('not-started');

    const sleep = actionId('Visit at home');
    keep(await t.value('actions.review', { ...where(), review: { actionId: sleep, result: 'partly-done' } }));
    expect(record.actions.find((a) => a.id === sleep)!.status).toBe('in-progress');

    // Changing your mind: one result per action at a meeting, and the action reopens.
    keep(await t.value('actions.review', { ...where(), review: { actionId: meals, result: 'carried-forward', reason: 'Only the meals form is done.' } }));
    expect(meeting().actionReviews.filter((r) => r.actionId === meals)).toHaveLength(1);
    expect(record.actions.find((a) => a.id === meals)!.status).toBe('in-progress');

    const damp = actionId('Arrange for the damp');
    keep(await t.value('actions.review', { ...where(), review: { actionId: damp, result: 'carried-forward', reason: 'Still waiting for the repair date.' } }));
    // Reviewed actions stay on the agenda even when done.
    keep(await t.value('actions.review', { ...where(), review: { actionId: actionId('Share Jay'), result: 'done' } }));
    expect(meeting().agenda.filter((i) => i.key === 'action-review')).toHaveLength(5);
  });
});

describe('outcome ratings', () => {
  it('keeps the family’s and the team’s 0–10, "no change" and "worse", and the family’s own words', async () => {
    const jay = outcomeId('Jay gets to school calm and on time most days');
    const home = outcomeId("The children's bedroom is dry and warm");
    keep(await t.value('outcomes.rate', { ...where(), rating: { outcomeId: jay, familyScore: 8, teamScore: 7, change: 'better', familyWords: 'He walks in on his own now.' } }));
    keep(await t.value('outcomes.rate', { ...where(), rating: { outcomeId: home, familyScore: 1, teamScore: 2, change: 'worse', familyWords: 'The mould is back on the window.' } }));
    expect(meeting().outcomeRatings).toHaveLength(2);
    const last = record.meetings.filter((m) => m.status === 'finished').at(-1)!;
    const change = ratingChange(meeting().outcomeRatings[0], last.outcomeRatings.find((r) => r.outcomeId === jay));
    expect(change.summary).toBe('The family gave 8 out of 10, up from 6. The team gave 7 out of 10, up from 5. The family says: better.');
    const worse = ratingChange(meeting().outcomeRatings[1], last.outcomeRatings.find((r) => r.outcomeId === home));
    expect(worse.family.direction).toBe('worse');

    const tooHigh = await t.call('outcomes.rate', { ...where(), rating: { outcomeId: jay, familyScore: 11 } });
    expect(tooHigh.ok).toBe(false);
    if (!tooHigh.ok) expect(tooHigh.error.fields?.['rating.familyScore']).toBe('Choose a number from 0 to 10');
    const unknown = await t.call('outcomes.rate', { ...where(), rating: { outcomeId: 'no-such-outcome', familyScore: 5 } });
    expect(unknown.ok).toBe(false);
  });

  it('agrees a new outcome for a child', async () => {
    const episode = record.episodes.find((e) => e.childId === child('Mia'))!;
    keep(await t.value('outcomes.save', { familyId, episodeId: episode.id, outcome: { text: 'Mia’s cough has gone', area: 'health', agreedOn: '2026-11-27' } }));
    expect(record.episodes.find((e) => e.id === episode.id)!.outcomes.map((o) => o.text)).toContain('Mia’s cough has gone');
  });
});

describe('the family’s screen', () => {
  it('never shows a note marked for professionals only, from this meeting or last time', async () => {
    const worries = meeting().agenda.find((i) => i.key === 'worries')!;
    keep(await t.value('meetings.goTo', { ...where(), itemId: worries.id }));
    await t.value('notes.save', {
      ...where(),
      note: { agendaItemId: worries.id, kind: 'worry', text: 'A neighbour told the school about shouting at night.', professionalsOnly: true, professionalsOnlyReason: 'Third-party information' },
    });
    const view = await t.value('meetings.familyView', where());
    const shown = JSON.stringify(view);
    expect(view.itemNow).toMatch(/worried/);
    expect(view.here).toEqual(expect.arrayContaining(['Dawn Fletcher', 'Tom Price (Pastoral lead)']));
    expect(view.couldNotCome).toEqual(expect.arrayContaining(['Sarah Khan (School nurse) (sent an update)', 'Grace Okafor (Housing officer) (Ben Ali came instead)']));
    expect(shown).not.toContain('Police were called');
    expect(shown).not.toContain('neighbour');
    expect(shown).not.toContain('Third-party');
  });
});

describe('the next meeting and finishing', () => {
  it('will not set the next meeting on or before this one', async () => {
    const same = await t.call('meetings.setNextMeeting', { ...where(), nextMeeting: { date: meeting().date, startTime: '09:30', venue: 'Greenfield Children’s Centre' } });
    expect(same.ok).toBe(false);
    if (!same.ok) expect(same.error.fields?.['nextMeeting.date']).toBe('The next meeting must be after this one');
    keep(await t.value('meetings.setNextMeeting', { ...where(), nextMeeting: { date: '2027-01-08', startTime: '09:30', venue: 'Greenfield Children’s Centre, Meeting Room 2', venueKind: 'community-centre' } }));
    expect(meeting().nextMeeting).toEqual({ date: '2027-01-08', startTime: '09:30', venue: 'Greenfield Children’s Centre, Meeting Room 2', venueKind: 'community-centre' });
  });

  it('keeps the closing details typed before finishing', async () => {
    keep(await t.value('meetings.saveClosing', { ...where(), closing: { familyPlanDelivery: 'email', familyViewMissingReason: '', familyAbsentViews: '' } }));
    expect(meeting().closingDraft?.familyPlanDelivery).toBe('email');
  });

  it('refuses to finish with unmet checks unless the chair gives a reason', async () => {
    const refused = await t.call('meetings.finish', where());
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('conflict');
      expect(refused.error.fields?.overrideReason).toBe('Give a reason to finish without meeting every check');
    }
    keep(await t.value('families.get', { familyId }));
    expect(meeting().status).toBe('in-progress');
  });

  it('finishes with the reason kept, the unmet checks listed, and the next meeting planned', async () => {
    const reason = 'Dawn had to leave early; Lena will go through her view with her on Monday.';
    const { record: after, nextMeetingId } = await t.value('meetings.finish', { ...where(), overrideReason: reason });
    keep(after);
    const m = meeting();
    expect(m.status).toBe('finished');
    expect(m.closing?.overrideReason).toBe(reason);
    expect(m.closing?.familyPlanDelivery).toBe('email');
    expect(m.closing?.unmetChecks).toEqual([
      'Outcome not rated: “Mia sleeps through most nights”. They were not carried forward, and no reason was given for finishing without them.',
      'No new date was agreed for actions kept open whose date had passed: “Help Dawn apply for free school meals and the holiday activities programme”, “Go to the \'Time for Me\' parents\' group on Tuesday mornings”, “Visit at home to talk about Mia\'s sleep and bedtime”, “Arrange for the damp in the children\'s bedroom to be fixed”.',
      'The family’s view was not written down, and no reason was given.',
      'Not asked for their view: Lena Nowak and Ben Ali.',
      'Not recorded: attendance not recorded for Pat Fletcher.',
    ]);
    // Who was left as "not recorded yet" is kept, for the record's "Who came".
    expect(m.closing?.notRecordedIds).toEqual([person('Pat Fletcher')]);
    expect(m.closingDraft).toBeUndefined();
    expect(m.agenda.every((i) => i.done)).toBe(true);
    const next = meeting(nextMeetingId);
    expect(next).toMatchObject({ status: 'planned', kind: 'review', date: '2027-01-08', startTime: '09:30', venue: 'Greenfield Children’s Centre, Meeting Room 2', childIds: m.childIds, chairId: m.chairId });
    expect(m.nextMeetingId).toBe(nextMeetingId);

    const late = await attendance({ personId: person('Pat Fletcher'), status: 'in-person' });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.message).toMatch(/has finished/);
  });

  it('keeps the meeting, its attendance and its reviews after the app is closed and started again', async () => {
    const before = meeting();
    await t.close();
    t = await startTestHost({ dataDir, now });
    keep(await t.value('families.get', { familyId }));
    expect(meeting().attendance).toEqual(before.attendance);
    expect(meeting().childParticipation).toEqual(before.childParticipation);
    expect(meeting().actionReviews).toEqual(before.actionReviews);
    expect(meeting().closing).toEqual(before.closing);
  });

  it('at the review after, an action carried over twice comes back flagged, and a meeting with every check met finishes without a reason', async () => {
    meetingId = meeting().nextMeetingId!;
    keep(await t.value('meetings.start', where()));
    const damp = meeting().agenda.find((i) => i.actionId === actionId('Arrange for the damp'))!;
    expect(damp).toMatchObject({ carriedOver: 2, flagged: true });
    expect(damp.note).toContain('Carried over twice already. Talk about what is getting in the way.');
    // Worked out when shown, never stored when the meeting starts.
    const standing = meeting().agenda.find((i) => i.key === 'review-actions')!;
    expect(standing.note).toBe('');
    expect(agendaItemNote(record, meeting(), standing)).toMatch(/carried over twice or more/);

    for (const name of ['Dawn Fletcher', 'Tom Price', 'Lena Nowak']) {
      keep(await t.value('attendance.set', { ...where(), entry: { personId: person(name), status: 'in-person', askedForView: true } }));
    }
    for (const p of [...record.members, ...record.team.filter((x) => x.active)].filter((x) => !meeting().attendance.some((a) => a.personId === x.id))) {
      keep(await t.value('attendance.set', { ...where(), entry: { personId: p.id, status: 'apologies' } }));
    }
    keep(await t.value('attendance.setChild', { ...where(), participation: { childId: child('Jay'), how: 'present' } }));
    keep(await t.value('attendance.setChild', { ...where(), participation: { childId: child('Mia'), how: 'views-beforehand', viewsGivenTo: 'Dawn' } }));
    const familyItem = meeting().agenda.find((i) => i.key === 'family-view')!;
    await t.value('notes.save', { ...where(), note: { agendaItemId: familyItem.id, kind: 'view', speakerId: person('Dawn Fletcher'), ownWords: true, text: 'Things are calmer at home.' } });
    keep(await t.value('meetings.setNextMeeting', { ...where(), nextMeeting: { date: '2027-02-19', startTime: '09:30', venue: 'Family home', venueKind: 'family-home' } }));
    // Nothing from last time was reviewed or rated: all of it is carried forward to the next meeting.
    const toReview = meeting().agenda.filter((i) => i.key === 'action-review').map((i) => i.actionId);
    const { record: after } = await t.value('meetings.finish', { ...where(), familyPlanDelivery: 'by-hand', skipped: 'carry-forward' });
    keep(after);
    expect(meeting().status).toBe('finished');
    expect(meeting().closing).toMatchObject({ unmetChecks: [], overrideReason: '', familyPlanDelivery: 'by-hand', skipped: 'carry-forward', notLookedAtActionIds: toReview });
    expect(meeting().actionReviews.map((r) => [r.actionId, r.result, r.reason])).toEqual(toReview.map((id) => [id, 'carried-forward', 'Not looked at in this meeting']));
    // Each whose date had passed is now due by the next meeting, and the review keeps the date it had.
    for (const r of meeting().actionReviews) {
      const a = record.actions.find((x) => x.id === r.actionId)!;
      if (r.previousDueDate) {
        expect(r.previousDueDate <= meeting().date).toBe(true);
        expect([r.newDueDate, a.dueDate]).toEqual(['2027-02-19', '2027-02-19']);
      } else expect(a.dueDate! > meeting().date).toBe(true);
    }
    expect(meeting().actionReviews.filter((r) => r.newDueDate).length).toBeGreaterThan(0);
    expect(meeting().closing!.notRatedOutcomeIds!.length).toBeGreaterThan(0);
  });
});
