// Through the browser host over HTTP: minutes typed at the demo family's review — saved entry by
// entry with a small answer, own words kept exactly, nothing cut short, professionals-only kept from the family.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, tempDir, type TestHost } from '../support/host';
import type { FamilyRecord } from '../../src/core/families/record';
import type { Meeting } from '../../src/core/meetings/schema';

let clock = Date.parse('2026-11-25T09:31:00.000Z');
const now = () => new Date(clock);
let t: TestHost;
let dataDir: string;
let familyId: string;
let meetingId: string;
let record: FamilyRecord;

const person = (name: string) => [...record.team, ...record.members, ...record.children.map((c) => ({ ...c, name: `${c.firstName} ${c.lastName}` }))].find((p) => p.name === name)!.id;
const itemId = (key: string) => meeting().agenda.find((i) => i.key === key)!.id;
const meeting = (): Meeting => record.meetings.find((m) => m.id === meetingId)!;
const save = (note: Record<string, unknown>) => t.call<{ note: Record<string, unknown>; savedAt: string; revision: number }>('notes.save', { familyId, meetingId, note });
const reload = async () => {
  record = await t.value('families.get', { familyId });
  return meeting();
};

beforeAll(async () => {
  dataDir = tempDir();
  t = await startTestHost({ dataDir, demo: true, now });
  const list = await t.value('families.list');
  familyId = list.families[0].id;
  meetingId = list.families[0].nextMeeting.id;
  record = await t.value('meetings.start', { familyId, meetingId });
});
afterAll(async () => {
  await t?.close();
});

describe('notes while the meeting runs', () => {
  it('keeps a note as it is typed, with the time it was first written, and answers with the entry only', async () => {
    const id = 'note-mornings-0001';
    const first = await save({ id, agendaItemId: itemId('gone-well'), text: 'Jay has been on time', speakerId: person('Tom Price') });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.note.createdAt).toBe('2026-11-25T09:31:00.000Z');
    expect(Object.keys(first.value).sort()).toEqual(['note', 'revision', 'savedAt']);
    expect(JSON.stringify(first.value).length).toBeLessThan(1000);

    clock += 1000;
    const second = await save({ id, agendaItemId: itemId('gone-well'), text: 'Jay has been on time every day this week', speakerId: person('Tom Price') });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.value.note.createdAt).toBe('2026-11-25T09:31:00.000Z');
    expect(second.value.savedAt).toBe('2026-11-25T09:31:01.000Z');
    expect(second.value.revision).toBe(first.value.revision + 1);

    const saved = (await reload()).notes.filter((n) => n.id === id);
    expect(saved).toHaveLength(1);
    expect(saved[0].text).toBe('Jay has been on time every day this week');
  });

  it('does not add a second entry when the same save is sent twice (a retry after a lost answer)', async () => {
    const note = { id: 'note-retry-0001', agendaItemId: itemId('worries'), text: 'Mia is still waking at night' };
    await save(note);
    await save(note);
    expect((await reload()).notes.filter((n) => n.id === 'note-retry-0001')).toHaveLength(1);
  });

  it('keeps the family’s own words exactly: paragraphs kept, invisible characters from Word and email dropped', async () => {
    const pasted = 'Mornings are better now.\r\n\r\nJay gets himself\u000B dressed\u200B and I don\u2019t have to shout.\fSome days are still hard.';
    const result = await save({ id: 'note-dawn-00001', agendaItemId: itemId('family-view'), kind: 'view', speakerId: person('Dawn Fletcher'), ownWords: true, text: pasted });
    expect(result.ok).toBe(true);
    const kept = (await reload()).notes.find((n) => n.id === 'note-dawn-00001')!;
    expect(kept.text).toBe('Mornings are better now.\n\nJay gets himself dressed and I don\u2019t have to shout.\nSome days are still hard.');
    expect(kept.ownWords).toBe(true);
  });

  it('never cuts long text short: 5,000 words come back whole', async () => {
    const paragraph = 'Dawn described the morning routine in detail, what works on school days and what falls apart at weekends when Pat is not there to help.';
    const long = Array.from({ length: 200 }, (_, i) => `${i + 1}. ${paragraph}`).join('\n\n');
    expect(long.split(/\s+/).length).toBeGreaterThan(5000);
    const result = await save({ id: 'note-long-00001', agendaItemId: itemId('family-view'), text: long });
    expect(result.ok).toBe(true);
    const kept = (await reload()).notes.find((n) => n.id === 'note-long-00001')!;
    expect(kept.text).toBe(long);
    expect(kept.text.split('\n\n')).toHaveLength(200);
    expect(kept.text.endsWith('Pat is not there to help.')).toBe(true);
  });

  it('keeps differing views side by side, each with whose view it is, neither replacing the other', async () => {
    const views = [
      { personId: person('Dawn Fletcher'), text: 'Jay is being bullied at break and that is why he hits out.' },
      { personId: person('Tom Price'), text: 'Staff see Jay starting some of the arguments; this is about behaviour at break.' },
    ];
    await save({ id: 'note-views-0001', agendaItemId: itemId('worries'), kind: 'differing-views', views });
    const kept = (await reload()).notes.find((n) => n.id === 'note-views-0001')!;
    expect(kept.kind).toBe('differing-views');
    expect(kept.views.map((v) => v.text)).toEqual(views.map((v) => v.text));
    expect(kept.views.map((v) => v.personId)).toEqual(views.map((v) => v.personId));
  });

  it('records information not shared with the reason, and links the follow-up action to seek it', async () => {
    const { actionId } = await t.value('actions.save', {
      familyId, meetingId,
      action: { text: 'Ask the GP for the letter about Jay’s headaches', ownerId: person('Sarah Khan'), agency: 'Northshire Community Health', dueDate: '2026-12-04' },
    });
    const result = await save({
      id: 'note-notshared1', agendaItemId: itemId('worries'), kind: 'info-not-shared', text: 'The GP letter about Jay’s headaches',
      reasonNotShared: 'The GP has not sent it to the school nurse yet', followUpActionId: actionId,
    });
    expect(result.ok).toBe(true);
    const kept = (await reload()).notes.find((n) => n.id === 'note-notshared1')!;
    expect(kept.reasonNotShared).toBe('The GP has not sent it to the school nurse yet');
    expect(record.actions.find((a) => a.id === kept.followUpActionId)?.createdInMeetingId).toBe(meetingId);

    const missing = await save({ agendaItemId: itemId('worries'), kind: 'info-not-shared', text: 'x', followUpActionId: 'no-such-action' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.fields?.['note.followUpActionId']).toMatch(/follow-up action/);
  });

  it('keeps a note for professionals only before its reason (the closing check asks), and keeps it off the family’s screen', async () => {
    const secret = 'Police attended a neighbour dispute at the address on 14 November';
    const early = await save({ id: 'note-private001', agendaItemId: itemId('worries'), text: secret, professionalsOnly: true });
    expect(early.ok).toBe(true);
    expect((await reload()).notes.find((n) => n.id === 'note-private001')).toMatchObject({ professionalsOnly: true, professionalsOnlyReason: '' });

    const kept = await save({ id: 'note-private001', agendaItemId: itemId('worries'), text: secret, professionalsOnly: true, professionalsOnlyReason: 'Third-party information from the police' });
    expect(kept.ok).toBe(true);
    await t.value('meetings.goTo', { familyId, meetingId, itemId: itemId('worries') });
    const view = await t.value('meetings.familyView', { familyId, meetingId });
    const shown = JSON.stringify(view);
    expect(shown).not.toContain('Police');
    expect(shown).not.toContain('neighbour');
    expect(shown).not.toContain('Third-party');
  });

  it('refuses a speaker who is not on the record and an item that is not on the agenda, saying which', async () => {
    const speaker = await save({ agendaItemId: itemId('worries'), text: 'x', speakerId: 'someone-unknown' });
    expect(speaker.ok).toBe(false);
    if (!speaker.ok) expect(speaker.error.fields?.['note.speakerId']).toMatch(/team or the family/);
    const item = await save({ agendaItemId: 'item-not-here', text: 'x' });
    expect(item.ok).toBe(false);
    if (!item.ok) expect(item.error.fields?.['note.agendaItemId']).toMatch(/agenda/);
    const view = await save({ agendaItemId: itemId('worries'), kind: 'differing-views', views: [{ personId: 'someone-unknown', text: 'x' }] });
    expect(view.ok).toBe(false);
    if (!view.ok) expect(view.error.fields?.['note.views.0.personId']).toMatch(/team or the family/);
  });

  it('will not move a note from another meeting into this one', async () => {
    const older = record.meetings.find((m) => m.status === 'finished')!;
    const result = await save({ id: older.notes[0].id, agendaItemId: itemId('worries'), text: 'Overwritten?' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('conflict');
    await reload();
    expect(record.meetings.find((m) => m.id === older.id)!.notes[0].text).not.toBe('Overwritten?');
  });

  it('takes a slip out of the minutes, and says so only once', async () => {
    await save({ id: 'note-slip-00001', agendaItemId: itemId('worries'), text: 'Typed under the wrong item' });
    const first = await t.value('notes.remove', { familyId, meetingId, noteId: 'note-slip-00001' });
    expect(first.removed).toBe(true);
    const again = await t.value('notes.remove', { familyId, meetingId, noteId: 'note-slip-00001' });
    expect(again.removed).toBe(false);
    expect((await reload()).notes.some((n) => n.id === 'note-slip-00001')).toBe(false);
  });

  it('keeps every note after the app is closed and started again', async () => {
    const before = (await reload()).notes.map((n) => [n.id, n.text, n.createdAt]);
    await t.close();
    t = await startTestHost({ dataDir, now });
    const after = (await reload()).notes.map((n) => [n.id, n.text, n.createdAt]);
    expect(after).toEqual(before);
    expect(after.length).toBeGreaterThanOrEqual(7);
  });

  const saveFrom = (note: Record<string, unknown>, basedOn?: number) =>
    t.call<{ note: { revision?: number; text: string }; revision: number }>('notes.save', { familyId, meetingId, note, ...(basedOn === undefined ? {} : { basedOn }) });

  it('two places editing one note: refuses a save based on an older version with a clear message, and nothing is lost', async () => {
    const id = 'note-two-tabs-0001';
    const base = { id, agendaItemId: itemId('worries'), kind: 'worry' };
    const first = await saveFrom({ ...base, text: 'The damp is back in the bedroom' });
    expect(first.ok && first.value.note.revision).toBe(1);

    // Both tabs opened the note at revision 1. The first to save wins…
    clock += 1000;
    const tabA = await saveFrom({ ...base, text: 'The damp is back in the bedroom; Grace will chase the repair' }, 1);
    expect(tabA.ok && tabA.value.note.revision).toBe(2);
    // …and the second, based on the same revision, is refused rather than written over it.
    clock += 1000;
    const tabB = await saveFrom({ ...base, text: 'The damp is back; Mia has a cough again' }, 1);
    expect(tabB.ok).toBe(false);
    if (!tabB.ok) {
      expect(tabB.error.code).toBe('conflict');
      expect(tabB.error.message).toMatch(/changed in another place/);
    }
    expect((await reload()).notes.find((n) => n.id === id)!.text).toBe('The damp is back in the bedroom; Grace will chase the repair');

    // A retry of tab A's save (its answer lost) changes nothing and is not a conflict.
    const retry = await saveFrom({ ...base, text: 'The damp is back in the bedroom; Grace will chase the repair' }, 1);
    expect(retry.ok && retry.value.note.revision).toBe(2);

    // Keep both: tab B's words become a new note under the same item.
    const kept = await saveFrom({ ...base, id: 'note-two-tabs-0002', text: 'The damp is back; Mia has a cough again' });
    expect(kept.ok).toBe(true);
    // Or merge by hand: saved on top of the newer version.
    const merged = await saveFrom({ ...base, text: 'The damp is back in the bedroom; Grace will chase the repair. Mia has a cough again' }, 2);
    expect(merged.ok && merged.value.note.revision).toBe(3);

    const notes = (await reload()).notes.filter((n) => n.agendaItemId === itemId('worries'));
    expect(notes.find((n) => n.id === id)!.text).toBe('The damp is back in the bedroom; Grace will chase the repair. Mia has a cough again');
    expect(notes.find((n) => n.id === 'note-two-tabs-0002')!.text).toBe('The damp is back; Mia has a cough again');
  });

  it('refuses notes once the meeting has finished', async () => {
    await t.value('meetings.finish', { familyId, meetingId, overrideReason: 'Testing that the minutes close with the meeting' });
    const result = await save({ agendaItemId: itemId('worries'), text: 'Too late' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/has finished/);
  });
});

