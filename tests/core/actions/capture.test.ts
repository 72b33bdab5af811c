// The one-line action reader against a corpus of lines as people say them at the demo family's
// review: who, what and by when — and the lines where it must leave a field empty and say why.
import { describe, expect, it } from 'vitest';
import { readActionLine } from '../../../src/core/actions/capture';
import { CORPUS } from './corpus';
import { MEETING_DATE, demoRecord, idOf, optionsFor, recordWithTwoSarahs } from './demo';

const demo = demoRecord();
const twoSarahs = recordWithTwoSarahs();

describe('the corpus', () => {
  it('has at least 60 lines, including lines it must not guess at', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(CORPUS.filter((c) => !c.owner || !c.date).length).toBeGreaterThanOrEqual(15);
  });
});

describe('reading each line of the corpus', () => {
  it.each(CORPUS.map((c) => [c.line, c] as const))('%s', (_line, c) => {
    const record = c.twoSarahs ? twoSarahs : demo;
    const draft = readActionLine(c.line, optionsFor(record));
    expect(draft.text).toBe(c.what);
    if (c.owner) {
      expect(draft.ownerId).toBe(idOf(record, c.owner));
      expect(draft.ownerName).toBe(c.owner);
    } else {
      expect(draft.ownerId).toBeUndefined();
      expect(draft.ownerName).toBe(c.ownerName ?? '');
    }
    if (c.agency !== undefined) expect(draft.agency).toBe(c.agency);
    expect(draft.dueDate).toBe(c.date);
    if (c.problem) expect(draft.problems.join(' ')).toMatch(c.problem);
    if (c.owner && c.date && !c.problem) expect(draft.problems).toEqual([]);
  });
});

describe('what the draft carries', () => {
  it('takes the agency from the matched team member, and keeps the words said', () => {
    const draft = readActionLine("Sarah (school nurse) to refer Jay to the children's mental health service by next Friday", optionsFor(demo));
    expect(draft).toMatchObject({
      agency: 'Northshire Community Health', ownerText: 'Sarah (school nurse)', dateText: 'by next Friday', dueDate: '2026-12-04', problems: [], dateWarnings: [],
    });
  });
  it('warns about a date on a Saturday or in the school holidays, without calling it a problem', () => {
    const saturday = readActionLine('Pat to have the children on Saturday so Dawn can rest', optionsFor(demo));
    expect(saturday.problems).toEqual([]);
    expect(saturday.dateWarnings).toEqual(['28 November 2026 is a Saturday. Most services are closed at weekends.']);
    const christmas = readActionLine('Grace to ring Dawn with the repair date by 29 December', optionsFor(demo));
    expect(christmas.dateWarnings.join(' ')).toMatch(/school Christmas holidays/);
  });
  it('names the bank holiday when the date falls on one', () => {
    const draft = readActionLine('Tom to post the plan to Dawn by 28/12', optionsFor(demo));
    expect(draft.dateWarnings[0]).toBe('28 December 2026 is Boxing Day (substitute day), a bank holiday.');
  });
  it('reads "June to ring school" as a person called June, not the month', () => {
    const record = demoRecord();
    record.members.push({
      id: 'demo-june', name: 'June Ali', relationship: 'neighbour', relationshipDetail: '', parentalResponsibility: false, livesWithChildren: false,
      phone: '', email: '', address: '', languages: '', communicationNeeds: '', interpreterNeeded: false,
    });
    const draft = readActionLine('June to walk Jay to school on Monday', optionsFor(record));
    expect(draft.ownerId).toBe('demo-june');
    expect(draft.dueDate).toBe('2026-11-30');
    expect(draft.text).toBe('Walk Jay to school');
  });
  it('says what is missing on an empty line', () => {
    expect(readActionLine('   ', optionsFor(demo)).problems).toEqual(['The line is empty. Write who will do what, by when.']);
  });
  it('does not offer someone who has left the team without saying so', () => {
    const record = demoRecord();
    record.team.find((t) => t.name === 'Grace Okafor')!.active = false;
    const draft = readActionLine('Grace to send the repair order by Friday', optionsFor(record));
    expect(draft.ownerId).toBe(idOf(record, 'Grace Okafor'));
    expect(draft.problems.join(' ')).toMatch(/Grace Okafor is no longer on the team/);
  });
  it('uses the meeting date it is given', () => {
    expect(readActionLine('Tom to ring Dawn by next Friday', optionsFor(demo, '2026-12-30')).dueDate).toBe('2027-01-08');
    expect(MEETING_DATE).toBe('2026-11-25');
  });
  it('picks a team member whose name on the team has a title, said with or without it', () => {
    const record = demoRecord();
    record.team.push({
      id: 'demo-dr-okafor', name: 'Dr Lena Okafor', role: 'Community paediatrician', agency: 'Northshire Community Health',
      agencyKind: 'health', phone: '', email: '', canHelpWith: '', active: true,
    });
    record.team.push({
      id: 'demo-mrs-ahmed', name: 'Mrs Ayesha Ahmed', role: 'Class teacher', agency: 'Greenfield Primary School',
      agencyKind: 'school', phone: '', email: '', canHelpWith: '', active: true,
    });
    for (const [line, id] of [
      ['Dr Lena Okafor to see Mia about her cough by 11 December', 'demo-dr-okafor'],
      ['Dr. Lena Okafor to see Mia about her cough by 11 December', 'demo-dr-okafor'],
      ['Lena Okafor to see Mia about her cough by 11 December', 'demo-dr-okafor'],
      ['Dr Okafor to see Mia about her cough by 11 December', 'demo-dr-okafor'],
      ['Mrs Ayesha Ahmed to meet Jay at the gate by 11 December', 'demo-mrs-ahmed'],
      ['Ms Ayesha Ahmed to meet Jay at the gate by 11 December', 'demo-mrs-ahmed'],
    ] as const) {
      const draft = readActionLine(line, optionsFor(record));
      expect(draft.ownerId, line).toBe(id);
      expect(draft.ownerName, line).toBe(id === 'demo-dr-okafor' ? 'Dr Lena Okafor' : 'Mrs Ayesha Ahmed');
      expect(draft.dueDate, line).toBe('2026-12-11');
    }
    // Lena Nowak is still the one "Lena" when no surname is said.
    expect(readActionLine('Lena to ring Dawn by Friday', optionsFor(record)).problems.join(' ')).toMatch(/could be/);
  });
});
