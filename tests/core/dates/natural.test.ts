// Reading due dates as people say them in a meeting, relative to the meeting date, across month and
// year ends, a leap year and bank holidays — and refusing to guess at "soon" or "ASAP".
import { afterEach, describe, expect, it } from 'vitest';
import { readDatePhrases, readDueDate, type DateReadingOptions } from '../../../src/core/dates/natural';
import { BUILT_IN_BANK_HOLIDAYS, bankHolidayCalendar } from '../../../src/core/dates/bank-holidays';
import { BUILT_IN_TERM_DATES } from '../../../src/core/dates/term-dates';
import { weekdayName } from '../../../src/core/shared/dates';

const holidays = bankHolidayCalendar(BUILT_IN_BANK_HOLIDAYS);
/** Wednesday 25 November 2026: the demo family's next review. */
const wednesday: DateReadingOptions = { meetingDate: '2026-11-25', holidays, terms: BUILT_IN_TERM_DATES, nextMeetingDate: '2027-01-13' };
const on = (meetingDate: string): DateReadingOptions => ({ ...wednesday, meetingDate });
const due = (text: string, options = wednesday) => readDueDate(text, options)?.date;

describe('phrases said at a Wednesday meeting (25 November 2026)', () => {
  it.each([
    ['by Friday', '2026-11-27'],
    ['by this Friday', '2026-11-27'],
    ['by next Friday', '2026-12-04'],
    ['Friday week', '2026-12-04'],
    ['a week on Friday', '2026-12-04'],
    ['Monday week', '2026-12-07'],
    ['by Monday', '2026-11-30'],
    ['next Wednesday', '2026-12-02'],
    ['by Wednesday', '2026-12-02'],
    ['tomorrow', '2026-11-26'],
    ['today', '2026-11-25'],
    ['in two weeks', '2026-12-09'],
    ['within 2 weeks', '2026-12-09'],
    ['in a fortnight', '2026-12-09'],
    ["in six weeks' time", '2027-01-06'],
    ['6/52', '2027-01-06'],
    ['within 2/52', '2026-12-09'],
    ['by 3/4', '2027-04-03'],
    ['by 14/12/2026', '2026-12-14'],
    ['by 7.12.26', '2026-12-07'],
    ['14 December', '2026-12-14'],
    ['by Monday 14th December', '2026-12-14'],
    ['end of the month', '2026-11-30'],
    ['by the end of next month', '2026-12-31'],
    ['by the end of the week', '2026-11-27'],
    ['by the end of next week', '2026-12-04'],
    ['next week', '2026-12-04'],
    ['by the 21st', '2026-12-21'],
    ['by the 25th', '2026-11-25'],
    ['before the 3rd', '2026-12-03'],
    ['by the 31st', '2026-12-31'],
    ['within 10 working days', '2026-12-09'],
    ['within 5 school days', '2026-12-02'],
    ['before half term', '2027-02-12'],
    ['by the end of term', '2026-12-18'],
    ['before the Christmas holidays', '2026-12-18'],
    ['by the start of next term', '2027-01-04'],
    ['by Christmas', '2026-12-24'],
    ['by the end of the year', '2026-12-31'],
    ['by the next meeting', '2027-01-13'],
    ['in a month', '2026-12-25'],
    ['w/c 7 December', '2026-12-11'],
    ['on Friday 4th', '2026-12-04'],
    ['by the end of Feb', '2027-02-28'],
    ['by this time next week', '2026-12-02'],
    ['a week tomorrow', '2026-12-03'],
    ['in a couple of weeks', '2026-12-09'],
    ['by fri', '2026-11-27'],
    ['no later than 4 December', '2026-12-04'],
  ])('“%s” is %s', (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});

describe('what "next Friday" means, said on each day of the week', () => {
  // Rule: the Friday of the following Monday-to-Sunday week. "this Friday" is the first one.
  it.each([
    ['2026-11-23', '2026-12-04', '2026-11-27'],
    ['2026-11-25', '2026-12-04', '2026-11-27'],
    ['2026-11-26', '2026-12-04', '2026-11-27'],
    ['2026-11-27', '2026-12-04', '2026-12-04'],
    ['2026-11-28', '2026-12-04', '2026-12-04'],
    ['2026-11-29', '2026-12-04', '2026-12-04'],
  ])('on %s, “next Friday” is %s and “this Friday” %s', (meeting, next, thisOne) => {
    expect(due('next Friday', on(meeting))).toBe(next);
    expect(due('this Friday', on(meeting))).toBe(thisOne);
    expect(weekdayName(next)).toBe('Friday');
  });
});

describe('month ends, year ends and leap years', () => {
  it('rolls "by the 31st" into the next month that has one', () => {
    expect(due('by the 31st', on('2027-04-07'))).toBe('2027-05-31');
    expect(due('by the 30th', on('2027-02-03'))).toBe('2027-03-30');
  });
  it('finds 29 February 2028 at the end of a leap-year February', () => {
    expect(due('by the end of the month', on('2028-02-23'))).toBe('2028-02-29');
    expect(due('by 29/2', on('2027-11-24'))).toBe('2028-02-29');
    expect(due('by the 29th', on('2028-02-09'))).toBe('2028-02-29');
    expect(due('in a week', on('2028-02-23'))).toBe('2028-03-01');
  });
  it('does not invent 29 February in a year without one', () => {
    expect(due('by 29 February', on('2026-11-25'))).toBeUndefined();
    expect(due('by the 29th', on('2027-02-03'))).toBe('2027-03-29');
  });
  it('crosses the year end', () => {
    expect(due('in two weeks', on('2026-12-23'))).toBe('2027-01-06');
    expect(due('by 5/1', on('2026-12-16'))).toBe('2027-01-05');
    expect(due('by 2 January', on('2026-12-16'))).toBe('2027-01-02');
    expect(due('next Friday', on('2026-12-30'))).toBe('2027-01-08');
    expect(due('within 10 working days', on('2026-12-16'))).toBe('2027-01-04');
  });
});

describe('bank holidays in the count', () => {
  it('counts working days past Good Friday and Easter Monday 2027', () => {
    expect(due('within 3 working days', on('2027-03-24'))).toBe('2027-03-31');
    expect(due('by Easter Monday', on('2027-03-03'))).toBe('2027-03-29');
    expect(due('by Easter', on('2027-03-03'))).toBe('2027-03-25');
  });
  it('counts working days past the late May bank holiday 2027', () => {
    expect(due('within 5 working days', on('2027-05-26'))).toBe('2027-06-03');
    expect(due('by the end of May', on('2027-05-05'))).toBe('2027-05-31');
  });
  it('keeps Christmas Eve for "by Christmas" when it is a working day, and skips to the Friday before when not', () => {
    expect(due('by Christmas', on('2027-12-01'))).toBe('2027-12-24');
    expect(due('before Christmas', on('2028-12-01'))).toBe('2028-12-22'); // 24 December 2028 is a Sunday
  });
});

describe('lines it must not guess at', () => {
  it.each(['soon', 'ASAP', 'as soon as possible', 'when possible', 'when she can', 'in due course', 'ongoing', 'at some point', 'in the next few weeks', 'in a few weeks', 'in a week or two', 'by the summer', 'immediately'])(
    'leaves “%s” without a date and says why',
    (text) => {
      const reading = readDatePhrases(`Sarah to ring Dawn ${text}`, wednesday);
      expect(reading.due).toBeUndefined();
      expect(reading.problem).toContain(`“${text}”`);
    },
  );
  it('asks which day for a month on its own', () => {
    const reading = readDatePhrases('Grace to book the repair in March', wednesday);
    expect(reading.due).toBeUndefined();
    expect(reading.problem).toMatch(/does not say which day/);
  });
  it('asks which date when two are said and neither is the deadline', () => {
    const reading = readDatePhrases('Mum to ring on Monday and again on 14 December', wednesday);
    expect(reading.due).toBeUndefined();
    expect(reading.problem).toContain('30 November 2026 and 14 December 2026');
  });
  it('takes the date said with "by" when another date is only when it starts', () => {
    expect(due('Lena to visit from Monday and finish by 18 December')).toBe('2026-12-18');
    expect(readDatePhrases('Lena to visit from Monday', wednesday).problem).toMatch(/when this starts/);
  });
  it('treats "every Friday" and "on Tuesday mornings" as how often, not when it is due', () => {
    const reading = readDatePhrases("Tom to share Jay's attendance with Dawn every Friday", wednesday);
    expect(reading.due).toBeUndefined();
    expect(reading.repeats.map((r) => r.text)).toEqual(['every Friday']);
    expect(due("Go to the parents' group on Tuesday mornings")).toBeUndefined();
    expect(due("Share attendance every Friday until the next meeting")).toBe('2027-01-13');
  });
  it('says "by next week" could mean two things', () => {
    expect(readDatePhrases('by next week', wednesday).problem).toMatch(/this week or some time next week/);
  });
  it('needs term dates for "half term" and a date for "the next meeting"', () => {
    const bare = { meetingDate: '2026-11-25', holidays };
    expect(readDatePhrases('before half term', bare).problem).toMatch(/school term dates/);
    expect(readDatePhrases('by the next meeting', bare).problem).toMatch(/next meeting has no date yet/);
  });
  it('does not read "a second appointment", "may", "Year 5" or "0-19" as dates', () => {
    for (const text of ['Book a second appointment', 'Lena to visit the flat on the 2nd floor', 'Pat sat with Jay', 'Rhys to arrange a 2 year check for Mia', 'Dawn may phone school', 'Jay in Year 5 to join the club', 'Refer to the 0-19 service', 'Check in with Jay each morning', 'Follow up the referral made last Friday']) {
      const reading = readDatePhrases(text, wednesday);
      expect(reading.due, text).toBeUndefined();
      expect(reading.problem, text).toBeUndefined();
    }
  });
});

describe('what it returns', () => {
  it('gives the words matched, with "by", and where they are', () => {
    const line = "Refer Jay to the children's mental health service by next Friday";
    const found = readDueDate(line, wednesday);
    expect(found).toEqual({ date: '2026-12-04', text: 'by next Friday', start: line.indexOf('by next'), end: line.length });
  });
  it('includes "at the latest" and "time" in the words', () => {
    expect(readDueDate('by 14th Dec at the latest', wednesday)?.text).toBe('by 14th Dec at the latest');
    expect(readDueDate("in two weeks' time", wednesday)?.text).toBe("in two weeks' time");
  });
});

describe('the computer’s time zone never moves a day', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });
  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/London'])('reads the same dates in %s, in summer time too', (tz) => {
    process.env.TZ = tz;
    expect(due('by next Friday')).toBe('2026-12-04');
    expect(due('in two weeks', on('2027-03-24'))).toBe('2027-04-07'); // across the clocks going forward
    expect(due('by 3/4', on('2027-07-14'))).toBe('2028-04-03');
    expect(due('tomorrow', on('2027-10-30'))).toBe('2027-10-31'); // the clocks go back that night
  });
});

describe('a weekday said with a date', () => {
  it('reads "Monday 14th December" as the one date', () => {
    expect(readDatePhrases('by Monday 14th December', wednesday).dates).toHaveLength(1);
  });
  it('asks which is right when the weekday and the date disagree', () => {
    const reading = readDatePhrases('by Tuesday 14 December', wednesday);
    expect(reading.due).toBeUndefined();
    expect(reading.problem).toMatch(/do not match/);
    expect(readDatePhrases('by Thursday 4th', wednesday).problem).toMatch(/do not match/);
  });
});
