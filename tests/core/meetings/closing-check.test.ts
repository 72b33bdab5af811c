// The check before closing a meeting: what is missing is named plainly, so the chair can put it
// right or finish anyway with a reason (kept as the list of unmet checks).
import { describe, expect, it } from 'vitest';
import { closingCheck, unmetChecks, type ClosingCheck } from '../../../src/core/meetings/closing-check';
import { TODAY, H, action, demo, hassans, meeting } from '../agenda/helpers';

const byKey = (checks: ClosingCheck[]) => Object.fromEntries(checks.map((c) => [c.key, c]));

/** A review of Amira's support that would pass every check. */
function goodReview() {
  const record = hassans();
  const m = meeting('meeting-0001', '2026-11-23', {
    [H.priya]: 'in-person', [H.layla]: 'in-person', [H.ola]: 'remote', [H.helen]: 'apologies', [H.fatima]: 'apologies', [H.dan]: 'apologies', [H.mark]: 'apologies', [H.ben]: 'apologies',
  }, {
    status: 'in-progress',
    childParticipation: [{ childId: H.amira, how: 'views-beforehand', viewsGivenTo: 'Priya Shah', reason: '' }],
    notes: [{
      id: 'note-0001', agendaItemId: 'item-0001', kind: 'view', text: 'Mondays are still the hardest day. She says her tummy hurts.', speakerId: H.layla,
      ownWords: true, professionalsOnly: false, professionalsOnlyReason: '', views: [], reasonNotShared: '', createdAt: '2026-11-23T14:10:00.000Z', updatedAt: '2026-11-23T14:10:00.000Z',
    }],
    nextMeeting: { date: '2027-01-04', startTime: '14:00', venue: 'Hassan family home', venueKind: 'family-home' },
    outcomeRatings: [{ outcomeId: 'outcome-mondays', familyScore: 5, teamScore: 4, familyWords: '' }],
    closing: { finishedAt: '2026-11-23T15:00:00.000Z', familyPlanDelivery: 'post', familyViewMissingReason: '', familyAbsentViews: '', unmetChecks: [], overrideReason: '' },
  });
  record.meetings.push(m);
  record.actions.push(
    action('action-0001', 'Ask the GP to see Amira about her tummy aches', { ownerId: H.layla, agency: '', dueDate: '2026-12-04', createdInMeetingId: m.id }),
    action('action-0002', 'Meet Amira at the gate on Mondays', { ownerId: H.ola, agency: 'Oakfield Primary School', dueDate: '2026-11-30', createdInMeetingId: m.id }),
  );
  return { record, m };
}

describe('closing a meeting', () => {
  it('passes a review where everything is in place, saying how each was met', () => {
    const { record, m } = goodReview();
    const checks = closingCheck(record, m, { today: TODAY });
    expect(checks.every((c) => c.met)).toBe(true);
    expect(unmetChecks(checks)).toEqual([]);
    const c = byKey(checks);
    expect(c['actions-named-and-dated'].detail).toBe('All 2 new actions have a person and a date.');
    expect(c['next-meeting-set'].detail).toBe('Monday 4 January 2027 at 2pm, Hassan family home.');
    expect(c['family-plan-delivery'].detail).toBe('By post.');
    expect(c['family-absent-views'].applies).toBe(false);
  });

  it('names a new action with no date and one with no person', () => {
    const { record, m } = goodReview();
    record.actions[0].dueDate = undefined;
    record.actions[1].ownerId = undefined;
    const c = byKey(closingCheck(record, m, { today: TODAY }));
    expect(c['actions-named-and-dated'].met).toBe(false);
    expect(c['actions-named-and-dated'].detail).toBe(
      '“Ask the GP to see Amira about her tummy aches” needs a date; “Meet Amira at the gate on Mondays” needs a person.',
    );
  });

  it('accepts a neighbour named as the person, though not on the team', () => {
    const { record, m } = goodReview();
    record.actions[1] = { ...record.actions[1], ownerId: undefined, ownerName: 'Mrs Ahmed next door' };
    expect(byKey(closingCheck(record, m, { today: TODAY }))['actions-named-and-dated'].met).toBe(true);
  });

  it('does not let a first meeting close with no actions at all', () => {
    const { record, m } = goodReview();
    m.kind = 'first';
    record.actions = [];
    expect(byKey(closingCheck(record, m, { today: TODAY }))['actions-named-and-dated']).toMatchObject({
      met: false, detail: 'No actions have been agreed yet. Agree at least one: who will do what, by when.',
    });
  });

  it('asks for the next meeting before everyone leaves, and checks it has a place and a later date', () => {
    const { record, m } = goodReview();
    m.nextMeeting = undefined;
    expect(byKey(closingCheck(record, m, { today: TODAY }))['next-meeting-set'].met).toBe(false);
    m.nextMeeting = { date: '2026-11-20', startTime: '14:00', venue: '', venueKind: undefined };
    expect(byKey(closingCheck(record, m, { today: TODAY }))['next-meeting-set'].detail).toBe(
      'The next meeting is set, but the date is not after this meeting and the place is missing.',
    );
  });

  it('needs no next meeting at a closing meeting', () => {
    const { record, m } = goodReview();
    m.kind = 'closing';
    m.nextMeeting = undefined;
    expect(byKey(closingCheck(record, m, { today: TODAY }))['next-meeting-set']).toMatchObject({ met: true, applies: false });
  });

  it('does not count a professional’s summary as the family’s view, unless a reason is given', () => {
    const { record, m } = goodReview();
    m.notes[0] = { ...m.notes[0], speakerId: H.priya, ownWords: false, kind: 'note' };
    const check = byKey(closingCheck(record, m, { today: TODAY }))['family-view'];
    expect(check.met).toBe(false);
    expect(check.detail).toBe('Write down what the family said, in their own words, or say why their view is not recorded.');
    const withReason = byKey(closingCheck(record, m, { today: TODAY, closing: { familyViewMissingReason: 'Layla had to leave early to collect Yusuf' } }))['family-view'];
    expect(withReason).toMatchObject({ met: true, detail: 'Not recorded, because: Layla had to leave early to collect Yusuf' });
  });

  it('counts the mother’s side of a disagreement as her view', () => {
    const { record, m } = goodReview();
    m.notes[0] = { ...m.notes[0], kind: 'differing-views', ownWords: false, speakerId: undefined, text: '', views: [
      { personId: H.layla, name: '', text: 'It is the other girls, not her tummy.' },
      { personId: H.ola, name: '', text: 'We have not seen any unkindness.' },
    ] };
    expect(byKey(closingCheck(record, m, { today: TODAY }))['family-view'].met).toBe(true);
  });

  it('when no family member is here, asks how their views were brought in', () => {
    const { record, m } = goodReview();
    m.attendance.find((a) => a.personId === H.layla)!.status = 'apologies';
    const check = byKey(closingCheck(record, m, { today: TODAY }))['family-absent-views'];
    expect(check).toMatchObject({ met: false, applies: true });
    const answered = closingCheck(record, m, { today: TODAY, closing: { familyAbsentViews: 'Priya met Layla on Friday and read out her views.' } });
    expect(byKey(answered)['family-absent-views']).toMatchObject({ met: true, detail: 'Priya met Layla on Friday and read out her views.' });
  });

  it('names everyone here who has not yet been asked for their view', () => {
    const { record, m } = goodReview();
    m.attendance.find((a) => a.personId === H.ola)!.askedForView = false;
    m.attendance.find((a) => a.personId === H.layla)!.askedForView = false;
    expect(byKey(closingCheck(record, m, { today: TODAY }))['everyone-asked'].detail).toBe('Not asked yet: Layla Hassan and Ola Adeyemi.');
  });

  it('asks how the family will get the plan, in the local words and time', () => {
    const { record, m } = goodReview();
    m.closing = undefined;
    const check = byKey(closingCheck(record, m, { today: TODAY }))['family-plan-delivery'];
    expect(check.label).toBe('We know how the family will get the action plan');
    expect(check.detail).toBe('Agree how the family will get it (email, post, by hand or at the meeting). Aim to send it within 5 working days.');
    expect(byKey(closingCheck(record, m, { today: TODAY, closing: { familyPlanDelivery: 'at-meeting' } }))['family-plan-delivery'].met).toBe(true);
  });

  it('counts a family plan already sent to the mother', () => {
    const { record, m } = goodReview();
    m.closing = undefined;
    m.circulation.push({ id: 'sent-0001', personId: H.layla, version: 'family-plan', sentAt: '2026-11-23T15:30:00.000Z', how: 'email', excludedOverrideReason: '' });
    expect(byKey(closingCheck(record, m, { today: TODAY }))['family-plan-delivery']).toMatchObject({ met: true, detail: 'Sent to Layla Hassan.' });
  });

  it('asks how a child took part, or why not', () => {
    const { record, m } = goodReview();
    m.childParticipation = [];
    expect(byKey(closingCheck(record, m, { today: TODAY }))['child-views'].detail).toBe('Say how Amira took part, or why they did not.');
  });

  it('keeps a status chosen without its detail, and asks for the summary, the name and the reason that are missing', () => {
    const { record, m } = goodReview();
    expect(byKey(closingCheck(record, m, { today: TODAY }))['attendance-details'].met).toBe(true);
    const blank = { writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: false };
    m.attendance = m.attendance.map((a) =>
      a.personId === H.helen ? { ...a, ...blank, status: 'written-update' as const }
        : a.personId === H.ola ? { ...a, ...blank, status: 'sent-someone-else' as const, substituteName: '  ', askedForView: true }
          : a);
    let c = byKey(closingCheck(record, m, { today: TODAY }))['attendance-details'];
    expect(c.met).toBe(false);
    expect(c.detail).toBe('Still to add: for Ola Adeyemi, the name of the person who came instead; for Helen Moore, the summary of their written update.');
    m.attendance = m.attendance.map((a) => (a.personId === H.helen ? { ...a, writtenUpdate: 'Amira is settling at lunchtimes.' } : a.personId === H.ola ? { ...a, substituteName: 'Sam Lee' } : a));
    c = byKey(closingCheck(record, m, { today: TODAY }))['attendance-details'];
    expect(c.met).toBe(true);
    m.attendance.push({ personId: H.priya, ...blank, status: 'not-invited' });
    expect(byKey(closingCheck(record, m, { today: TODAY }))['attendance-details'].detail).toContain('why they were not invited');
  });

  it('names each person whose attendance is not recorded yet', () => {
    const { record, m } = goodReview();
    m.attendance = m.attendance.filter((a) => a.personId !== H.dan && a.personId !== H.fatima);
    const c = byKey(closingCheck(record, m, { today: TODAY }))['attendance-details'];
    expect(c.met).toBe(false);
    expect(c.detail).toBe('Still to add: attendance not recorded for Fatima Hassan and Dan Reid.');
  });

  it('keeps a note for professionals only before its reason, and asks for the reason', () => {
    const { record, m } = goodReview();
    expect(byKey(closingCheck(record, m, { today: TODAY }))['private-reasons'].applies).toBe(false);
    m.notes.push({ ...m.notes[0], id: 'note-0002', kind: 'worry', text: 'Police were called to a neighbour dispute', ownWords: false, professionalsOnly: true, professionalsOnlyReason: ' ' });
    const c = byKey(closingCheck(record, m, { today: TODAY }))['private-reasons'];
    expect(c.met).toBe(false);
    expect(c.detail).toBe('Say why this note is for professionals only: “Police were called to a neighbour dispute”.');
    m.notes[1].professionalsOnlyReason = 'Third-party information';
    expect(byKey(closingCheck(record, m, { today: TODAY }))['private-reasons'].met).toBe(true);
  });

  it('keeps “not done” before its reason, and asks why', () => {
    const { record, m } = goodReview();
    expect(byKey(closingCheck(record, m, { today: TODAY }))['review-reasons'].applies).toBe(false);
    record.actions.push(action('action-0003', 'Book Amira a hearing test', { createdInMeetingId: 'meeting-older' }));
    m.actionReviews = [{ actionId: 'action-0003', result: 'not-done', reason: '' }];
    const c = byKey(closingCheck(record, m, { today: TODAY }))['review-reasons'];
    expect(c.met).toBe(false);
    expect(c.detail).toBe('Say why this was not done: “Book Amira a hearing test”.');
    m.actionReviews[0].reason = 'The clinic had no appointments.';
    expect(byKey(closingCheck(record, m, { today: TODAY }))['review-reasons'].met).toBe(true);
  });

  it('keeps a result on an action whose date has passed before its new date, and asks by when', () => {
    const { record, m } = goodReview();
    expect(byKey(closingCheck(record, m, { today: TODAY }))['review-dates'].applies).toBe(false);
    record.actions.push(action('action-0003', 'Book Amira a hearing test', { createdInMeetingId: 'meeting-older', dueDate: '2026-11-20' }));
    m.actionReviews = [{ actionId: 'action-0003', result: 'carried-forward', reason: 'The clinic had no appointments.' }];
    const c = byKey(closingCheck(record, m, { today: TODAY }))['review-dates'];
    expect(c.met).toBe(false);
    expect(c.detail).toBe('Say by when for “Book Amira a hearing test”: its date has passed.');
    m.actionReviews[0] = { ...m.actionReviews[0], newDueDate: '2026-12-18', previousDueDate: '2026-11-20' };
    expect(byKey(closingCheck(record, m, { today: TODAY }))['review-dates'].met).toBe(true);
    // Done needs no new date.
    m.actionReviews = [{ actionId: 'action-0003', result: 'done', reason: '' }];
    expect(byKey(closingCheck(record, m, { today: TODAY }))['review-dates'].applies).toBe(false);
  });

  it('keeps the unmet checks as plain facts for the record, not instructions to the chair', () => {
    const { record, m } = goodReview();
    m.nextMeeting = undefined;
    m.closing = undefined;
    const lines = unmetChecks(closingCheck(record, m, { today: TODAY }));
    expect(lines).toEqual([
      'The date of the next meeting was not set.',
      'How the family will get the action plan was not agreed.',
    ]);
  });

  it('states every unmet check as a fact: no "say", "agree", "write down" or "before everyone leaves"', () => {
    const { record, m } = goodReview();
    m.nextMeeting = undefined;
    m.closing = undefined;
    m.attendance.forEach((a) => (a.askedForView = false));
    m.notes = [];
    m.childParticipation = [];
    m.actionReviews.forEach((r) => Object.assign(r, { result: 'not-done', reason: '' }));
    const lines = unmetChecks(closingCheck(record, m, { today: TODAY }));
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(l).not.toMatch(/^(Say|Agree|Write|Record|Set|Carry)\b|before everyone leaves|, or say why you/);
  });

  it('passes the demo family’s finished review', () => {
    const { record, review } = demo();
    expect(closingCheck(record, review, { today: TODAY }).filter((c) => !c.met)).toEqual([]);
  });
});

describe('a note that may suggest harm', () => {
  const flagged = (id: string, text: string) => ({
    id, agendaItemId: 'item-0001', kind: 'note' as const, text, ownWords: false, professionalsOnly: true, professionalsOnlyReason: 'Safeguarding',
    views: [], reasonNotShared: '', harmFlagged: true, createdAt: '2026-11-23T14:20:00.000Z', updatedAt: '2026-11-23T14:20:00.000Z',
  });

  it('is not asked about when no note suggests harm', () => {
    const { record, m } = goodReview();
    expect(byKey(closingCheck(record, m, { today: TODAY }))['harm-concerns']).toMatchObject({ applies: false, met: true });
  });

  it('asks for a concern raised, or why not, and names the note', () => {
    const { record, m } = goodReview();
    m.notes.push(flagged('note-0009', 'Amira said her dad hit her brother'));
    const c = byKey(closingCheck(record, m, { today: TODAY }))['harm-concerns'];
    expect(c).toMatchObject({ applies: true, met: false });
    expect(c.detail).toBe('A note may suggest harm (“Amira said her dad hit her brother”): record that a concern was raised, or say why not.');
    expect(unmetChecks(closingCheck(record, m, { today: TODAY }))).toHaveLength(1);
  });

  it('is met by a concern recorded for that note, or by a reason why not', () => {
    const { record, m } = goodReview();
    m.notes.push(flagged('note-0009', 'Amira said her dad hit her brother'), flagged('note-0010', 'Bruises from football'));
    m.concerns = [{ id: 'concern-1', raisedBy: 'Priya Shah', raisedWith: 'Duty social worker', date: '2026-11-23', reference: '', noteId: 'note-0009' }];
    let c = byKey(closingCheck(record, m, { today: TODAY }))['harm-concerns'];
    expect(c.met).toBe(false);
    expect(c.detail).toContain('Bruises from football');
    expect(c.detail).not.toContain('hit her brother');
    m.noConcernReasons = [{ noteId: 'note-0010', reason: '   ' }];
    expect(byKey(closingCheck(record, m, { today: TODAY }))['harm-concerns'].met).toBe(false);
    m.noConcernReasons = [{ noteId: 'note-0010', reason: 'Bruises from a football match, seen by the school nurse' }];
    c = byKey(closingCheck(record, m, { today: TODAY }))['harm-concerns'];
    expect(c).toMatchObject({ met: true, detail: 'Each one has a concern recorded or a reason.' });
  });

  it('is not met by a concern recorded for another note', () => {
    const { record, m } = goodReview();
    m.notes.push(flagged('note-0009', 'Amira said her dad hit her brother'));
    m.concerns = [{ id: 'concern-1', raisedBy: 'Priya Shah', raisedWith: 'Duty social worker', date: '2026-11-23', reference: '' }];
    expect(byKey(closingCheck(record, m, { today: TODAY }))['harm-concerns'].met).toBe(false);
  });
});
