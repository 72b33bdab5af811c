// Through the browser host over HTTP: a note whose words suggest harm is flagged by the app and kept from
// the family's plan until the chair agrees; concerns raised are recorded; the family's own words reach their
// plan; acronyms nobody has explained are asked about, and the answer is kept across a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { startTestHost, tempDir, type TestHost } from '../support/host';
import type { FamilyRecord } from '../../src/core/families/record';
import type { Meeting } from '../../src/core/meetings/schema';

let t: TestHost;
let dataDir: string;
let familyId: string;
let meetingId: string;
let record: FamilyRecord;

const meeting = (): Meeting => record.meetings.find((m) => m.id === meetingId)!;
const itemId = (key: string) => meeting().agenda.find((i) => i.key === key)!.id;
const person = (first: string) => [...record.team, ...record.members].find((p) => p.name.startsWith(first))?.id ?? record.children.find((c) => c.firstName === first)!.id;
const save = (note: Record<string, unknown>) => t.value<{ note: Record<string, unknown> }>('notes.save', { familyId, meetingId, note });
interface Exported { base64: string }
async function planText(): Promise<string> {
  const file = await t.value<Exported>('documents.export', { familyId, meetingId, kind: 'family-plan' });
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
  const texts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')));
  return texts.join('\n');
}

beforeAll(async () => {
  dataDir = tempDir();
  t = await startTestHost({ dataDir, demo: true, today: '2026-11-25' });
  const list = await t.value('families.list');
  familyId = list.families[0].id;
  meetingId = list.families[0].nextMeeting.id;
  record = await t.value('meetings.start', { familyId, meetingId });
});
afterAll(async () => {
  await t?.close();
});

describe('safeguarding while the minutes are typed', () => {
  it('hands the screens the council’s word list, contact and phone', async () => {
    const bundle = await t.value('templates.get');
    expect(bundle.safeguarding.words).toContain('hit');
    expect(bundle.safeguarding.contactName).toMatch(/\w/);
    expect(bundle.safeguarding.contactPhone).toMatch(/\d/);
  });

  it('flags a note whose words suggest harm on every save, and unflags it when they are gone', async () => {
    const id = 'note-harm-000001';
    const jay = person('Jay');
    expect((await save({ id, agendaItemId: itemId('child-view'), kind: 'view', text: 'Jay said his dad hit him', speakerId: jay })).note.harmFlagged).toBe(true);
    expect((await save({ id, agendaItemId: itemId('child-view'), kind: 'view', text: 'Jay wore his white trainers', speakerId: jay, familyMaySee: true })).note).toMatchObject({ harmFlagged: false });
    // The screen cannot say a harmless-looking note is unflagged when its words suggest harm.
    const back = await save({ id, agendaItemId: itemId('child-view'), kind: 'view', text: 'Jay is scared of going home', speakerId: jay, harmFlagged: false });
    expect(back.note.harmFlagged).toBe(true);
  });

  it('records a concern raised, with whom, when and the reference, and can take it out', async () => {
    const saved = await t.value<{ concern: { id: string } }>('notes.saveConcern', { familyId, meetingId, concern: { raisedBy: 'Tom Price', raisedWith: 'Duty social worker', date: '2026-11-25', time: '10:20', reference: 'CS-1234', noteId: 'note-harm-000001' } });
    record = await t.value('families.get', { familyId });
    expect(meeting().concerns).toEqual([expect.objectContaining({ raisedBy: 'Tom Price', reference: 'CS-1234' })]);
    const bad = await t.call('notes.saveConcern', { familyId, meetingId, concern: { raisedBy: '', raisedWith: 'x', date: '2026-11-25' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const extra = await t.value<{ concern: { id: string } }>('notes.saveConcern', { familyId, meetingId, concern: { raisedBy: 'Lena Nowak', raisedWith: 'Police', date: '2026-11-25' } });
    expect(await t.value('notes.removeConcern', { familyId, meetingId, concernId: extra.concern.id })).toMatchObject({ removed: true });
    record = await t.value('families.get', { familyId });
    expect(meeting().concerns?.map((c) => c.id)).toEqual([saved.concern.id]);
  });
});

describe('a note that may suggest harm with no concern raised', () => {
  it('keeps why no concern was raised, and an empty reason takes it back', async () => {
    await save({ id: 'note-harm-000002', agendaItemId: itemId('worries'), kind: 'note', text: 'Bruises on his legs from the football match', speakerId: person('Tom'), familyMaySee: true });
    await save({ id: 'note-harm-000003', agendaItemId: itemId('worries'), kind: 'note', text: 'Jay said he is afraid of the older boys', speakerId: person('Tom'), familyMaySee: true });
    const reason = 'Seen by the school nurse: from a football match on Saturday';
    expect(await t.value('notes.saveNoConcernReason', { familyId, meetingId, noteId: 'note-harm-000002', reason: 'x' })).toMatchObject({ reason: 'x' });
    await t.value('notes.saveNoConcernReason', { familyId, meetingId, noteId: 'note-harm-000002', reason });
    await t.value('notes.saveNoConcernReason', { familyId, meetingId, noteId: 'note-harm-000003', reason: 'Not sure yet' });
    await t.value('notes.saveNoConcernReason', { familyId, meetingId, noteId: 'note-harm-000003', reason: '' });
    record = await t.value('families.get', { familyId });
    expect(meeting().noConcernReasons).toEqual([{ noteId: 'note-harm-000002', reason }]);
    expect(await t.call('notes.saveNoConcernReason', { familyId, meetingId, noteId: 'note-nowhere-0001', reason })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('the documents of this meeting', () => {
  beforeAll(async () => {
    await save({ id: 'note-dawn-000001', agendaItemId: itemId('worries'), kind: 'worry', text: 'Nan cannot do the Tuesday run now. Mornings are unbelievably exhausting.', speakerId: person('Dawn') });
    await save({ id: 'note-fmasm-00001', agendaItemId: itemId('worries'), kind: 'note', text: 'Tom will take it to the FMASM. PA is still above 10%.', speakerId: person('Tom') });
    await t.value('meetings.finish', { familyId, meetingId, overrideReason: 'Testing the documents' });
  });

  it('kept the note that may suggest harm, with no concern and no reason, among the checks not met', async () => {
    record = await t.value('families.get', { familyId });
    const unmet = meeting().closing!.unmetChecks.filter((line) => line.includes('suggest harm'));
    expect(unmet).toHaveLength(1);
    expect(unmet[0]).toContain('afraid of the older boys');
    expect(unmet[0]).not.toContain('Bruises');
    expect(unmet[0]).not.toContain('scared of going home');
  });

  it('keeps the flagged note out of the plan, puts Dawn’s words in, and counts what is left out', async () => {
    const text = await planText();
    expect(text).not.toContain('scared of going home');
    expect(text).toContain('Nan cannot do the Tuesday run now.');
    const preview = await t.value('documents.preview', { familyId, meetingId, kind: 'family-plan' });
    expect(preview.harmLeftOut).toBe(1);
  });

  it('lists the acronyms left in the plan, asks about the ambiguous and the unknown', async () => {
    const preview = await t.value('documents.preview', { familyId, meetingId, kind: 'family-plan' });
    expect(preview.acronyms.unknown).toContain('FMASM');
    expect(preview.acronyms.used).toEqual(expect.arrayContaining([expect.objectContaining({ term: 'PA', ambiguous: true, meanings: ['persistent absence', 'personal assistant'] })]));
    expect(preview.readability.hardWordSources.every((s: { where: string[] }) => s.where.length > 0)).toBe(true);
  });

  it('never asks to change what a family member said: their hard words are not listed', async () => {
    const preview = await t.value('documents.preview', { familyId, meetingId, kind: 'family-plan' });
    expect(await planText()).toContain('unbelievably exhausting');
    expect(preview.readability.hardWords).not.toContain('unbelievably');
    expect(preview.readability.hardWords).not.toContain('exhausting');
  });

  it('asks which meaning PA has; the answer is used in the plan from then on', async () => {
    await t.value('templates.addAcronym', { term: 'PA', meaning: 'persistent absence' });
    const preview = await t.value('documents.preview', { familyId, meetingId, kind: 'family-plan' });
    expect(preview.acronyms.used.map((u: { term: string }) => u.term)).not.toContain('PA');
  });

  it('keeps the user’s answer to "What does FMASM stand for?" across a restart, and uses it in the record', async () => {
    const bad = await t.call('templates.addAcronym', { term: 'fmasm', meaning: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const { glossary } = await t.value('templates.addAcronym', { term: 'FMASM', meaning: 'Family and Multi-Agency Support Meeting', plain: 'meeting with the people helping your family' });
    expect(glossary).toEqual(expect.arrayContaining([expect.objectContaining({ term: 'FMASM' })]));
    await t.close();
    t = await startTestHost({ dataDir, today: '2026-11-25' });
    const bundle = await t.value('templates.get');
    expect(bundle.glossary).toEqual(expect.arrayContaining([expect.objectContaining({ term: 'FMASM', expansion: 'Family and Multi-Agency Support Meeting' })]));
    const preview = await t.value('documents.preview', { familyId, meetingId, kind: 'meeting-record' });
    expect(preview.acronyms.unknown).not.toContain('FMASM');
    const file = await t.value<Exported>('documents.export', { familyId, meetingId, kind: 'meeting-record' });
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('Abbreviations used');
    expect(body).toContain('Family and Multi-Agency Support Meeting');
    expect(body).toContain('Safeguarding concerns raised');
    // Kept across the restart, and in the record: why no concern was raised about a note.
    expect(body).toContain('No concern raised, because: Seen by the school nurse: from a football match on Saturday');
    expect(body).not.toContain('Not sure yet');
    // The family's screen uses the user's answer too, as the family plan does.
    const owner = record.team.find((p) => p.name.startsWith('Tom'))!;
    await t.value('actions.save', { familyId, action: { text: 'Chase the FMASM about Jay', ownerId: owner.id, agency: owner.agency, dueDate: '2026-12-04' } });
    const view = await t.value<{ plan: { what: string }[] }>('meetings.familyView', { familyId, meetingId });
    const chase = view.plan.find((p) => p.what.startsWith('Chase'))!;
    expect(chase.what).not.toContain('FMASM');
    expect(chase.what).toContain('meeting with the people helping your family');
  });
});
