// Building the agenda from the last review: open actions one by one with their carry-overs,
// standing items in the template's order, local words in titles, and last time brought back.
import { describe, expect, it } from 'vitest';
import { buildAgenda, agendaMinutes } from '../../../src/core/agenda/build';
import { BUILT_IN_AGENDAS, type AgendaTemplate } from '../../../src/core/agenda/template';
import { agendaItemSchema } from '../../../src/core/agenda/schema';
import { agendaItemNote } from '../../../src/core/agenda/live-notes';
import { actionsToReview, carryOverCount, lastTime, previousMeeting } from '../../../src/core/agenda/carry-over';
import { BUILT_IN_LOCAL } from '../../../src/core/prompts/local';
import type { Meeting } from '../../../src/core/meetings/schema';
import { H, action, counter, demo, hassans, meeting, planned } from './helpers';

describe('a review agenda built from the last meeting', () => {
  it('lists every action still open, one by one, after the standing items that come first', () => {
    const { record, next } = demo();
    const items = buildAgenda({ record, meeting: next, template: BUILT_IN_AGENDAS.review, newId: counter('item') });
    const keys = items.map((i) => i.key);
    expect(keys.slice(0, 7)).toEqual(['welcome', 'introductions', 'family-view', 'child-view', 'gone-well', 'review-actions', 'action-review']);
    const reviewed = items.filter((i) => i.key === 'action-review').map((i) => i.title);
    expect(reviewed).toEqual([
      "Arrange for the damp in the children's bedroom to be fixed",
      "Visit at home to talk about Mia's sleep and bedtime",
      'Help Dawn apply for free school meals and the holiday activities programme',
      "Go to the 'Time for Me' parents' group on Tuesday mornings",
      "Share Jay's weekly attendance with Dawn every Friday",
    ]);
    expect(reviewed).not.toContain("Refer Jay to the children's mental health service for help with his worries");
    expect(keys.slice(-5)).toEqual(['missing-from-team', 'new-actions', 'realistic', 'next-meeting', 'closing']);
  });

  it('shows how many reviews an action has already been carried over, and who owns it', () => {
    const { record, next } = demo();
    const items = buildAgenda({ record, meeting: next, template: BUILT_IN_AGENDAS.review, newId: counter('item') });
    const damp = items.find((i) => i.title.startsWith('Arrange for the damp'))!;
    expect(damp.carriedOver).toBe(1);
    expect(damp.flagged).toBe(false);
    expect(damp.note).toBe('Who: Grace Okafor (Northshire Homes). Carried over once already.');
    const meals = items.find((i) => i.title.startsWith('Help Dawn apply'))!;
    expect(meals.carriedOver).toBe(0);
    expect(meals.note).toBe('Who: Lena Nowak (Northshire Early Help).');
  });

  it('flags an action carried over twice', () => {
    const { record, next, byText } = demo();
    const damp = byText('Arrange for the damp');
    const extra: Meeting = {
      ...record.meetings[1], id: 'demo-extra-review', date: '2026-11-09', nextMeetingId: undefined,
      actionReviews: [{ actionId: damp.id, result: 'not-done', reason: 'Housing have not replied to three emails.' }],
    };
    record.meetings.push(extra);
    const items = buildAgenda({ record, meeting: next, template: BUILT_IN_AGENDAS.review, newId: counter('item') });
    const item = items.find((i) => i.actionId === damp.id)!;
    expect(item.carriedOver).toBe(2);
    expect(item.flagged).toBe(true);
    expect(item.note).toContain('Carried over twice already. Talk about what is getting in the way.');
    const standing = items.find((i) => i.key === 'review-actions')!;
    expect(standing.note).toBe('');
    const started = { ...next, agenda: items };
    expect(agendaItemNote(record, started, standing)).toBe('5 actions to go through; 1 carried over twice or more.');
  });

  it('works out the review and outcome notes when shown, so they follow the meeting (never frozen at its start)', () => {
    const { record, next } = demo();
    const items = buildAgenda({ record, meeting: next, template: BUILT_IN_AGENDAS.review, newId: counter('item') });
    const started = { ...next, agenda: items, actionReviews: [] as typeof next.actionReviews, outcomeRatings: [] as typeof next.outcomeRatings };
    const review = items.find((i) => i.key === 'review-actions')!;
    const outcomes = items.find((i) => i.key === 'outcomes')!;
    expect(agendaItemNote(record, started, review)).toBe('5 actions to go through.');
    expect(agendaItemNote(record, started, outcomes)).toBe('3 outcomes agreed.');
    const first = items.find((i) => i.key === 'action-review')!;
    started.actionReviews.push({ actionId: first.actionId!, result: 'done', reason: '' });
    expect(agendaItemNote(record, started, review)).toBe('5 actions to go through; 1 looked at so far.');
    for (const e of record.episodes) e.outcomes = [];
    expect(agendaItemNote(record, started, outcomes)).toBe('No outcomes agreed yet: agree what should be different.');
    expect(outcomes.note).toBe('');
  });

  it('counts carry-overs only from reviews held before the meeting', () => {
    const { record, first, review, next, byText } = demo();
    const damp = byText('Arrange for the damp').id;
    expect(carryOverCount(record, damp, first)).toBe(0);
    expect(carryOverCount(record, damp, review.id)).toBe(0);
    expect(carryOverCount(record, damp, next)).toBe(1);
    expect(carryOverCount(record, damp)).toBe(1);
    expect(carryOverCount(record, byText('Refer Jay').id)).toBe(0);
  });

  it('makes items that can be stored as they are, each with its own id', () => {
    const { record, next } = demo();
    const items = buildAgenda({ record, meeting: next, template: BUILT_IN_AGENDAS.review, newId: counter('item') });
    for (const i of items) expect(agendaItemSchema.parse(i)).toEqual(i);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(agendaMinutes(items)).toBe(5 + 5 + 10 + 10 + 10 + 2 + 5 * 3 + 10 + 2 + 3 * 3 + 5 + 10 + 5 + 5 + 5);
  });

  it('asks "is this better for you?" about each outcome, with last time’s scores and words', () => {
    const { record, next } = demo();
    const items = buildAgenda({ record, meeting: next, template: BUILT_IN_AGENDAS.review, newId: counter('item') });
    const outcomes = items.filter((i) => i.key === 'outcome-review');
    expect(outcomes.map((i) => i.title)).toEqual([
      'Jay gets to school calm and on time most days',
      "The children's bedroom is dry and warm",
      'Mia sleeps through most nights',
    ]);
    expect(outcomes[2].note).toBe('Last time: family 4 out of 10, team 4 out of 10. The family said: “No different yet — still up in the night.”');
    expect(items.find((i) => i.key === 'outcomes')!.title).toBe('Is this better for you?');
  });

  it('puts the children’s names and the local plan name in titles', () => {
    const { record, next } = demo();
    const local = { ...BUILT_IN_LOCAL, planName: 'family plan' };
    const items = buildAgenda({ record, meeting: next, template: BUILT_IN_AGENDAS.review, newId: counter('item'), local });
    expect(items.find((i) => i.key === 'child-view')!.title).toBe('Hearing from Jay and Mia');
    expect(items.find((i) => i.key === 'closing')!.title).toBe('What happens next and who gets the family plan');
  });

  it('brings back how many worries and good things there were last time', () => {
    const { record, next } = demo();
    const items = buildAgenda({ record, meeting: next, template: BUILT_IN_AGENDAS.review, newId: counter('item') });
    expect(items.find((i) => i.key === 'worries')!.note).toBe('1 worry from last time to look at again.');
    expect(items.find((i) => i.key === 'gone-well')!.note).toBe('1 good thing from last time to look at again.');
  });
});

describe('first and closing meetings', () => {
  it('a first meeting has no review of actions, and asks where things are now for each outcome', () => {
    const record = hassans();
    const m = planned('meeting-first', '2026-01-20', { kind: 'first' });
    record.meetings.push(m);
    const items = buildAgenda({ record, meeting: m, template: BUILT_IN_AGENDAS.first, newId: counter('item') });
    expect(items.some((i) => i.key === 'action-review' || i.key === 'review-actions')).toBe(false);
    expect(items.filter((i) => i.key === 'outcome-review').map((i) => i.title)).toEqual(['Amira is in school on Mondays']);
    expect(items.find((i) => i.key === 'outcomes')!.title).toBe('What we want to be different, and where things are now');
    expect(items.find((i) => i.key === 'child-view')!.title).toBe('Hearing from Amira');
  });

  it('a closing meeting looks back, keeps its local items and sets no next meeting', () => {
    const { record, next } = demo();
    next.kind = 'closing';
    const items = buildAgenda({ record, meeting: next, template: BUILT_IN_AGENDAS.closing, newId: counter('item') });
    const keys = items.map((i) => i.key);
    expect(keys).toContain('keep-going');
    expect(keys).toContain('if-things-get-hard');
    expect(keys).toContain('feedback');
    expect(keys).not.toContain('next-meeting');
    expect(items.filter((i) => i.key === 'action-review')).toHaveLength(5);
    expect(items.find((i) => i.key === 'family-view')!.title).toBe('What has changed since we started, in the family’s words');
  });

  it('follows a local authority’s own order, timings and wording', () => {
    const { record, next } = demo();
    const template: AgendaTemplate = {
      kind: 'review', name: 'Northshire short review',
      items: [
        { key: 'review-actions', title: 'Our {planName}: what happened', minutes: 1, order: 2, minutesEach: 4 },
        { key: 'family-view', title: 'How {familyNames} are finding things', minutes: 20, order: 1 },
        { key: 'custom', title: 'School attendance figures', minutes: 5, order: 3 },
      ],
    };
    const items = buildAgenda({ record, meeting: next, template, newId: counter('item'), local: { ...BUILT_IN_LOCAL, planName: 'support plan' } });
    expect(items.map((i) => i.title).slice(0, 2)).toEqual(['How Dawn and Pat are finding things', 'Our support plan: what happened']);
    expect(items.filter((i) => i.key === 'action-review').every((i) => i.minutes === 4)).toBe(true);
    expect(items[items.length - 1]).toMatchObject({ key: 'custom', title: 'School attendance figures', minutes: 5 });
  });
});

describe('which actions come back', () => {
  it('reviews only actions for this meeting’s children or the whole family', () => {
    const { record, next, byText } = demo();
    const mia = record.children.find((c) => c.firstName === 'Mia')!.id;
    const miaOnly = { ...next, childIds: [mia] };
    const texts = actionsToReview(record, miaOnly).map((r) => r.action.text);
    expect(texts).toContain(byText('Visit at home').text);
    expect(texts).toContain(byText('Arrange for the damp').text);
    expect(texts).not.toContain(byText("Share Jay's weekly").text);
  });

  it('does not put actions agreed in this meeting up for review, but keeps ones already reviewed here', () => {
    const record = hassans();
    const m1 = meeting('meeting-0001', '2026-10-05', { [H.priya]: 'in-person', [H.layla]: 'in-person' });
    const m2 = meeting('meeting-0002', '2026-11-16', { [H.priya]: 'in-person' }, { status: 'in-progress' });
    record.meetings.push(m1, m2);
    record.actions.push(
      action('action-old', 'Ask the school about a Monday breakfast club', { createdInMeetingId: m1.id, status: 'done' }),
      action('action-new', 'Book a meeting with the school nurse', { createdInMeetingId: m2.id }),
    );
    m2.actionReviews.push({ actionId: 'action-old', result: 'done', reason: '' });
    expect(actionsToReview(record, m2).map((r) => r.action.id)).toEqual(['action-old']);
  });

  it('finds the last finished meeting about the same children, skipping cancelled ones and other children', () => {
    const record = hassans();
    const a = meeting('meeting-0001', '2026-09-01');
    const cancelled = meeting('meeting-0002', '2026-10-01', {}, { status: 'cancelled' });
    const yusuf = meeting('meeting-0003', '2026-10-15', {}, { childIds: [H.yusuf] });
    const now = planned('meeting-0004', '2026-11-24');
    record.meetings.push(now, yusuf, cancelled, a);
    expect(previousMeeting(record, now)?.id).toBe('meeting-0001');
  });
});

describe('last time, brought back', () => {
  it('returns the worries, strengths, ratings and attendance recorded at the last meeting', () => {
    const { record, review, next } = demo();
    const last = lastTime(record, next);
    expect(last.meeting?.id).toBe(review.id);
    expect(last.worries.map((w) => w.text)).toEqual(['The damp has not been fixed and the housing officer did not come or send an update.']);
    expect(last.strengths.map((s) => s.text)).toEqual(['Jay was late 4 times this half term, down from 14.']);
    expect(last.ratings).toHaveLength(3);
    expect(last.attendance.find((a) => a.status === 'did-not-attend')).toBeTruthy();
  });

  it('lists actions finished since they were last reviewed, as good news', () => {
    const { record, next, byText } = demo();
    byText("Share Jay's weekly").status = 'done';
    const last = lastTime(record, next);
    expect(last.actionsDone.map((a) => a.text)).toEqual(["Share Jay's weekly attendance with Dawn every Friday"]);
  });

  it('has nothing to bring back before the first meeting', () => {
    const { record, first } = demo();
    expect(lastTime(record, first)).toEqual({ worries: [], strengths: [], ratings: [], attendance: [], actionsDone: [] });
  });

  it('shortens a very long action to fit the agenda, keeping the whole text on the action', () => {
    const { record, next, byText } = demo();
    const long = byText('Help Dawn apply');
    long.text = `${'Help Dawn fill in the forms for free school meals, the holiday activities programme and the council tax reduction, '.repeat(4)}and check they were sent.`;
    const items = buildAgenda({ record, meeting: next, template: BUILT_IN_AGENDAS.review, newId: counter('item') });
    const item = items.find((i) => i.actionId === long.id)!;
    expect(item.title.length).toBeLessThanOrEqual(200);
    expect(item.title.endsWith('…')).toBe(true);
    expect(long.text.length).toBeGreaterThan(400);
  });
});
