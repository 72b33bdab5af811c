// The family's voice and safeguarding in the documents, read back from the .docx: everything a family
// member or child said reaches "What you told us" unless kept out; a child's views passed on are shown as
// such; a note that suggests harm stays out until the chair agrees; concerns and abbreviations in the record.
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { buildFamilyPlan, buildMeetingRecord } from '../../src/core/documents/index';
import { BUILT_IN_GLOSSARY, compileGlossary, plainVersion } from '../../src/core/plain-language/index';
import type { FamilyRecord } from '../../src/core/families/record';
import type { NoteEntry } from '../../src/core/minutes/schema';
import { TODAY, demoFamily, reviewMeeting, unzipDocx } from './support';

const glossary = compileGlossary(BUILT_IN_GLOSSARY);
const plain = (t: string) => plainVersion(t, glossary);

function person(record: FamilyRecord, first: string): string {
  return [...record.members.map((m) => ({ id: m.id, n: m.name })), ...record.children.map((c) => ({ id: c.id, n: c.firstName })), ...record.team.map((t) => ({ id: t.id, n: t.name }))]
    .find((p) => p.n.startsWith(first))!.id;
}

function addNote(record: FamilyRecord, key: string, text: string, extra: Partial<NoteEntry>): void {
  const meeting = reviewMeeting(record);
  const item = meeting.agenda.find((i) => i.key === key)!;
  const at = `${meeting.date}T10:3${meeting.notes.length % 10}:00.000Z`;
  meeting.notes.push({ id: `n-${meeting.notes.length}-${key}`, agendaItemId: item.id, kind: 'note', text, ownWords: false, professionalsOnly: false, professionalsOnlyReason: '', views: [], reasonNotShared: '', createdAt: at, updatedAt: at, ...extra });
}

async function planText(record: FamilyRecord): Promise<{ raw: string; all: string }> {
  const bytes = await buildFamilyPlan({ record, meetingId: reviewMeeting(record).id, today: TODAY, plain, glossary });
  const parts = await unzipDocx(bytes);
  return { raw: (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value, all: [...parts.values()].join('\n') };
}

async function recordText(record: FamilyRecord): Promise<string> {
  const bytes = await buildMeetingRecord({ record, meetingId: reviewMeeting(record).id, today: TODAY, glossary });
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

const section = (raw: string, title: string) => {
  const from = raw.indexOf(`\n${title}\n`);
  const rest = raw.slice(from + title.length + 2);
  const next = rest.search(/\n(What is going well|What we are worried about|What we decided|Is it getting better\?|Who will do what, by when)\n/);
  return next < 0 ? rest : rest.slice(0, next);
};

describe('the family’s voice reaches the family', () => {
  it('puts what a family member said in "What you told us", even when "own words" was not ticked, and whatever the kind', async () => {
    const record = demoFamily();
    addNote(record, 'worries', 'Nan can’t do the Tuesday school run any more after her operation.', { speakerId: person(record, 'Dawn'), kind: 'worry' });
    addNote(record, 'gone-well', 'Mia sleeps through now.', { speakerId: person(record, 'Dawn'), kind: 'note' });
    const { raw } = await planText(record);
    const told = section(raw, 'What you told us');
    expect(told).toContain('Nan can’t do the Tuesday school run any more after her operation.');
    expect(told).toContain('Mia sleeps through now.');
  });

  it('never says "we did not talk about" what is going well when the family’s own words about it are above', async () => {
    const record = demoFamily();
    const meeting = reviewMeeting(record);
    const goneWell = meeting.agenda.find((i) => i.key === 'gone-well')!.id;
    meeting.notes = meeting.notes.filter((n) => n.kind !== 'strength' && n.agendaItemId !== goneWell);
    addNote(record, 'gone-well', 'Mornings are calmer since we made the chart.', { speakerId: person(record, 'Dawn'), kind: 'note' });
    const { raw } = await planText(record);
    expect(section(raw, 'What you told us')).toContain('Mornings are calmer since we made the chart.');
    const well = section(raw, 'What is going well');
    expect(well).not.toContain('We did not talk about this at this meeting.');
    expect(well).toContain('You told us about this in your own words, under “What you told us”.');
  });

  it('never lets information not shared into the plan, even when it is marked as someone’s own words', async () => {
    const record = demoFamily();
    addNote(record, 'family-view', 'I know what the letter from the hospital says about his scan.', { speakerId: person(record, 'Dawn'), ownWords: true, kind: 'info-not-shared', reasonNotShared: 'Not yet shared with the school' });
    const { all } = await planText(record);
    expect(all).not.toContain('letter from the hospital');
  });

  it('keeps professionals-only words of a family member out', async () => {
    const record = demoFamily();
    addNote(record, 'family-view', 'My ex is back in the area.', { speakerId: person(record, 'Dawn'), ownWords: true, professionalsOnly: true, professionalsOnlyReason: 'Risk information' });
    expect((await planText(record)).all).not.toContain('My ex is back');
  });

  it('shows a child’s views given beforehand as passed on: "Jay said (passed on by Tom Price)"', async () => {
    const record = demoFamily();
    const meeting = reviewMeeting(record);
    const jay = person(record, 'Jay');
    meeting.childParticipation = meeting.childParticipation.map((p) => (p.childId === jay ? { ...p, how: 'views-beforehand', viewsGivenTo: 'Tom Price' } : p));
    addNote(record, 'child-view', 'I want to stay in the football club.', { speakerId: jay, ownWords: true, kind: 'view' });
    const { raw } = await planText(record);
    expect(section(raw, 'What you told us')).toContain('Jay said (passed on by Tom Price)');
    expect(await recordText(record)).toContain('Jay said (passed on by Tom Price)');
  });
});

describe('safeguarding in the documents', () => {
  it('keeps a note that suggests harm out of the plan until the chair says it may go in, and says so in the record', async () => {
    const record = demoFamily();
    addNote(record, 'child-view', 'Dad hit me when I was late.', { speakerId: person(record, 'Jay'), ownWords: true, kind: 'view', harmFlagged: true });
    expect((await planText(record)).all).not.toContain('Dad hit me');
    const rec = await recordText(record);
    expect(rec).toContain('Dad hit me when I was late.');
    expect(rec).toContain('Left out of the family’s plan: its words may suggest harm');
    reviewMeeting(record).notes.at(-1)!.familyMaySee = true;
    expect((await planText(record)).raw).toContain('Dad hit me when I was late.');
  });

  it('lists each concern raised in the record, never in the plan', async () => {
    const record = demoFamily();
    reviewMeeting(record).concerns = [{ id: 'c1', raisedBy: 'Tom Price', raisedWith: 'Duty social worker, Children’s Services front door', date: '2026-11-19', time: '10:15', reference: 'CS-88421' }];
    const rec = await recordText(record);
    expect(rec).toContain('Safeguarding concerns raised');
    expect(rec).toContain('Duty social worker, Children’s Services front door');
    expect(rec).toContain('CS-88421');
    expect(rec).toContain('19 November 2026');
    const { all } = await planText(record);
    expect(all).not.toContain('CS-88421');
    expect(all).not.toContain('Safeguarding concerns');
  });
});

describe('acronyms explained', () => {
  it('ends the record with "Abbreviations used": every glossary acronym in it, with its meaning', async () => {
    const record = demoFamily();
    addNote(record, 'worries', 'The EWO will visit; a CAMHS referral is open. PA is 12%.', { speakerId: person(record, 'Tom'), kind: 'worry' });
    const rec = await recordText(record);
    const tail = rec.slice(rec.lastIndexOf('Abbreviations used'));
    expect(rec.lastIndexOf('Abbreviations used')).toBeGreaterThan(rec.indexOf('Next meeting'));
    expect(tail).toContain('EWO');
    expect(tail).toContain('Education Welfare Officer');
    expect(tail).toContain('Child and Adolescent Mental Health Services');
    expect(tail).toMatch(/persistent absence, or personal assistant/);
  });

  it('writes "LP" in the family’s copy as their key person', async () => {
    const record = demoFamily();
    const meeting = reviewMeeting(record);
    record.actions.push({ ...record.actions[0], id: 'lp-action', text: 'Tell the LP if the damp gets worse', ownerId: person(record, 'Dawn'), status: 'not-started', createdInMeetingId: meeting.id, childIds: [] });
    const { raw } = await planText(record);
    expect(raw).not.toMatch(/\bLP\b/);
    expect(raw).toMatch(/tell \w+, your key person, if the damp gets worse/);
  });
});
