// The family's copy of the plan as a tracked step: not sent yet after a finished meeting, a warning
// once more than the allowed working days have passed (bank holidays not counted), cleared when sent.
import { describe, expect, it } from 'vitest';
import { familyPlanFacts, familyPlanStatus, familyPlanStatusOf } from '../../../src/core/circulation/family-plan';
import { BUILT_IN_BANK_HOLIDAYS, bankHolidayCalendar } from '../../../src/core/dates/bank-holidays';
import type { FamilyRecord } from '../../../src/core/families/record';
import { demo, first, review, sent } from './helpers';

const holidays = bankHolidayCalendar(BUILT_IN_BANK_HOLIDAYS);
const rules = { withinWorkingDays: 5, holidays };

/** The demo family with its review held on a given date (and finished that morning). */
function reviewOn(date: string): FamilyRecord {
  const r = demo();
  const m = review(r);
  m.date = date;
  m.closing!.finishedAt = `${date}T11:00:00.000Z`;
  return r;
}

describe('after a finished meeting', () => {
  it('says the family has not been sent their plan, and by when to send it', () => {
    const r = reviewOn('2026-11-18'); // a Wednesday
    const status = familyPlanStatusOf(r, '2026-11-20', rules)!;
    expect(status.state).toBe('due');
    expect(status.title).toBe('The family has not been sent their plan yet');
    expect(status.dueBy).toBe('2026-11-25');
    expect(status.workingDaysPassed).toBe(2);
    expect(status.detail).toBe('Send it by Wednesday 25 November 2026 (5 working days after the meeting) and record who it went to.');
  });

  it('becomes a warning only once more than 5 working days have passed', () => {
    const r = reviewOn('2026-11-18');
    expect(familyPlanStatusOf(r, '2026-11-25', rules)!.state).toBe('due');
    const late = familyPlanStatusOf(r, '2026-11-26', rules)!;
    expect(late.state).toBe('overdue');
    expect(late.detail).toContain('It is 6 working days since the meeting on 18 November 2026. Families should get their plan within 5 working days.');
  });

  it('does not count the weekend or the Christmas and New Year bank holidays', () => {
    // Held on Wednesday 23 December 2026: Christmas Day is a Friday, Boxing Day's substitute is Monday 28th, New Year's Day a Friday.
    const r = reviewOn('2026-12-23');
    const status = familyPlanStatusOf(r, '2027-01-04', rules)!;
    expect(status.dueBy).toBe('2027-01-04');
    expect(status.state).toBe('due');
    expect(familyPlanStatusOf(r, '2027-01-05', rules)!.state).toBe('overdue');
    // Without the bank holidays it would have been late on New Year's Eve.
    expect(familyPlanStatusOf(r, '2026-12-31', { withinWorkingDays: 5 })!.state).toBe('overdue');
    expect(familyPlanStatusOf(r, '2026-12-31', rules)!.state).toBe('due');
  });

  it('uses the number of working days the council sets', () => {
    const r = reviewOn('2026-11-18');
    expect(familyPlanStatusOf(r, '2026-11-20', { withinWorkingDays: 1, holidays })!.state).toBe('overdue');
    expect(familyPlanStatusOf(r, '2026-11-20', { withinWorkingDays: 2, holidays })!.state).toBe('due');
  });

  it('says nothing for a family whose meetings have not finished yet', () => {
    const r = demo();
    r.meetings = r.meetings.filter((m) => m.status === 'planned');
    expect(familyPlanFacts(r)).toBeUndefined();
  });
});

describe('sending the plan clears it', () => {
  it('clears when a family member is recorded as sent the family plan, on the London date it went', () => {
    const r = reviewOn('2026-06-24');
    first(r).date = '2026-05-13';
    // 23:30 UTC on 30 June is half past midnight on 1 July in London.
    review(r).circulation.push(sent(r, 'Pat Fletcher', 'family-plan', '2026-06-30T23:30:00.000Z', { how: 'by-hand' }));
    const status = familyPlanStatusOf(r, '2026-07-10', rules)!;
    expect(status.state).toBe('sent');
    expect(status.sentOn).toBe('2026-07-01');
    expect(status.detail).toBe('A family member was sent the plan on 1 July 2026.');
  });

  it('does not clear when only professionals were sent the family plan', () => {
    const r = reviewOn('2026-11-18');
    review(r).circulation.push(sent(r, 'Tom Price', 'family-plan', '2026-11-19T09:00:00.000Z'), sent(r, 'Lena Nowak', 'meeting-record', '2026-11-19T09:05:00.000Z'));
    expect(familyPlanStatusOf(r, '2026-11-20', rules)!.state).toBe('due');
  });

  it('looks only at the latest finished meeting: a newer plan replaces one already sent', () => {
    const r = reviewOn('2026-11-18');
    first(r).circulation.push(sent(r, 'Dawn Fletcher', 'family-plan', `${first(r).date}T15:00:00.000Z`));
    const facts = familyPlanFacts(r)!;
    expect(facts.meetingId).toBe(review(r).id);
    expect(facts.sentOn).toBeUndefined();
  });

  it('counts from the day the meeting was finished when that was before its planned date', () => {
    const r = reviewOn('2026-11-25');
    review(r).closing!.finishedAt = '2026-11-23T10:30:00.000Z';
    const facts = familyPlanFacts(r)!;
    expect(facts.heldOn).toBe('2026-11-23');
    expect(familyPlanStatus(facts, '2026-11-23', rules).dueBy).toBe('2026-11-30');
  });

  it('tells the chair to add a family member first when there is no one to send it to', () => {
    const r = reviewOn('2026-11-18');
    r.members = [];
    const status = familyPlanStatusOf(r, '2026-11-19', rules)!;
    expect(status.familyMembers).toBe(0);
    expect(status.detail).toContain('There is no family member on the record yet');
  });
});
