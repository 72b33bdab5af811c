// Awkward text for the document tests: a 20,000-character note, characters pasted from email and
// Word, Welsh and Polish names and emoji, put straight into the record as if it had bypassed the forms.
import type { FamilyRecord } from '../../src/core/families/record';
import { demoFamily, reviewMeeting } from './support';

/** About 20,000 characters in numbered paragraphs, so a missing piece shows which one. */
export function longNote(): string {
  const paras: string[] = [];
  let i = 1;
  while (paras.join('\n\n').length < 20_000) {
    paras.push(`Paragraph ${i}: Siân explained how the week went, day by day, including the bus times, the school gate and what helped at bedtime (${'detail '.repeat(20).trim()}) end of paragraph ${i}.`);
    i++;
  }
  return paras.join('\n\n');
}

/** The demo family with awkward text put straight into the record (as if it had bypassed the forms). */
export function awkwardFamily(): { record: FamilyRecord; note: string } {
  const record = demoFamily();
  const meeting = reviewMeeting(record);
  const note = longNote();
  record.members[0].name = 'Siân Llŷr';
  record.members[1].name = 'Łucja Wóźniak';
  record.children[0].firstName = 'Zoë';
  record.team[0].name = 'Tomos ap Rhys 👍🏽';
  const worries = meeting.agenda.find((i) => i.key === 'worries')!;
  const base = { agendaItemId: worries.id, professionalsOnly: false, professionalsOnlyReason: '', reasonNotShared: '', views: [], createdAt: `${meeting.date}T10:40:00.000Z`, updatedAt: `${meeting.date}T10:40:00.000Z` };
  meeting.notes.push({ ...base, id: 'long-note-1', kind: 'worry', text: note, ownWords: false, speakerId: record.team[1].id });
  meeting.notes.push({ ...base, id: 'pasted-1', kind: 'view', ownWords: true, speakerId: record.members[0].id,
    text: 'Pasted from email:\fpage two\u0007 bell\u000b vertical tab\u0000 null\r\nWindows line\u2028unicode line \uFFFF \uD800 half pair — 😊 <b>not bold</b> & "quoted"' });
  meeting.notes.push({ ...base, id: 'pasted-2', kind: 'note', ownWords: false, text: 'Line one\nLine two\n\n\nLine three\t(tabbed)' });
  record.actions.push({ ...record.actions[0], id: 'emoji-action', text: 'Buy Zoë a 🚲 helmet\u0007 before the ride', createdInMeetingId: meeting.id, status: 'not-started', ownerId: record.members[0].id });
  return { record, note };
}
